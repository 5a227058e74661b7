-- Audit events are append-only: the database itself refuses to change or remove one.
-- (The chain head, "AuditChainHead", is updated on every event and is not covered.)
-- Note: a future migration that redefines "AuditEvent" (SQLite's copy-and-rename) drops these
-- triggers with the old table and must create them again.

-- CreateTrigger
CREATE TRIGGER "AuditEvent_no_update" BEFORE UPDATE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

-- CreateTrigger
CREATE TRIGGER "AuditEvent_no_delete" BEFORE DELETE ON "AuditEvent"
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;
