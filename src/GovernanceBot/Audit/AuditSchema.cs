using GovernanceBot.Storage;

namespace GovernanceBot.Audit;

/// <summary>The audit table, append-only: triggers abort any UPDATE or DELETE, whatever code or tool issues it.</summary>
public sealed class AuditSchema : ISchema
{
    public string Component => "audit";

    public IReadOnlyList<string> Migrations { get; } =
    [
        // 1: the layout of the releases before versioning, which created it with IF NOT EXISTS on every start; the
        // same statements adopt such a database as version 1 without touching its rows.
        """
        CREATE TABLE IF NOT EXISTS audit_log (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            at_utc TEXT NOT NULL,
            actor_aad TEXT NOT NULL,
            event TEXT NOT NULL,
            council_id TEXT,
            flow TEXT,
            reference TEXT,
            clause TEXT,
            detail TEXT);
        CREATE INDEX IF NOT EXISTS audit_log_by_council ON audit_log(council_id, id);
        CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """,
    ];
}
