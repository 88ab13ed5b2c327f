import { MigrationInterface, QueryRunner } from 'typeorm';

const BEFORE = `'ACTION_ASSIGNED','ACTION_OVERDUE','ACTION_ESCALATED','REFERRAL_DECIDED','AGENDA_LOCKED'`;

/** The district's SPOCs hear when intelligence arrives for grading. */
export class IntelligenceSubmittedNotification1764320000007 implements MigrationInterface {
  name = 'IntelligenceSubmittedNotification1764320000007';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${BEFORE},'INTELLIGENCE_SUBMITTED'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'INTELLIGENCE_SUBMITTED'`);
    await q.query(`ALTER TABLE notification DROP CONSTRAINT notification_kind_check`);
    await q.query(`ALTER TABLE notification ADD CONSTRAINT notification_kind_check CHECK (kind IN (${BEFORE}))`);
  }
}
