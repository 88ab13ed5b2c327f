import { MigrationInterface, QueryRunner } from 'typeorm';

const codes = (values: string[]) => values.map((value) => `'${value}'`).join(',');
const KIND = codes(['MACE', 'CETG', 'DAILY', 'MVCA', 'SUBGROUP']);
const RULES = codes(['NEW_REFERRAL', 'REVIEW_DUE', 'RISK_INCREASED', 'OVERDUE_ACTIONS', 'CARRIED_FORWARD', 'CHAIR_ADDED']);
const RISK = codes(['NONE', 'LOW', 'MEDIUM', 'HIGH']);
const DECISIONS = codes([
  'CONTINUE', 'STEP_DOWN', 'CLOSE', 'NRM_REFERRAL', 'STRATEGY_MEETING', 'DISRUPTION', 'ISVA_CHISVA_REFERRAL', 'SARC_REFERRAL',
]);
const ACTION_STATUS = codes(['OPEN', 'IN_PROGRESS', 'DONE', 'NOT_POSSIBLE', 'NOT_DONE', 'CANCELLED']);

/**
 * Meetings: types as configuration (per district: kind, cadence, core agencies, agenda rules,
 * confidentiality statement), scheduled meetings and series, rule-built agendas whose items say
 * why they are there, pre-meeting updates per agency, attendance and confidentiality acceptance,
 * the review of earlier meetings' unfinished actions, per-item outcomes, minutes with addenda.
 */
