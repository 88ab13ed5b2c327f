import { MigrationInterface, QueryRunner } from 'typeorm';

const codes = (values: string[]) => values.map((value) => `'${value}'`).join(',');
const RISK = codes(['NONE', 'LOW', 'MEDIUM', 'HIGH']);
const ETHNICITY = codes([
  'NOT_YET_RECORDED', 'NOT_STATED', 'REFUSED', 'ASIAN_BANGLADESHI', 'ASIAN_CHINESE', 'ASIAN_INDIAN', 'ASIAN_PAKISTANI',
  'ASIAN_OTHER', 'BLACK_AFRICAN', 'BLACK_CARIBBEAN', 'BLACK_OTHER', 'MIXED_WHITE_AND_ASIAN', 'MIXED_WHITE_AND_BLACK_AFRICAN',
  'MIXED_WHITE_AND_BLACK_CARIBBEAN', 'MIXED_OTHER', 'WHITE_BRITISH', 'WHITE_IRISH', 'WHITE_GYPSY_OR_IRISH_TRAVELLER',
  'WHITE_ROMA', 'WHITE_OTHER', 'OTHER_ARAB', 'OTHER_ANY',
]);
const STATUS = codes(['REFERRED', 'OPEN', 'STEPPED_DOWN', 'CLOSED']);
const ANSWER = codes(['YES', 'NO', 'NOT_KNOWN']);

/**
 * Children at risk, their risk and status history, flags, agency involvement (the need-to-know
 * basis), break-glass openings, the versioned screening tool and referrals. Codes are checked in
 * the database too, so a bad value cannot arrive by any path. pg_trgm and fuzzystrmatch power
 * duplicate detection and misspelling-tolerant search (PGlite loads both as extensions).
 */
