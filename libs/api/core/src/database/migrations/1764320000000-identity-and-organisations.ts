import { MigrationInterface, QueryRunner } from 'typeorm';

/** Districts, agencies, users, server-side sessions and sign-in attempts. */
export class IdentityAndOrganisations1764320000000 implements MigrationInterface {
  name = 'IdentityAndOrganisations1764320000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE district (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT district_name_unique UNIQUE (name)
      )`);
    await q.query(`
      CREATE TABLE agency (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('POLICE','CHILDRENS_SOCIAL_CARE','EDUCATION','HEALTH','YOUTH_JUSTICE',
          'PROBATION','HOUSING','LICENSING','CHARITY','OTHER')),
        district_id uuid REFERENCES district(id),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX agency_name_unique ON agency (lower(name))`);
    await q.query(`
      CREATE TABLE user_account (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text,
        agency_id uuid NOT NULL REFERENCES agency(id),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0),
        active boolean NOT NULL DEFAULT true,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX user_account_email_unique ON user_account (lower(email))`);
    await q.query(`CREATE INDEX user_account_agency ON user_account (agency_id)`);
    await q.query(`
      CREATE TABLE user_district (
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        district_id uuid NOT NULL REFERENCES district(id),
        PRIMARY KEY (user_id, district_id)
      )`);
    await q.query(`CREATE INDEX user_district_district ON user_district (district_id)`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES user_account(id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_seen_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT user_session_token_unique UNIQUE (token_hash)
      )`);
    await q.query(`CREATE INDEX user_session_user ON user_session (user_id) WHERE revoked_at IS NULL`);
    // Keys are SHA-256 digests of the e-mail and address, so the table holds no readable personal data.
    await q.query(`
      CREATE TABLE login_attempt (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        account_key text NOT NULL,
        address_key text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_attempt_account ON login_attempt (account_key, attempted_at)`);
    await q.query(`CREATE INDEX login_attempt_address ON login_attempt (address_key, attempted_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_attempt, user_session, user_district, user_account, agency, district`);
  }
}
