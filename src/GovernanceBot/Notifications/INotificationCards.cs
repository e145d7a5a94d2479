using GovernanceBot.Cards;

namespace GovernanceBot.Notifications;

/// <summary>
/// Renders a notification as the card Teams shows, with the buttons the feature that queued it defines (the request
/// slice's decision, open and offer buttons). The channel sends it; it does not know what the buttons do.
/// </summary>
public interface INotificationCards
{
    ICard For(NotificationMessage message);
}
