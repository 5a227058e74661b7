-- Audit events are append-only: the database itself refuses to change or remove one, row by row
-- (UPDATE, DELETE) or wholesale (TRUNCATE). (The chain head, "AuditChainHead", is updated on every
-- event and is not covered.)

-- CreateFunction
CREATE OR REPLACE FUNCTION "audit_event_append_only"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit events are append-only (% on "AuditEvent" refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- CreateTrigger
CREATE TRIGGER "AuditEvent_no_update_or_delete" BEFORE UPDATE OR DELETE ON "AuditEvent"
    FOR EACH ROW EXECUTE FUNCTION "audit_event_append_only"();

-- CreateTrigger
CREATE TRIGGER "AuditEvent_no_truncate" BEFORE TRUNCATE ON "AuditEvent"
    FOR EACH STATEMENT EXECUTE FUNCTION "audit_event_append_only"();
