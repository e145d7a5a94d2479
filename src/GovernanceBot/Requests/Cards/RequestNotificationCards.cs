using GovernanceBot.Cards;
using GovernanceBot.Notifications;

namespace GovernanceBot.Requests.Cards;

/// <summary>The request slice's cards for the notifications it queues.</summary>
sealed class RequestNotificationCards : INotificationCards
{
    public ICard For(NotificationMessage message) => RequestNotificationCard.For(message);
}
