using System.Text.Json.Nodes;
using GovernanceBot.Cards;
using GovernanceBot.Requests.Contract;
using static GovernanceBot.Cards.CardElements;

namespace GovernanceBot.Requests.Actions;

/// <summary>"Decline DER-ATT-0003 with reason '…'?" with Confirm and Cancel: a decline is final only once confirmed.</summary>
sealed class DeclineConfirmCard(string reference, string requestId, int version, string reason) : ICard
{
    const int MaxReason = 1000;

    public static string Question(string reference, string reason) => $"Decline {reference} with reason \"{CardText.Clip(reason, MaxReason)}\"?";

    public JsonObject ToJson() => Card(
        [
            Words(Question(reference, reason)),
            TextBlock("The requester will see the reason. Nothing is recorded until you confirm.", size: "Small", subtle: true),
        ],
        [
            Execute("Confirm decline", CardActions.Decide, CardActions.DecideData(requestId, version, Decision.Decline, confirmedReason: reason)),
            Execute("Cancel", CardActions.OpenRequest, CardActions.OpenData(requestId)),
        ]);

    public string ToPlainText() => $"{Question(reference, reason)} Say \"yes\" to decline it, or \"cancel\".";
}
