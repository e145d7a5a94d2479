using GovernanceBot.Knowledge.Clauses;
using Lucene.Net.Index;
using static GovernanceBot.Knowledge.Index.ClauseIndexSchema;

namespace GovernanceBot.Knowledge.Index;

/// <summary>
/// Reads a found clause straight from the stored fields, skipping the bookkeeping ones (keys and hashes). Building a
/// Lucene document field by field first was a third of a question's time in a large index.
/// </summary>
sealed class StoredClause : StoredFieldVisitor
{
    readonly List<string> routes = [];
    string scope = "", document = "", title = "", section = "", paragraph = "", text = "";
    int start, end;

    public static ClauseHit Read(IndexReader reader, int doc, float score)
    {
        var stored = new StoredClause();
        reader.Document(doc, stored);
        return new ClauseHit(
            new Clause(stored.scope, stored.document, stored.title, stored.section, stored.paragraph, stored.text, stored.start, stored.end),
            score,
            stored.routes);
    }

    public override Status NeedsField(FieldInfo fieldInfo) => fieldInfo.Name switch
    {
        Key or DocumentKey or DocumentHash => Status.NO,
        _ => Status.YES,
    };

    public override void StringField(FieldInfo fieldInfo, string value)
    {
        switch (fieldInfo.Name)
        {
            case Scope: scope = value; break;
            case ClauseIndexSchema.Document: document = value; break;
            case Title: title = value; break;
            case Section: section = value; break;
            case Paragraph: paragraph = value; break;
            case Text: text = value; break;
            case ClauseIndexSchema.Routes when value != NoRoute: routes.Add(value); break;
        }
    }

    public override void Int32Field(FieldInfo fieldInfo, int value)
    {
        if (fieldInfo.Name == Start)
        {
            start = value;
        }
        else if (fieldInfo.Name == End)
        {
            end = value;
        }
    }
}
