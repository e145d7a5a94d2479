namespace GovernanceBot.Load;

/// <summary>
/// What councillors ask the default council (derby): mostly covered by its protocol, some not (abstentions), in the
/// protocol's words and in everyday ones; and, one turn in <see cref="HelpEvery"/>, "help" (the welcome card, no search).
/// </summary>
static class Questions
{
    public const string Help = "help";
    public const int HelpEvery = 6;

    public static string Next(Random random) => random.Next(HelpEvery) == 0 ? Help : Mix[random.Next(Mix.Length)];

    public static readonly string[] Mix =
    [
        "who do I raise a staffing concern with?",
        "cllr keeps ringing my team late at night about his ward. is that ok?",
        "can I talk to the local paper about the confidential report on the depot sale?",
        "hi",
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
