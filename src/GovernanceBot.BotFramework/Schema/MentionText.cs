using System.Text.RegularExpressions;

namespace GovernanceBot.BotFramework;

/// <summary>Removes the bot's own @mention from a message, as Teams sends it in channels and group chats.</summary>
public static class MentionText
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Removes the first occurrence of each mention of the recipient (the bot) from the text, trims it,
    /// stores it back on the activity and returns it.
    /// </summary>
    public static string RemoveRecipientMention(this Activity activity)
    {
        var recipientId = activity.Recipient?.Id;
        var text = activity.Text ?? string.Empty;
        if (recipientId is not null)
        {
            foreach (var mention in activity.GetMentions())
            {
                if (string.Equals(mention.Mentioned?.Id, recipientId, StringComparison.OrdinalIgnoreCase))
                {
                    text = RemoveFirst(text, mention);
                }
            }
        }

        activity.Text = text.Trim();
        return activity.Text;
    }

    private static string RemoveFirst(string text, Mention mention)
    {
        if (!string.IsNullOrEmpty(mention.Text))
        {
            var index = text.IndexOf(mention.Text, StringComparison.Ordinal);
            if (index >= 0)
            {
                return text.Remove(index, mention.Text.Length);
            }
        }

        // Clients differ in the whitespace inside the markup; fall back to the name between <at> tags.
        var words = mention.Mentioned?.Name?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        if (words.Length == 0)
        {
            return text;
        }

        var pattern = $@"<at>\s*{string.Join(@"\s+", words.Select(Regex.Escape))}\s*</at>";
        return new Regex(pattern, RegexOptions.IgnoreCase, MatchTimeout).Replace(text, string.Empty, 1);
    }
}
