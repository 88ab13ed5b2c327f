import { MigrationInterface, QueryRunner } from 'typeorm';

const codes = (values: string[]) => values.map((value) => `'${value}'`).join(',');
const KINDS = codes(['CHILD', 'PERSON', 'LOCATION', 'VEHICLE', 'IDENTIFIER', 'NETWORK']);
const MARKERS = codes([
  'VIOLENCE', 'WEAPONS', 'DRUGS_SUPPLY', 'SEXUAL_OFFENCES', 'CHILD_SEXUAL_OFFENCES', 'TRAFFICKING', 'ONLINE_OFFENDING',
  'MISSING_FROM_HOME_HARBOURING',
]);
const MODELS = codes(['ORGANISED_NETWORK', 'GANG_ASSOCIATED', 'PEER_ON_PEER', 'OLDER_BOYFRIEND_GIRLFRIEND', 'ONLINE_GROOMING',
  'INAPPROPRIATE_RELATIONSHIP']);

/**
 * Intelligence and links for the police SPOC: persons of concern, locations (with Op Makesafe for
 * hotels), vehicles and online identifiers with normalised values for searching, networks, links
 * between any two records (children included) with dates, confidence and the supporting
 * intelligence, and graded intelligence submissions (3x5x2) with a sanitised text for partners.
 * Link ends are polymorphic (kind + id): the service checks that each end exists and is visible.
 */
