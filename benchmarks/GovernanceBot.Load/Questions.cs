namespace GovernanceBot.Load;

/// <summary>What councillors ask the default council (derby): mostly covered by its protocol, some not (abstentions).</summary>
static class Questions
{
    public static readonly string[] Mix =
    [
        "Can we get the head of planning to our group meeting? Who do I ask?",
        "Who should a request for an officer to attend a political group meeting be made to?",
        "How quickly must officers acknowledge and resolve a standard casework enquiry from a councillor?",
        "Is an Opposition Spokesperson entitled to a briefing from officers?",
        "Who determines whether a councillor may access a council document when there is a dispute?",
        "Can councillors ask officers to carry out work for a political party?",
        "Which officer holds the Monitoring Officer role?",
        "Can officers be asked to appear before Overview and Scrutiny Boards?",
        "What can officers expect from councillors?",
        "What is the council's policy on councillors' car parking permits?",
        "How much is the councillors' basic allowance?",
        "When is the next bin collection on my street?",
    ];
}