export class ChildrenAndReferrals1764320000002 implements MigrationInterface {
  name = 'ChildrenAndReferrals1764320000002';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`CREATE EXTENSION IF NOT EXISTS fuzzystrmatch`);
    await q.query(`
      CREATE TABLE child (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district(id),
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
        date_of_birth date NOT NULL,
        gender text NOT NULL DEFAULT 'NOT_KNOWN'
          CHECK (gender IN ('FEMALE','MALE','NON_BINARY','DESCRIBED_OTHERWISE','NOT_KNOWN')),
        ethnicity_self_defined text NOT NULL DEFAULT 'NOT_YET_RECORDED' CHECK (ethnicity_self_defined IN (${ETHNICITY})),
        ethnicity_observed text NOT NULL DEFAULT 'NOT_YET_RECORDED' CHECK (ethnicity_observed IN (${ETHNICITY})),
        address text,
        postcode text,
        education_status text NOT NULL DEFAULT 'NOT_KNOWN' CHECK (education_status IN ('IN_SCHOOL','IN_COLLEGE',
          'ALTERNATIVE_PROVISION','ELECTIVE_HOME_EDUCATION','EXCLUDED','EMPLOYMENT_OR_TRAINING','NOT_IN_EDUCATION','NOT_KNOWN')),
        school_name text,
        looked_after_status text NOT NULL DEFAULT 'NOT_KNOWN'
          CHECK (looked_after_status IN ('NOT_LOOKED_AFTER','LOOKED_AFTER','CARE_LEAVER','NOT_KNOWN')),
        social_worker_name text,
        lead_agency_id uuid REFERENCES agency(id),
        lead_professional_name text,
        exploitation_types text[] NOT NULL DEFAULT '{}'
          CHECK (exploitation_types <@ ARRAY['SEXUAL','CRIMINAL','ONLINE','TRAFFICKING']),
        offending_models text[] NOT NULL DEFAULT '{}' CHECK (offending_models <@ ARRAY['ORGANISED_NETWORK','GANG_ASSOCIATED',
          'PEER_ON_PEER','OLDER_BOYFRIEND_GIRLFRIEND','ONLINE_GROOMING','INAPPROPRIATE_RELATIONSHIP']),
        vulnerabilities text[] NOT NULL DEFAULT '{}' CHECK (vulnerabilities <@ ARRAY['MISSING_EPISODES','NOT_IN_EDUCATION',
          'SUBSTANCE_MISUSE','MENTAL_HEALTH','SPECIAL_EDUCATIONAL_NEEDS','DOMESTIC_ABUSE_AT_HOME','PREVIOUS_ABUSE','SELF_HARM',
          'UNACCOMPANIED_ASYLUM_SEEKING','YOUNG_CARER']),
        risk_level text NOT NULL DEFAULT 'NONE' CHECK (risk_level IN (${RISK})),
        next_review_on date,
        status text NOT NULL DEFAULT 'REFERRED' CHECK (status IN (${STATUS})),
        closure_reason text,
        restricted boolean NOT NULL DEFAULT false,
        -- What analysts see instead of a name: random, so it cannot be derived from the id.
        pseudonym text NOT NULL DEFAULT ('C-' || upper(substr(md5(gen_random_uuid()::text), 1, 8))) UNIQUE,
        created_by_user_id uuid REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT child_closure_reason CHECK (status <> 'CLOSED' OR closure_reason IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX child_district ON child (district_id, risk_level, status)`);
    await q.query(`CREATE INDEX child_review ON child (district_id, next_review_on)`);
    await q.query(`CREATE INDEX child_name_trgm ON child USING gin ((lower(given_name || ' ' || family_name)) gin_trgm_ops)`);
    await q.query(`CREATE INDEX child_dob ON child (date_of_birth)`);
    await q.query(`
      CREATE TABLE child_alias (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        -- Entry order: aliases written in one transaction share created_at.
        seq bigint GENERATED ALWAYS AS IDENTITY,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX child_alias_child ON child_alias (child_id, seq)`);
    await q.query(`CREATE INDEX child_alias_trgm ON child_alias USING gin ((lower(name)) gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE child_risk (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        level text NOT NULL CHECK (level IN (${RISK})),
        rationale text NOT NULL,
        source text NOT NULL CHECK (source IN ('SCREENING','TRIAGE','MEETING','AGENCY')),
        next_review_on date,
        set_by_user_id uuid REFERENCES user_account(id),
        set_by_agency_id uuid REFERENCES agency(id),
        set_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX child_risk_child ON child_risk (child_id, set_at DESC)`);
    await q.query(`
      CREATE TABLE child_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        status text NOT NULL CHECK (status IN (${STATUS})),
        reason text,
        changed_by_user_id uuid REFERENCES user_account(id),
        changed_by_agency_id uuid REFERENCES agency(id),
        changed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX child_status_change_child ON child_status_change (child_id, changed_at DESC)`);
    await q.query(`
      CREATE TABLE child_flag (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        label text NOT NULL CHECK (length(label) BETWEEN 1 AND 60),
        reason text NOT NULL,
        expires_on date,
        set_by_user_id uuid REFERENCES user_account(id),
        set_by_agency_id uuid REFERENCES agency(id),
        set_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        removed_by_user_id uuid REFERENCES user_account(id),
        removal_reason text
      )`);
    await q.query(`CREATE INDEX child_flag_child ON child_flag (child_id)`);
    // The need-to-know basis: one row per reason an agency may see a child. Later domains (actions,
    // meetings) add rows of their kinds, so the access check stays one query.
    await q.query(`
      CREATE TABLE child_involvement (
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        agency_id uuid NOT NULL REFERENCES agency(id),
        kind text NOT NULL CHECK (kind IN ('REFERRER','LEAD_AGENCY','ACTION_OWNER','MEETING_ATTENDEE','GRANTED')),
        reason text,
        granted_by_user_id uuid REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (child_id, agency_id, kind)
      )`);
    await q.query(`CREATE INDEX child_involvement_agency ON child_involvement (agency_id)`);
    await q.query(`
      CREATE TABLE break_glass_access (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES user_account(id),
        agency_id uuid NOT NULL REFERENCES agency(id),
        reason text NOT NULL CHECK (length(reason) >= 10),
        opened_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL
      )`);
    await q.query(`CREATE INDEX break_glass_access_user ON break_glass_access (user_id, child_id, expires_at)`);
    await q.query(`CREATE INDEX break_glass_access_opened ON break_glass_access (opened_at DESC)`);
    // Questions and scoring are data: a new version is a new row, and each referral keeps the
    // version it was answered against.
    await q.query(`
      CREATE TABLE screening_tool (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        version integer NOT NULL UNIQUE,
        name text NOT NULL,
        definition jsonb NOT NULL,
        published_at timestamptz NOT NULL DEFAULT now(),
        retired_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE referral (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        child_id uuid NOT NULL REFERENCES child(id) ON DELETE CASCADE,
        district_id uuid NOT NULL REFERENCES district(id),
        referrer_user_id uuid NOT NULL REFERENCES user_account(id),
        referrer_agency_id uuid NOT NULL REFERENCES agency(id),
        concerns text NOT NULL,
        screening_tool_id uuid NOT NULL REFERENCES screening_tool(id),
        answers jsonb NOT NULL,
        suggested_level text NOT NULL CHECK (suggested_level IN (${RISK})),
        suggested_because jsonb NOT NULL DEFAULT '[]',
        referrer_level text NOT NULL CHECK (referrer_level IN (${RISK})),
        override_reason text,
        danger_statement text NOT NULL,
        safety_goal text NOT NULL,
        child_voice text NOT NULL,
        strengths text NOT NULL,
        child_aware text NOT NULL CHECK (child_aware IN (${ANSWER})),
        family_aware text NOT NULL CHECK (family_aware IN (${ANSWER})),
        lawful_basis text NOT NULL
          CHECK (lawful_basis IN ('CONSENT','SAFEGUARDING_CHILDREN','PREVENTION_OF_CRIME','LEGAL_OBLIGATION')),
        status text NOT NULL DEFAULT 'AWAITING_TRIAGE'
          CHECK (status IN ('AWAITING_TRIAGE','ACCEPTED','SIGNPOSTED','NO_FURTHER_ACTION','STRATEGY_MEETING')),
        decision_rationale text,
        provisional_level text CHECK (provisional_level IN (${RISK})),
        decided_by_user_id uuid REFERENCES user_account(id),
        decided_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT referral_override_reason CHECK (referrer_level = suggested_level OR override_reason IS NOT NULL),
        CONSTRAINT referral_decision CHECK ((status = 'AWAITING_TRIAGE') = (decided_at IS NULL))
      )`);
    await q.query(`CREATE INDEX referral_triage ON referral (district_id, status, submitted_at)`);
    await q.query(`CREATE INDEX referral_child ON referral (child_id, submitted_at DESC)`);
    await q.query(`CREATE INDEX referral_referrer_agency ON referral (referrer_agency_id, submitted_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE referral, screening_tool, break_glass_access, child_involvement, child_flag,
      child_status_change, child_risk, child_alias, child`);
  }
}