export class IntelligenceAndLinks1764320000006 implements MigrationInterface {
  name = 'IntelligenceAndLinks1764320000006';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE person_of_concern (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district(id),
        given_name text NOT NULL CHECK (length(given_name) BETWEEN 1 AND 100),
        family_name text NOT NULL CHECK (length(family_name) BETWEEN 1 AND 100),
        aliases text[] NOT NULL DEFAULT '{}',
        date_of_birth date,
        risk_markers text[] NOT NULL DEFAULT '{}' CHECK (risk_markers <@ ARRAY[${MARKERS}]::text[]),
        ocg_nominal boolean NOT NULL DEFAULT false,
        description text CHECK (length(description) <= 2000),
        created_by_user_id uuid NOT NULL REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX person_district ON person_of_concern (district_id)`);
    await q.query(`
      CREATE TABLE location (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district(id),
        type text NOT NULL CHECK (type IN ('HOTEL','TAKEAWAY','PARK','HMO','ADDRESS','SCHOOL','TAXI_FIRM','OTHER')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        address text CHECK (length(address) <= 500),
        postcode text CHECK (length(postcode) <= 10),
        -- Upper case without spaces, so "s1 2ab" finds "S1 2AB".
        postcode_normalised text,
        makesafe_status text CHECK (makesafe_status IN ('NOT_VISITED','ENGAGED','TRAINED','CONCERNS','DECLINED')),
        makesafe_checked_on date,
        created_by_user_id uuid NOT NULL REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT location_makesafe_hotels CHECK (type = 'HOTEL' OR (makesafe_status IS NULL AND makesafe_checked_on IS NULL))
      )`);
    await q.query(`CREATE INDEX location_district ON location (district_id, type)`);
    await q.query(`CREATE INDEX location_postcode ON location (postcode_normalised)`);
    await q.query(`
      CREATE TABLE vehicle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        registration text NOT NULL CHECK (length(registration) BETWEEN 1 AND 20),
        -- Upper case, letters and digits only: spacing and case never matter.
        registration_normalised text NOT NULL CHECK (registration_normalised ~ '^[A-Z0-9]{1,12}$'),
        make text CHECK (length(make) <= 60),
        model text CHECK (length(model) <= 60),
        colour text CHECK (length(colour) <= 40),
        created_by_user_id uuid NOT NULL REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT vehicle_registration_unique UNIQUE (registration_normalised)
      )`);
    await q.query(`
      CREATE TABLE online_identifier (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('PHONE','EMAIL','HANDLE')),
        platform text CHECK (platform IN ('SNAPCHAT','INSTAGRAM','TIKTOK','WHATSAPP','FACEBOOK','TELEGRAM','X','OTHER')),
        value text NOT NULL CHECK (length(value) BETWEEN 1 AND 100),
        -- Phones in international form (+44...), e-mail and handles lower case without a leading @.
        value_normalised text NOT NULL CHECK (length(value_normalised) BETWEEN 1 AND 100),
        created_by_user_id uuid NOT NULL REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT identifier_platform CHECK ((kind = 'HANDLE') = (platform IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX identifier_unique ON online_identifier (kind, coalesce(platform, ''), value_normalised)`);
    await q.query(`CREATE INDEX identifier_value_trgm ON online_identifier USING gin (value_normalised gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE network (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        district_id uuid NOT NULL REFERENCES district(id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        model text NOT NULL CHECK (model IN (${MODELS})),
        status text NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE','UNDER_INVESTIGATION','DISRUPTED','DORMANT','CLOSED')),
        group_based_cse boolean NOT NULL DEFAULT false,
        description text CHECK (length(description) <= 2000),
        created_by_user_id uuid NOT NULL REFERENCES user_account(id),
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX network_district ON network (district_id)`);
    // Partners' submissions and police intelligence. The original text, the source and the grading
    // are police-only (the API resolves them for cleared roles only); partners read sanitised_text
    // where the handling code allows sharing.
    await q.query(`
      CREATE TABLE intelligence (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reference text NOT NULL UNIQUE,
        district_id uuid NOT NULL REFERENCES district(id),
        submitted_by_user_id uuid NOT NULL REFERENCES user_account(id),
        submitted_by_agency_id uuid NOT NULL REFERENCES agency(id),
        what text NOT NULL CHECK (length(what) BETWEEN 1 AND 10000),
        occurred_on date,
        occurred_time text CHECK (length(occurred_time) <= 40),
        place text CHECK (length(place) <= 500),
        who text CHECK (length(who) <= 2000),
        provenance text NOT NULL CHECK (provenance IN ('SEEN_OR_HEARD','TOLD_BY_CHILD','TOLD_BY_ANOTHER','ONLINE','RECORDS')),
        provenance_detail text CHECK (length(provenance_detail) <= 2000),
        status text NOT NULL DEFAULT 'SUBMITTED'
          CHECK (status IN ('SUBMITTED','GRADED','LINKED','TABLED','ACTIONED','NO_FURTHER_ACTION')),
        source_evaluation text CHECK (source_evaluation IN ('RELIABLE','UNTESTED','NOT_RELIABLE')),
        intelligence_assessment text CHECK (intelligence_assessment IN ('A','B','C','D','E')),
        handling_code text CHECK (handling_code IN ('P','C')),
        handling_conditions text CHECK (length(handling_conditions) <= 1000),
        sanitised_text text CHECK (length(sanitised_text) <= 4000),
        graded_by_user_id uuid REFERENCES user_account(id),
        graded_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT intelligence_graded CHECK (
          (status = 'SUBMITTED') = (graded_at IS NULL)
          AND (graded_at IS NULL OR (source_evaluation IS NOT NULL AND intelligence_assessment IS NOT NULL
            AND handling_code IS NOT NULL AND sanitised_text IS NOT NULL AND graded_by_user_id IS NOT NULL))),
        CONSTRAINT intelligence_conditions CHECK (handling_code IS DISTINCT FROM 'C' OR handling_conditions IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX intelligence_district ON intelligence (district_id, status, submitted_at DESC)`);
    await q.query(`CREATE INDEX intelligence_submitter ON intelligence (submitted_by_agency_id, submitted_at DESC)`);
    // The children an intelligence report is about: a partner never sees intelligence about a child it may not see.
    await q.query(`
      CREATE TABLE intelligence_child (
        intelligence_id uuid NOT NULL REFERENCES intelligence(id) ON DELETE CASCADE,
        child_id uuid NOT NULL REFERENCES child(id),
        PRIMARY KEY (intelligence_id, child_id)
      )`);
    await q.query(`CREATE INDEX intelligence_child_child ON intelligence_child (child_id)`);
    await q.query(`
      CREATE TABLE link (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        from_kind text NOT NULL CHECK (from_kind IN (${KINDS})),
        from_id uuid NOT NULL,
        to_kind text NOT NULL CHECK (to_kind IN (${KINDS})),
        to_id uuid NOT NULL,
        relation text NOT NULL CHECK (relation IN ('ASSOCIATE_OF','SUSPECTED_EXPLOITER_OF','FREQUENTS','FOUND_AT',
          'USES_VEHICLE','USES_ACCOUNT','MEMBER_OF')),
        valid_from date,
        valid_to date,
        confidence text NOT NULL CHECK (confidence IN ('CONFIRMED','PROBABLE','POSSIBLE')),
        intelligence_id uuid REFERENCES intelligence(id),
        note text CHECK (length(note) <= 1000),
        created_by_user_id uuid NOT NULL REFERENCES user_account(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT link_not_self CHECK (from_id <> to_id),
        CONSTRAINT link_dates CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from)
      )`);
    await q.query(`CREATE INDEX link_from ON link (from_id, relation)`);
    await q.query(`CREATE INDEX link_to ON link (to_id, relation)`);
    await q.query(`CREATE INDEX link_intelligence ON link (intelligence_id) WHERE intelligence_id IS NOT NULL`);
    // Meetings: CETG items may be about a person, a location or a network.
    await q.query(`ALTER TABLE agenda_item ADD COLUMN person_id uuid REFERENCES person_of_concern(id)`);
    await q.query(`ALTER TABLE agenda_item ADD COLUMN location_id uuid REFERENCES location(id)`);
    await q.query(`ALTER TABLE agenda_item ADD COLUMN network_id uuid REFERENCES network(id)`);
    await q.query(`ALTER TABLE agenda_item ADD COLUMN intelligence_id uuid REFERENCES intelligence(id)`);
    await q.query(`ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_person CHECK (subject_type <> 'PERSON' OR person_id IS NOT NULL)`);
    await q.query(`ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_location CHECK (subject_type <> 'LOCATION' OR location_id IS NOT NULL)`);
    await q.query(`ALTER TABLE agenda_item ADD CONSTRAINT agenda_item_network CHECK (subject_type <> 'NETWORK' OR network_id IS NOT NULL)`);
    await q.query(`ALTER TABLE meeting_type DROP CONSTRAINT meeting_type_agenda_rules_check`);
    await q.query(`ALTER TABLE meeting_type ADD CONSTRAINT meeting_type_agenda_rules_check CHECK (agenda_rules <@ ARRAY[
      'NEW_REFERRAL','REVIEW_DUE','RISK_INCREASED','OVERDUE_ACTIONS','CARRIED_FORWARD','CHAIR_ADDED','NEW_INTELLIGENCE',
      'LINKED_INTELLIGENCE']::text[])`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE meeting_type DROP CONSTRAINT meeting_type_agenda_rules_check`);
    await q.query(`ALTER TABLE meeting_type ADD CONSTRAINT meeting_type_agenda_rules_check CHECK (agenda_rules <@ ARRAY[
      'NEW_REFERRAL','REVIEW_DUE','RISK_INCREASED','OVERDUE_ACTIONS','CARRIED_FORWARD','CHAIR_ADDED']::text[])`);
    await q.query(`ALTER TABLE agenda_item DROP COLUMN intelligence_id, DROP COLUMN network_id, DROP COLUMN location_id,
      DROP COLUMN person_id`);
    await q.query(`DROP TABLE link, intelligence_child, intelligence, network, online_identifier, vehicle, location, person_of_concern`);
  }
}
