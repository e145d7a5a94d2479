namespace GovernanceBot.Knowledge.Ingestion;

/// <summary>Renders list counters the way Word and HTML number them: 1, a, A, i, I.</summary>
static class ListLabels
{
    public static string Decimal(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>a..z, then aa, bb.. as Word does (the 27th item is "aa", not "ba").</summary>
    public static string Letter(int n, bool upper = false)
    {
        if (n < 1)
        {
            return Decimal(n);
        }

        var letter = (char)('a' + (n - 1) % 26);
        var text = new string(letter, (n - 1) / 26 + 1);
        return upper ? text.ToUpperInvariant() : text;
    }

    public static string Roman(int n, bool upper = false)
    {
        if (n is < 1 or > 3999)
        {
            return Decimal(n);
        }

        (int Value, string Numeral)[] numerals =
            [(1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
        var text = new System.Text.StringBuilder();
        foreach (var (value, numeral) in numerals)
        {
            for (; n >= value; n -= value)
            {
                text.Append(numeral);
            }
        }

        return upper ? text.ToString().ToUpperInvariant() : text.ToString();
    }
}
