using GovernanceBot.Storage;

namespace GovernanceBot.Requests.Workflow;

/// <summary>
/// Requests, the people party to each (requester, receiver, deputies: the only people who may see it), the
/// per-council, per-flow counters behind reference numbers, and each request's public id (in a table of its own so
/// that a database from before public ids gains them, each request a random one).
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
        // 2: each request's public id, in a table of its own so that a database from before public ids gains them, each
        // request a random one. IF NOT EXISTS: the releases between public ids and versioning created it on every start.
        """
        CREATE TABLE IF NOT EXISTS request_keys (
            request_id INTEGER PRIMARY KEY REFERENCES requests(id),
            public_id TEXT NOT NULL UNIQUE);
        INSERT OR IGNORE INTO request_keys (request_id, public_id)
            SELECT id, lower(hex(randomblob(16))) FROM requests WHERE id NOT IN (SELECT request_id FROM request_keys);
        -- Runs after the notifications schema (AddRequestWorkflow adds AddNotifications first, so its tables exist).
        -- Notifications queued or delivered before public ids name their request by its row id; they now carry the public id
        -- (a card's buttons send it back), so the stored payloads are given it too, or they could not be read any more.
        UPDATE outbox SET payload_json = json_set(payload_json, '$.requestId',
                (SELECT public_id FROM request_keys WHERE request_id = json_extract(outbox.payload_json, '$.requestId')))
            WHERE json_type(payload_json, '$.requestId') = 'integer';
        UPDATE local_inbox SET payload_json = json_set(payload_json, '$.requestId',
                (SELECT public_id FROM request_keys WHERE request_id = json_extract(local_inbox.payload_json, '$.requestId')))
            WHERE json_type(payload_json, '$.requestId') = 'integer';
        """,
    ];
}
