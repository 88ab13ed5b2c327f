import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The append-only audit trail (DPA 2018 s.62). The database itself enforces it, so no code path
 * can forget: triggers refuse UPDATE, DELETE and TRUNCATE on both PGlite and a server, and each
 * row's hash covers its content and the previous row's hash.
 *
 * The insert trigger takes a transaction-scoped advisory lock before numbering the row and
 * reading the previous hash, so the chain follows commit order even with concurrent writers.
 */
export class AuditTrail1764320000001 implements MigrationInterface {
  name = 'AuditTrail1764320000001';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE audit_event_seq`);
    await q.query(`
      CREATE TABLE audit_event (
        seq bigint PRIMARY KEY,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        occurred_at timestamptz NOT NULL,
        operation text NOT NULL CHECK (operation IN ('COLLECTION','ALTERATION','CONSULTATION','DISCLOSURE',
          'COMBINATION','ERASURE','LOGIN','LOGIN_FAILED','LOGOUT','ACCESS_DENIED')),
        actor_user_id uuid,
        actor_agency_id uuid,
        actor_roles text[] NOT NULL DEFAULT '{}',
        subject_type text NOT NULL,
        subject_ids text[] NOT NULL DEFAULT '{}',
        justification text,
        recipients text[] NOT NULL DEFAULT '{}',
        request_id text,
        prev_hash text NOT NULL,
        hash text NOT NULL
      )`);
    await q.query(`CREATE INDEX audit_event_actor ON audit_event (actor_user_id, occurred_at)`);
    await q.query(`CREATE INDEX audit_event_subject ON audit_event USING gin (subject_ids)`);
    await q.query(`CREATE INDEX audit_event_time ON audit_event (occurred_at)`);

    // One definition of a row's digest, used by the insert trigger and by verification.
    await q.query(`
      CREATE FUNCTION audit_event_digest(e audit_event, prev text) RETURNS text
      LANGUAGE sql IMMUTABLE AS $$
        SELECT encode(sha256(convert_to(concat_ws(E'\\x1f',
          prev, e.seq::text, e.id::text,
          to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
          e.operation, coalesce(e.actor_user_id::text, ''), coalesce(e.actor_agency_id::text, ''),
          array_to_string(e.actor_roles, ','), e.subject_type, array_to_string(e.subject_ids, ','),
          coalesce(e.justification, ''), array_to_string(e.recipients, ','), coalesce(e.request_id, '')
        ), 'UTF8')), 'hex')
      $$`);
    await q.query(`
      CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE previous text;
      BEGIN
        PERFORM pg_advisory_xact_lock(727274);
        NEW.seq := nextval('audit_event_seq');
        NEW.occurred_at := clock_timestamp();
        SELECT hash INTO previous FROM audit_event ORDER BY seq DESC LIMIT 1;
        NEW.prev_hash := coalesce(previous, 'GENESIS');
        NEW.hash := audit_event_digest(NEW, NEW.prev_hash);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_chain()`);
    await q.query(`
      CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_immutable BEFORE UPDATE OR DELETE ON audit_event
      FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
      FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change()`);
    // On a server the application role should not own the table; these revokes then bite too.
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM PUBLIC`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_refuse_change(), audit_event_chain(), audit_event_digest(audit_event, text)`);
    await q.query(`DROP SEQUENCE audit_event_seq`);
  }
}