export class Meetings1764320000005 implements MigrationInterface {
  name = 'Meetings1764320000005';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE meeting_type (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district(id),
        kind text NOT NULL CHECK (kind IN (${KIND})),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        cadence_days integer NOT NULL CHECK (cadence_days BETWEEN 1 AND 92),
        default_start_time time NOT NULL DEFAULT '10:00',
        default_duration_minutes integer NOT NULL DEFAULT 120 CHECK (default_duration_minutes BETWEEN 15 AND 480),
        default_timebox_minutes integer NOT NULL DEFAULT 10 CHECK (default_timebox_minutes BETWEEN 1 AND 120),
        agenda_rules text[] NOT NULL DEFAULT '{}' CHECK (agenda_rules <@ ARRAY[${RULES}]::text[]),
        confidentiality_statement text NOT NULL CHECK (length(confidentiality_statement) BETWEEN 1 AND 4000),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX meeting_type_name_unique ON meeting_type (district_id, lower(name))`);
    await q.query(`
      CREATE TABLE meeting_type_member (
        meeting_type_id uuid NOT NULL REFERENCES meeting_type(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id),
        PRIMARY KEY (meeting_type_id, agency_id)
      )`);
    await q.query(`
      CREATE TABLE meeting_series (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_type_id uuid NOT NULL REFERENCES meeting_type(id),
        every_days integer NOT NULL CHECK (every_days BETWEEN 1 AND 92),
        created_by_user_id uuid NOT NULL REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE meeting (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_type_id uuid NOT NULL REFERENCES meeting_type(id),
        district_id uuid NOT NULL REFERENCES district(id),
        series_id uuid REFERENCES meeting_series(id),
        starts_at timestamptz NOT NULL,
        duration_minutes integer NOT NULL CHECK (duration_minutes BETWEEN 15 AND 480),
        place text CHECK (length(place) <= 200),
        chair_user_id uuid REFERENCES user_account(id),
        status text NOT NULL DEFAULT 'SCHEDULED'
          CHECK (status IN ('SCHEDULED','AGENDA_LOCKED','IN_PROGRESS','CLOSED','CANCELLED')),
        cancelled_reason text,
        agenda_built_at timestamptz,
        agenda_locked_at timestamptz,
        agenda_locked_by_user_id uuid REFERENCES user_account(id),
        started_at timestamptz,
        started_by_user_id uuid REFERENCES user_account(id),
        current_item_id uuid,
        closed_at timestamptz,
        closed_by_user_id uuid REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_cancelled CHECK ((status = 'CANCELLED') = (cancelled_reason IS NOT NULL)),
        CONSTRAINT meeting_started CHECK (status NOT IN ('IN_PROGRESS','CLOSED') OR started_at IS NOT NULL),
        CONSTRAINT meeting_closed CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX meeting_district ON meeting (district_id, starts_at)`);
    await q.query(`CREATE INDEX meeting_type_starts ON meeting (meeting_type_id, starts_at)`);
    // The agencies invited to one meeting: the type's core members when scheduled, plus guests.
    await q.query(`
      CREATE TABLE meeting_member (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id),
        core boolean NOT NULL DEFAULT true,
        attendance text NOT NULL DEFAULT 'NOT_RECORDED'
          CHECK (attendance IN ('PRESENT','APOLOGIES','INFORMATION_SENT','OBSERVER','NOT_RECORDED')),
        attendee_names text CHECK (length(attendee_names) <= 500),
        attendance_recorded_at timestamptz,
        PRIMARY KEY (meeting_id, agency_id)
      )`);
    await q.query(`CREATE INDEX meeting_member_agency ON meeting_member (agency_id)`);
    // Case details show to a person only after they accepted the statement, once per meeting.
    await q.query(`
      CREATE TABLE meeting_confidentiality (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id),
        agency_id uuid NOT NULL REFERENCES agency(id),
        accepted_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (meeting_id, user_id)
      )`);
    // Subject: a child today; person, location and network references arrive with intelligence.
    // reasons: [{ "rule": AgendaRule, "detail": text }] — why the item is on the agenda.
    await q.query(`
      CREATE TABLE agenda_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        position integer NOT NULL CHECK (position >= 1),
        subject_type text NOT NULL CHECK (subject_type IN ('CHILD','PERSON','LOCATION','NETWORK','THEME')),
        child_id uuid REFERENCES child(id),
        theme_title text CHECK (length(theme_title) BETWEEN 1 AND 200),
        reasons jsonb NOT NULL DEFAULT '[]',
        presenter_agency_id uuid REFERENCES agency(id),
        presenter_user_id uuid REFERENCES user_account(id),
        timebox_minutes integer NOT NULL DEFAULT 10 CHECK (timebox_minutes BETWEEN 1 AND 120),
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','DISCUSSED','NOT_REACHED','REMOVED')),
        removed_reason text,
        removed_by_user_id uuid REFERENCES user_account(id),
        carried_from_item_id uuid REFERENCES agenda_item(id),
        shared_at timestamptz,
        shared_by_user_id uuid REFERENCES user_account(id),
        discussion_started_at timestamptz,
        discussion_ended_at timestamptz,
        added_by_user_id uuid REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_item_child CHECK (subject_type <> 'CHILD' OR child_id IS NOT NULL),
        CONSTRAINT agenda_item_theme CHECK (subject_type <> 'THEME' OR theme_title IS NOT NULL),
        CONSTRAINT agenda_item_removed CHECK ((status = 'REMOVED') = (removed_reason IS NOT NULL))
      )`);
    // One live item per child per meeting; removed items stay for the record.
    await q.query(`CREATE UNIQUE INDEX agenda_item_child_once ON agenda_item (meeting_id, child_id) WHERE status <> 'REMOVED'`);
    await q.query(`CREATE INDEX agenda_item_meeting ON agenda_item (meeting_id, position)`);
    await q.query(`CREATE INDEX agenda_item_child ON agenda_item (child_id)`);
    await q.query(`ALTER TABLE meeting ADD CONSTRAINT meeting_current_item FOREIGN KEY (current_item_id) REFERENCES agenda_item(id)`);
    await q.query(`
      CREATE TABLE agenda_item_update (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        agenda_item_id uuid NOT NULL REFERENCES agenda_item(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id),
        user_id uuid NOT NULL REFERENCES user_account(id),
        contact_since_last text CHECK (length(contact_since_last) <= 4000),
        concerns text CHECK (length(concerns) <= 4000),
        child_voice text CHECK (length(child_voice) <= 4000),
        action_progress text CHECK (length(action_progress) <= 4000),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_item_update_once UNIQUE (agenda_item_id, agency_id)
      )`);
    await q.query(`
      CREATE TABLE agenda_item_outcome (
        agenda_item_id uuid PRIMARY KEY REFERENCES agenda_item(id) ON DELETE CASCADE,
        discussion_summary text CHECK (length(discussion_summary) <= 20000),
        agreed_risk_level text CHECK (agreed_risk_level IN (${RISK})),
        risk_rationale text CHECK (length(risk_rationale) <= 4000),
        decisions text[] NOT NULL DEFAULT '{}' CHECK (decisions <@ ARRAY[${DECISIONS}]::text[]),
        decision_notes text CHECK (length(decision_notes) <= 4000),
        next_review_on date,
        recorded_at timestamptz,
        recorded_by_user_id uuid REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT agenda_item_outcome_risk CHECK (agreed_risk_level IS NULL OR risk_rationale IS NOT NULL)
      )`);
    // The unfinished actions of earlier meetings of the type, listed when a meeting starts; each
    // must be reviewed (a current status and, if not done, a reason) before the meeting closes.
    await q.query(`
      CREATE TABLE meeting_action_review (
        meeting_id uuid NOT NULL REFERENCES meeting(id) ON DELETE CASCADE,
        action_id uuid NOT NULL REFERENCES action(id),
        status_at_start text NOT NULL CHECK (status_at_start IN (${ACTION_STATUS})),
        reviewed_status text CHECK (reviewed_status IN (${ACTION_STATUS})),
        reviewed_at timestamptz,
        reviewed_by_user_id uuid REFERENCES user_account(id),
        PRIMARY KEY (meeting_id, action_id),
        CONSTRAINT meeting_action_reviewed CHECK ((reviewed_at IS NULL) = (reviewed_status IS NULL))
      )`);
    // sections: [{ "key": text, "heading": text, "body": text }] drafted from what was recorded live.
    await q.query(`
      CREATE TABLE meeting_minutes (
        meeting_id uuid PRIMARY KEY REFERENCES meeting(id) ON DELETE CASCADE,
        sections jsonb NOT NULL,
        status text NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT','APPROVED')),
        drafted_at timestamptz NOT NULL DEFAULT now(),
        approved_at timestamptz,
        approved_by_user_id uuid REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT meeting_minutes_approved CHECK ((status = 'APPROVED') = (approved_at IS NOT NULL))
      )`);
    await q.query(`
      CREATE TABLE meeting_minutes_addendum (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        meeting_id uuid NOT NULL REFERENCES meeting_minutes(meeting_id) ON DELETE CASCADE,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
        author_user_id uuid NOT NULL REFERENCES user_account(id),
        author_agency_id uuid NOT NULL REFERENCES agency(id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX meeting_minutes_addendum_meeting ON meeting_minutes_addendum (meeting_id, seq)`);
    // Approved minutes are frozen in the database too, whatever path a write takes.
    await q.query(`
      CREATE FUNCTION meeting_minutes_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.status = 'APPROVED' THEN
          RAISE EXCEPTION 'approved minutes are frozen; add an addendum instead' USING ERRCODE = 'check_violation';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(`
      CREATE TRIGGER meeting_minutes_frozen BEFORE UPDATE OR DELETE ON meeting_minutes
      FOR EACH ROW EXECUTE FUNCTION meeting_minutes_frozen()`);
    await q.query(`ALTER TABLE action ADD CONSTRAINT action_meeting FOREIGN KEY (meeting_id) REFERENCES meeting(id)`);
    await q.query(`ALTER TABLE action ADD CONSTRAINT action_agenda_item FOREIGN KEY (agenda_item_id) REFERENCES agenda_item(id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE action DROP CONSTRAINT action_agenda_item, DROP CONSTRAINT action_meeting`);
    await q.query(`DROP TRIGGER meeting_minutes_frozen ON meeting_minutes`);
    await q.query(`DROP FUNCTION meeting_minutes_frozen()`);
    await q.query(`ALTER TABLE meeting DROP CONSTRAINT meeting_current_item`);
    await q.query(`DROP TABLE meeting_minutes_addendum, meeting_minutes, meeting_action_review, agenda_item_outcome,
      agenda_item_update, agenda_item, meeting_confidentiality, meeting_member, meeting, meeting_series,
      meeting_type_member, meeting_type`);
  }
}
