using System.Text.Json;
using System.Text.Json.Serialization;

using GovernanceBot.Notifications;
using GovernanceBot.Routing;

using Microsoft.Data.Sqlite;

namespace GovernanceBot.Requests.Workflow;

/// <summary>The SQL behind requests. Every method runs inside the caller's transaction.</summary>
static class RequestStore
{
    public const string Requester = RequestParts.Requester;
    public const string Receiver = RequestParts.Receiver;
    public const string Deputy = RequestParts.Deputy;

    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

    const string Columns = """
        r.id, k.public_id, r.reference, r.council_id, r.flow, r.state, r.version, r.requester_aad, r.receiver_aad, r.group_id, r.details_json,
        r.cited_as, r.protocol_silent, r.decision_note, r.decided_by_aad, r.submitted_utc, r.decided_utc,
        (SELECT group_concat(p.aad_object_id, ' ') FROM request_parties p WHERE p.request_id = r.id AND p.part = 'deputy')
        """;

    const string From = "requests r JOIN request_keys k ON k.request_id = r.id";

    public static string NextReference(SqliteConnection connection, SqliteTransaction transaction, string councilId, RoutingFlow flow)
    {
        var next = Convert.ToInt32(Scalar(connection, transaction, """
            INSERT INTO request_counters (council_id, flow, last) VALUES ($council, $flow, 1)
            ON CONFLICT (council_id, flow) DO UPDATE SET last = last + 1 RETURNING last
            """, ("$council", councilId), ("$flow", flow.ToString())));
        return ReferenceNumbers.Format(councilId, flow, next);
    }

    public static long Insert(SqliteConnection connection, SqliteTransaction transaction, RoutedRequest request)
    {
        var id = (long)Scalar(connection, transaction, """
            INSERT INTO requests (reference, council_id, flow, state, version, requester_aad, receiver_aad, group_id, details_json,
                                  cited_as, protocol_silent, submitted_utc)
            VALUES ($reference, $council, $flow, $state, $version, $requester, $receiver, $group, $details, $cited, $silent, $submitted)
            RETURNING id
            """,
            ("$reference", request.Reference), ("$council", request.CouncilId), ("$flow", request.Flow.ToString()),
            ("$state", request.State.ToString()), ("$version", request.Version), ("$requester", request.RequesterAadObjectId),
            ("$receiver", request.ReceiverAadObjectId), ("$group", (object?)request.GroupId ?? DBNull.Value),
            ("$details", JsonSerializer.Serialize(request.Details, Json)), ("$cited", request.CitedAs),
            ("$silent", request.ProtocolSilent ? 1 : 0), ("$submitted", UtcText.From(request.SubmittedUtc)))!;
        Execute(connection, transaction, "INSERT INTO request_keys (request_id, public_id) VALUES ($id, $public)", ("$id", id), ("$public", request.PublicId));
        AddParty(connection, transaction, id, request.RequesterAadObjectId, Requester);
        AddParty(connection, transaction, id, request.ReceiverAadObjectId, Receiver);
        foreach (var deputy in request.DeputyAadObjectIds)
        {
            AddParty(connection, transaction, id, deputy, Deputy);
        }

        return id;
    }

    /// <summary>Moves the request on only if it is still at the version read; false if someone else changed it first.</summary>
    public static bool Decide(SqliteConnection connection, SqliteTransaction transaction, RoutedRequest request, RequestState state,
        string actor, string? note, DateTimeOffset now) =>
        Execute(connection, transaction, """
            UPDATE requests SET state = $state, version = version + 1, decided_by_aad = $actor, decision_note = $note, decided_utc = $now
            WHERE id = $id AND version = $version
            """,
            ("$state", state.ToString()), ("$actor", actor), ("$note", (object?)note ?? DBNull.Value), ("$now", UtcText.From(now)),
            ("$id", request.Id), ("$version", request.Version)) == 1;

    public static RoutedRequest? Find(SqliteConnection connection, SqliteTransaction? transaction, long id) =>
        Query(connection, transaction, $"SELECT {Columns} FROM {From} WHERE r.id = $id", ("$id", id)).FirstOrDefault();

    public static RoutedRequest? FindByPublicId(SqliteConnection connection, SqliteTransaction? transaction, string publicId) =>
        Query(connection, transaction, $"SELECT {Columns} FROM {From} WHERE k.public_id = $public", ("$public", publicId)).FirstOrDefault();

    public static RoutedRequest? FindByReference(SqliteConnection connection, string reference) =>
        Query(connection, null, $"SELECT {Columns} FROM {From} WHERE r.reference = $reference", ("$reference", reference)).FirstOrDefault();

    /// <summary>Requests in which the person takes one of the given parts; nobody else's appear.</summary>
    public static IReadOnlyList<RoutedRequest> ForParty(SqliteConnection connection, string aadObjectId, params string[] parts) =>
        Query(connection, null, $"""
            SELECT {Columns} FROM {From}
            WHERE r.id IN (SELECT request_id FROM request_parties WHERE aad_object_id = $aad AND part IN ({string.Join(',', parts.Select(p => $"'{p}'"))}))
            ORDER BY r.id DESC
            """, ("$aad", aadObjectId));

    static List<RoutedRequest> Query(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        using var reader = command.ExecuteReader();
        var found = new List<RoutedRequest>();
        while (reader.Read())
        {
            found.Add(new RoutedRequest(
                reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), Enum.Parse<RoutingFlow>(reader.GetString(4)),
                Enum.Parse<RequestState>(reader.GetString(5)), reader.GetInt32(6), reader.GetString(7), reader.GetString(8),
                reader.IsDBNull(17) ? [] : reader.GetString(17).Split(' '),
                reader.IsDBNull(9) ? null : reader.GetString(9),
                JsonSerializer.Deserialize<RequestDetails>(reader.GetString(10), Json)!,
                reader.GetString(11), reader.GetInt64(12) == 1,
                reader.IsDBNull(13) ? null : reader.GetString(13), reader.IsDBNull(14) ? null : reader.GetString(14),
                UtcText.Parse(reader.GetString(15)), reader.IsDBNull(16) ? null : UtcText.Parse(reader.GetString(16))));
        }

        return found;
    }

    static void AddParty(SqliteConnection connection, SqliteTransaction transaction, long id, string aad, string part) =>
        Execute(connection, transaction, "INSERT OR IGNORE INTO request_parties (request_id, aad_object_id, part) VALUES ($id, $aad, $part)",
            ("$id", id), ("$aad", aad), ("$part", part));

    static object? Scalar(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteScalar();
    }

    static int Execute(SqliteConnection connection, SqliteTransaction transaction, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = Command(connection, transaction, sql, parameters);
        return command.ExecuteNonQuery();
    }

    static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }
}
