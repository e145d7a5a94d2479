using GovernanceBot.Storage;

namespace GovernanceBot.Notifications;

/// <summary>
/// The outbox, written in the same transaction as the state change it announces, and the local inbox the
/// local channel delivers into. Times are UTC in one sortable text format (<see cref="UtcText"/>).
/// </summary>
public sealed class NotificationsSchema : ISchema
{
    public string Component => "notifications";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the layout of the releases before versioning, which created it with IF NOT EXISTS on every start; the
        // same statements adopt such a database as version 1 without touching its rows.
        """
        CREATE TABLE IF NOT EXISTS outbox (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            idempotency_key TEXT NOT NULL UNIQUE,
            recipient_aad TEXT NOT NULL,
            kind TEXT NOT NULL,
            council_id TEXT NOT NULL,
            reference TEXT NOT NULL,
            payload_json TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_utc TEXT NOT NULL,
            lease_until_utc TEXT,
            delivered_utc TEXT,
            abandoned_utc TEXT,
            last_error TEXT);
        CREATE INDEX IF NOT EXISTS outbox_due ON outbox(next_attempt_utc) WHERE delivered_utc IS NULL AND abandoned_utc IS NULL;
        CREATE INDEX IF NOT EXISTS outbox_waiting_by_recipient ON outbox(recipient_aad, id) WHERE delivered_utc IS NULL AND abandoned_utc IS NULL;
        CREATE TABLE IF NOT EXISTS local_inbox (
            idempotency_key TEXT PRIMARY KEY,
            recipient_aad TEXT NOT NULL,
            kind TEXT NOT NULL,
            payload_json TEXT NOT NULL,
            delivered_utc TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS local_inbox_by_recipient ON local_inbox(recipient_aad);
        """,
    ];
}
