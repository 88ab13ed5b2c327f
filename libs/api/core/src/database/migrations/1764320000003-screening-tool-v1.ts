import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Version 1 of the exploitation screening tool, as data. The shape is the children library's
 * ScreeningToolDefinition; it is written out here because core must not depend on feature
 * libraries, and because a published version must never change once referrals point at it
 * (a new wording or weighting is a new version, in a new migration).
 *
 * Weights: 3 for a direct indicator of exploitation, 2 for a strong one, 1 for context. A "yes" in
 * the last six months counts double. A recent "yes" to a critical indicator suggests high risk on
 * its own, whatever the total.
 */
const DEFINITION = {
  recentMultiplier: 2,
  earlierMultiplier: 1,
  thresholds: { low: 2, medium: 8, high: 16 },
  questions: [
    {
      key: 'missing_episodes',
      section: 'Missing and going out',
      text: 'Has gone missing from home or care, or come back late with no explanation',
      weight: 2,
    },
    {
      key: 'unexplained_travel',
      section: 'Missing and going out',
      text: 'Has been found in, or talks about, places far from home with no clear reason to be there',
      hint: 'For example another town, or addresses the family does not know',
      weight: 2,
    },
    {
      key: 'exploitation_associates',
      section: 'Relationships and associates',
      text: 'Has been found in a location, or with adults, linked to exploitation',
      weight: 3,
      critical: true,
    },
    {
      key: 'older_associates',
      section: 'Relationships and associates',
      text: 'Has relationships with older people, or with people the family does not know',
      weight: 2,
    },
    {
      key: 'exploited_peers',
      section: 'Relationships and associates',
      text: 'Spends time with young people known to be exploited or involved in offending',
      weight: 1,
    },
    {
      key: 'online_unknown_adults',
      section: 'Online',
      text: 'Is in contact online with adults they have not met, or uses several phones or accounts',
      weight: 2,
    },
    {
      key: 'sexual_images',
      section: 'Online',
      text: 'Has been asked for, or has shared, sexual images of themselves',
      weight: 2,
    },
    {
      key: 'unexplained_money_gifts',
      section: 'Money, gifts and substances',
      text: 'Has money, clothes, phones or other items that cannot be explained',
      weight: 2,
    },
    {
      key: 'substances',
      section: 'Money, gifts and substances',
      text: 'Uses drugs or alcohol, or has been given them by others',
      weight: 1,
    },
    {
      key: 'sexual_activity_with_adult',
      section: 'Sexual health',
      text: 'Is in, or is suspected to be in, sexual activity with an adult',
      weight: 3,
      critical: true,
    },
    {
      key: 'sexual_health_concerns',
      section: 'Sexual health',
      text: 'Has repeated sexual health concerns, a pregnancy or a termination',
      weight: 2,
    },
    {
      key: 'education_disengagement',
      section: 'Education',
      text: 'Is missing education, has been excluded, or attendance has dropped sharply',
      weight: 1,
    },
    {
      key: 'drug_running',
      section: 'Offending and county lines',
      text: 'Has been involved in drug running, or found with drugs or large sums of money',
      weight: 3,
      critical: true,
    },
    {
      key: 'offending_weapons',
      section: 'Offending and county lines',
      text: 'Has been arrested or involved in offending, or found carrying a weapon',
      weight: 2,
    },
    {
      key: 'fear_threats_debt',
      section: 'Emotional wellbeing',
      text: 'Seems frightened of others, or has been threatened or told they owe a debt',
      weight: 2,
    },
    {
      key: 'self_harm_mood',
      section: 'Emotional wellbeing',
      text: 'Self-harms, has withdrawn, or has shown marked changes in mood or behaviour',
      weight: 1,
    },
  ],
};

export class ScreeningToolV11764320000003 implements MigrationInterface {
  name = 'ScreeningToolV11764320000003';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO screening_tool (version, name, definition) VALUES (1, $1, $2::jsonb)`, [
      'MACE exploitation screening tool',
      JSON.stringify(DEFINITION),
    ]);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM screening_tool WHERE version = 1`);
  }
}
