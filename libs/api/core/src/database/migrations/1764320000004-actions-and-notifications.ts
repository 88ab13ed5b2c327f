import { MigrationInterface, QueryRunner } from 'typeorm';

const STATUS = `'OPEN','IN_PROGRESS','DONE','NOT_POSSIBLE','NOT_DONE','CANCELLED'`;

/**
 * Actions with their update log, and in-app notifications (which double as the e-mail outbox).
 * Overdue is never stored: it is derived from the due date. The escalation job only records that
 * it has told people, so it tells them once.
 */
export class ActionsAndNotifications1764320000004 implements MigrationInterface {
  name = 'ActionsAndNotifications1764320000004';

  async up(q: QueryRunner): Promise<void> {
    // The subject is a child today; persons of concern, locations and networks join as new
    // subject types with their own nullable reference.
    await q.query(`
      CREATE TABLE action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        subject_type text NOT NULL DEFAULT 'CHILD' CHECK (subject_type IN ('CHILD')),
        child_id uuid REFERENCES child(id),
        district_id uuid NOT NULL REFERENCES district(id),
        description text NOT NULL CHECK (length(description) BETWEEN 1 AND 2000),
        category text NOT NULL CHECK (category IN ('SAFEGUARDING','DIVERSION','PREVENTION','SUPPORT','DISRUPTION',
          'INTELLIGENCE_DEVELOPMENT')),
        owner_agency_id uuid NOT NULL REFERENCES agency(id),
        owner_user_id uuid REFERENCES user_account(id),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN (${STATUS})),
        status_reason text,
        outcome_note text,
        source text NOT NULL CHECK (source IN ('MEETING','OUTSIDE_MEETING')),
        -- Filled by the meetings domain; its migration adds the foreign keys.
        meeting_id uuid,
        agenda_item_id uuid,
        raised_by_user_id uuid NOT NULL REFERENCES user_account(id),
        raised_by_agency_id uuid NOT NULL REFERENCES agency(id),
        completed_at timestamptz,
        overdue_notified_on date,
        escalated_on date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT action_subject CHECK (subject_type <> 'CHILD' OR child_id IS NOT NULL),
        CONSTRAINT action_meeting_source CHECK (source <> 'MEETING' OR meeting_id IS NOT NULL),
        CONSTRAINT action_outcome CHECK (status <> 'DONE' OR outcome_note IS NOT NULL),
        CONSTRAINT action_reason CHECK (status NOT IN ('NOT_POSSIBLE','NOT_DONE','CANCELLED') OR status_reason IS NOT NULL),
        CONSTRAINT action_completed CHECK ((status IN ('OPEN','IN_PROGRESS')) = (completed_at IS NULL))
      )`);
    await q.query(`CREATE INDEX action_owner ON action (owner_agency_id, status, due_on)`);
    await q.query(`CREATE INDEX action_district ON action (district_id, status, due_on)`);
    await q.query(`CREATE INDEX action_child ON action (child_id)`);
    await q.query(`CREATE INDEX action_meeting ON action (meeting_id) WHERE meeting_id IS NOT NULL`);
    await q.query(`
      CREATE TABLE action_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        action_id uuid NOT NULL REFERENCES action(id) ON DELETE CASCADE,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        from_status text CHECK (from_status IN (${STATUS})),
        to_status text NOT NULL CHECK (to_status IN (${STATUS})),
        note text,
        user_id uuid NOT NULL REFERENCES user_account(id),
        agency_id uuid NOT NULL REFERENCES agency(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX action_update_action ON action_update (action_id, seq)`);
    // Messages hold no personal data (they are also the e-mail text); the link leads to the record,
    // where access is checked as usual. dedupe_key stops a job telling someone the same thing twice.
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('ACTION_ASSIGNED','ACTION_OVERDUE','ACTION_ESCALATED','REFERRAL_DECIDED','AGENDA_LOCKED')),
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        message text NOT NULL,
        link text NOT NULL,
        dedupe_key text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        CONSTRAINT notification_once UNIQUE (user_id, dedupe_key)
      )`);
    await q.query(`CREATE INDEX notification_unread ON notification (user_id, created_at DESC) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notification_user ON notification (user_id, created_at DESC)`);
    await q.query(`CREATE INDEX notification_outbox ON notification (created_at) WHERE emailed_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification, action_update, action`);
  }
}
