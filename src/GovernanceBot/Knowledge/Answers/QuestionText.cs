using System.Text;

namespace GovernanceBot.Knowledge.Answers;

/// <summary>Checks and cleans what a user typed before it is searched.</summary>
public static class QuestionText
{
    /// <summary>The question without control characters and extra white space; a clear error when there is nothing to ask.</summary>
    public static string Clean(string? question, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(question))
        {
            throw new InvalidQuestionException("Please type a question, for example: \"Who do I ask to get an officer to our group meeting?\"");
        }

        if (question.Length > maxLength)
        {
            throw new InvalidQuestionException($"That question is {question.Length:N0} characters long; please ask it in under {maxLength:N0}.");
        }

        var cleaned = new StringBuilder(question.Length);
        foreach (var c in question.Normalize(NormalizationForm.FormKC))
        {
            cleaned.Append(char.IsControl(c) || char.IsWhiteSpace(c) ? ' ' : c);
        }

        var text = string.Join(' ', cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (!text.Any(char.IsLetterOrDigit))
        {
            throw new InvalidQuestionException("Please type a question in words.");
        }

        return text;
    }
}
