using GovernanceBot.Storage;

namespace GovernanceBot.Requests;

/// <summary>
/// Requests, the people party to each (requester, receiver, deputies: the only people who may see it) and the
/// per-council, per-flow counters behind reference numbers.
/// </summary>
public sealed class RequestsSchema : ISchema
{
    public string Component => "requests";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the layout of the releases before versioning, which created it with IF NOT EXISTS on every start; the
        // same statements adopt such a database as version 1 without touching its rows.
        """
        CREATE TABLE IF NOT EXISTS requests (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            reference TEXT NOT NULL UNIQUE,
            council_id TEXT NOT NULL,
            flow TEXT NOT NULL,
            state TEXT NOT NULL,
            version INTEGER NOT NULL,
            requester_aad TEXT NOT NULL,
            receiver_aad TEXT NOT NULL,
            group_id TEXT,
            details_json TEXT NOT NULL,
            cited_as TEXT NOT NULL,
            protocol_silent INTEGER NOT NULL,
            decision_note TEXT,
            decided_by_aad TEXT,
            submitted_utc TEXT NOT NULL,
            decided_utc TEXT);
        CREATE TABLE IF NOT EXISTS request_parties (
            request_id INTEGER NOT NULL REFERENCES requests(id),
            aad_object_id TEXT NOT NULL COLLATE NOCASE,
            part TEXT NOT NULL,
            PRIMARY KEY (request_id, aad_object_id, part));
        CREATE INDEX IF NOT EXISTS request_parties_by_person ON request_parties(aad_object_id);
        CREATE TABLE IF NOT EXISTS request_counters (
            council_id TEXT NOT NULL,
            flow TEXT NOT NULL,
            last INTEGER NOT NULL,
            PRIMARY KEY (council_id, flow));
        """,
    ];
}
