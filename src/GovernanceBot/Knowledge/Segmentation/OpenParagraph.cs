using System.Text;

namespace GovernanceBot.Knowledge.Segmentation;

/// <summary>
/// A numbered paragraph, or a headed list ("In terms of casework, Councillors will:"), still being read.
/// Closing it yields one clause, or, when its items are rules in their own right, one clause per item
/// carrying the lead-in that gives it meaning.
/// </summary>
sealed class OpenParagraph
{
    // Items averaging this many words are rules of their own ("direct requests for staff attendance … to the
    // Chief Executive"); shorter ones are parts of one answer ("(b) a working partnership;").
    const double RuleItemMinWords = 15;

    // Under a lead-in that states a duty ("In terms of media relations, Councillors will:") every item is a rule of
    // its own, however briefly put ("not disclose confidential or exempt information to the media").
    const double DutyItemMinWords = 6;

    readonly string number;
    readonly string section;
    readonly StringBuilder body = new();
    readonly List<Item> items = [];
    readonly int start;
    int end;
    string? leadIn;
    string? subLeadIn;

    public OpenParagraph(string number, string section, Block first)
    {
        this.number = number;
        this.section = section;
        start = first.Start;
        end = first.End;
        if (first.Text.Length > 0)
        {
            AddText(first);
        }
    }

    public static OpenParagraph List(string section, Block leadIn)
    {
        var list = new OpenParagraph("", section, leadIn with { Text = "" }) { IsLeadInList = true };
        if (leadIn.Kind == BlockKind.Paragraph || leadIn.IsLeadIn)
        {
            list.body.Append(leadIn.Text);
            list.leadIn = leadIn.IsLeadIn ? leadIn.Text : null;
        }
        else
        {
            list.AddItem(leadIn);
        }

        return list;
    }

    public bool IsLeadInList { get; private init; }

    public bool HasItems => items.Count > 0;

    /// <summary>Whether the list opened with a lead-in of its own ("In terms of casework, Councillors will:").</summary>
    public bool HasLeadIn => leadIn is not null;

    public string? SubHeading { get; set; }

    public void AddText(Block block)
    {
        end = block.End;
        if (items.Count > 0)
        {
            var last = items[^1];
            if (last.Marked && !last.EndsSentence && block.StartsLowercase)
            {
                items[^1] = last with { Text = $"{last.Text} {block.Text}" }; // an item broken across a page
            }
            else if (leadIn is not null)
            {
                items.Add(new Item("", block.Text, block.Start, block.End, SubHeading, CurrentLeadIn, Marked: false));
            }
            else
            {
                Append(block.Text);
            }

            return;
        }

        if (leadIn is not null && body.Length > 0)
        {
            items.Add(new Item("", block.Text, block.Start, block.End, SubHeading, CurrentLeadIn, Marked: false));
            return;
        }

        Append(block.Text);
        if (block.IsLeadIn)
        {
            leadIn = LastSentence(block.Text);
        }
    }

    public void AddItem(Block block)
    {
        end = block.End;
        if (block.IsLeadIn && leadIn is not null)
        {
            subLeadIn = block.Text; // "- have a high regard for:" introduces the bullets under it
            return;
        }

        if (block.IsLeadIn && body.Length == 0 && items.Count == 0)
        {
            Append(block.Text);
            leadIn = block.Text;
            return;
        }

        items.Add(new Item(block.Marker, block.Text, block.Start, block.End, SubHeading, CurrentLeadIn, Marked: true));
    }

    public IEnumerable<ClauseDraft> ToClauses()
    {
        var bodyText = body.ToString();
        if (items.Count == 0)
        {
            yield return new ClauseDraft(section, number, bodyText, start, end);
            yield break;
        }

        if (items.Average(i => WordCount(i.Text)) < (StatesDuty ? DutyItemMinWords : RuleItemMinWords) || items.Count(i => i.IsRule) * 2 <= items.Count)
        {
            var listed = string.Join(" ", items.Select(i => i.Display));
            yield return new ClauseDraft(section, number, $"{bodyText} {listed}", start, end);
            yield break;
        }

        if (bodyText != (leadIn ?? "") && bodyText.Length > 0)
        {
            yield return new ClauseDraft(section, number, bodyText, start, items[0].Start);
        }

        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var itemSection = item.SubHeading is null ? section : SectionPath.Join(section, item.SubHeading);
            var text = item.LeadIn is null ? item.Text : $"{item.LeadIn} {item.Text}";
            yield return new ClauseDraft(itemSection, ItemReference(item, i), text, item.Start, item.End);
        }
    }

    string? CurrentLeadIn => subLeadIn is null ? leadIn : $"{leadIn} {subLeadIn}";

    bool StatesDuty => leadIn?.TrimEnd().EndsWith(" will:", StringComparison.OrdinalIgnoreCase) == true
        || leadIn?.TrimEnd().EndsWith(" must:", StringComparison.OrdinalIgnoreCase) == true;

    string ItemReference(Item item, int index)
    {
        if (number.Length > 0)
        {
            return item.Marker.Length > 0 ? $"{number}({item.Marker})" : $"{number}, item {index + 1}";
        }

        return leadIn is null ? $"item {index + 1}" : $"{ShortLeadIn(leadIn)}, item {index + 1}";
    }

    // "In terms of political group meetings, Councillors will" names the list; a long lead-in is cut to its opening words.
    static string ShortLeadIn(string leadIn)
    {
        const int MaxWords = 9;
        var words = leadIn.TrimEnd(':').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= MaxWords ? string.Join(' ', words) : string.Join(' ', words.Take(MaxWords)) + " …";
    }

    void Append(string text)
    {
        if (body.Length > 0)
        {
            body.Append(' ');
        }

        body.Append(text);
    }

    static string LastSentence(string text)
    {
        var cut = text.LastIndexOfAny(['.', ';', '?', '!'], Math.Max(0, text.Length - 2));
        return cut < 0 ? text : text[(cut + 1)..].Trim();
    }

    static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    sealed record Item(string Marker, string Text, int Start, int End, string? SubHeading, string? LeadIn, bool Marked)
    {
        static readonly HashSet<string> Modals = ["will", "shall", "should", "must", "may", "can", "cannot"];
        static readonly HashSet<string> Determiners = ["a", "an", "the", "their", "its", "his", "her", "our", "that"];

        /// <summary>
        /// A rule in its own right ("direct requests … to the Chief Executive", "Political groups may request…"),
        /// as opposed to a part of one answer ("Head of Paid Service, or Chief Executive", "a working partnership").
        /// </summary>
        public bool IsRule
        {
            get
            {
                var words = Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return words.Any(w => Modals.Contains(w.ToLowerInvariant().Trim(',', ';', '.')))
                    || (words.Length > 0 && char.IsLower(words[0][0]) && !Determiners.Contains(words[0]));
            }
        }

        public bool EndsSentence => BlockShape.EndsSentence(Text);

        public string Display => Marker.Length > 0 ? $"({Marker}) {Text}" : $"• {Text}";
    }
}
