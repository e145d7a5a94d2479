-- The schema exactly as main a3ebd6a (before numbered migrations) created it: every feature's CreateSql, run on
-- each start, copied verbatim from that commit; then a row or two in each table as that release wrote them.
PRAGMA journal_mode=WAL;
-- src/GovernanceBot/Storage/SqliteStateStore.cs
CREATE TABLE IF NOT EXISTS state (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,
    etag TEXT NOT NULL,
    updated_utc TEXT NOT NULL
);
-- src/GovernanceBot/Storage/ConversationReferenceStore.cs
BEGIN IMMEDIATE;
CREATE TABLE IF NOT EXISTS conversation_user_references (
    conversation_id TEXT NOT NULL,
    user_aad_object_id TEXT NOT NULL COLLATE NOCASE,
    user_id TEXT NOT NULL,
    conversation_type TEXT NOT NULL,
    service_url TEXT NOT NULL,
    channel_id TEXT NOT NULL,
    tenant_id TEXT NOT NULL,
    bot_id TEXT NOT NULL,
    bot_name TEXT,
    last_seen_utc TEXT NOT NULL,
    dead INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (conversation_id, user_aad_object_id)
);
CREATE INDEX IF NOT EXISTS conversation_user_references_by_user
    ON conversation_user_references (user_aad_object_id, conversation_type, dead, last_seen_utc);
CREATE TABLE IF NOT EXISTS conversation_references (
    conversation_id TEXT PRIMARY KEY, user_aad_object_id TEXT NOT NULL, user_id TEXT NOT NULL, conversation_type TEXT NOT NULL,
    service_url TEXT NOT NULL, channel_id TEXT NOT NULL, tenant_id TEXT NOT NULL, bot_id TEXT NOT NULL, bot_name TEXT,
    last_seen_utc TEXT NOT NULL, dead INTEGER NOT NULL DEFAULT 0);
INSERT OR IGNORE INTO conversation_user_references (user_aad_object_id, user_id, conversation_id, conversation_type, service_url, channel_id, tenant_id, bot_id, bot_name, last_seen_utc, dead) SELECT user_aad_object_id, user_id, conversation_id, conversation_type, service_url, channel_id, tenant_id, bot_id, bot_name, last_seen_utc, dead FROM conversation_references;
DROP TABLE conversation_references;
COMMIT;
-- src/GovernanceBot/Storage/FeedbackStore.cs
CREATE TABLE IF NOT EXISTS feedback (
    answer_id TEXT NOT NULL,
    voter TEXT NOT NULL,
    council TEXT NOT NULL,
    question TEXT NOT NULL,
    clause_key TEXT,
    helpful INTEGER NOT NULL,
    recorded_utc TEXT NOT NULL,
    PRIMARY KEY (answer_id, voter)
);
CREATE INDEX IF NOT EXISTS feedback_by_council ON feedback (council, recorded_utc);
-- src/GovernanceBot/Channel/AnswerMemory.cs
CREATE TABLE IF NOT EXISTS answer_records (
    answer_id TEXT PRIMARY KEY,
    conversation TEXT NOT NULL,
    council TEXT NOT NULL,
    question TEXT NOT NULL,
    clause_key TEXT,
    sent_utc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS answer_records_by_age ON answer_records (sent_utc);
-- src/GovernanceBot/Notifications/NotificationsSchema.cs
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
-- src/GovernanceBot/Notifications/SentNotifications.cs
CREATE TABLE IF NOT EXISTS notification_sends (
    idempotency_key TEXT NOT NULL,
    channel TEXT NOT NULL,
    sent_utc TEXT NOT NULL,
    PRIMARY KEY (idempotency_key, channel));
-- src/GovernanceBot/Audit/AuditSchema.cs
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
-- src/GovernanceBot/Requests/RequestsSchema.cs
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
-- Rows
INSERT INTO state (key, value, etag, updated_utc) VALUES ('msteams/users/29:alex', '{"council":"lbe"}', 'etag-1', '2026-03-02T09:00:00.0000000+00:00');
INSERT INTO conversation_user_references (user_aad_object_id, user_id, conversation_id, conversation_type, service_url, channel_id, tenant_id, bot_id, bot_name, last_seen_utc, dead)
    VALUES ('6f1c2a0e-1111-4a4a-9e9e-000000000001', '29:alex', 'a:1', 'personal', 'https://smba.trafficmanager.net/uk/', 'msteams', 'tenant-1', '28:bot', 'GovernanceBot', '2026-03-02T09:00:00.0000000+00:00', 0);
INSERT INTO feedback (answer_id, voter, council, question, clause_key, helpful, recorded_utc)
    VALUES ('answer-1', 'hash-1', 'derby', 'Can an officer attend?', 'derby-working-together-protocol#4120', 1, '2026-03-02T09:00:00.0000000+00:00');
INSERT INTO answer_records (answer_id, conversation, council, question, clause_key, sent_utc)
    VALUES ('answer-1', 'msteams/a:1', 'derby', 'Can an officer attend?', NULL, '2026-03-02T09:00:00.0000000+00:00');
INSERT INTO requests (reference, council_id, flow, state, version, requester_aad, receiver_aad, group_id, details_json, cited_as, protocol_silent, submitted_utc)
    VALUES ('DER-ATT-0001', 'derby', 'OfficerAttendance', 'Submitted', 1, 'requester-aad', 'receiver-aad', NULL, '{"type":"officer-attendance","meetingDate":"2026-03-20","officerOrService":"Head of Planning","subject":"the draft local plan","kind":"full-group"}', 'para 28', 0, '2026-03-02T09:00:00.0000000Z');
INSERT INTO outbox (idempotency_key, recipient_aad, kind, council_id, reference, payload_json, created_utc, next_attempt_utc)
    VALUES ('DER-ATT-0001:decision-needed:receiver-aad', 'receiver-aad', 'decision-needed', 'derby', 'DER-ATT-0001',
            '{"kind":"decision-needed","requestId":1,"reference":"DER-ATT-0001","councilId":"derby","flow":"officer-attendance","requestVersion":1,"title":"DER-ATT-0001: for your decision","text":"Alex asks.","citedAs":"para 28","confidential":false,"actionable":true}',
            '2026-03-02T09:00:00.0000000Z', '2026-03-02T09:00:00.0000000Z');
INSERT INTO notification_sends (idempotency_key, channel, sent_utc) VALUES ('DER-ATT-0000:decision-needed:receiver-aad', 'teams', '2026-03-01T09:00:00.0000000Z');
INSERT INTO audit_log (at_utc, actor_aad, event, council_id, flow, reference, clause, detail)
    VALUES ('2026-03-02T09:00:00.0000000Z', 'requester-aad', 'request-submitted', 'derby', 'officer-attendance', 'DER-ATT-0001', 'para 28', 'to receiver-aad');
