/** Demo accounts the API seeds on an empty database outside production (invented people). */
export const SHEFFIELD_CHAIR = { email: 'sheffield.chair@example.org', password: 'mace-demo-2026' };

/** An agency practitioner at Sheffield Children's Social Care. */
export const SHEFFIELD_SOCIAL_WORKER = { email: 'sheffield.socialcare@example.org', password: 'mace-demo-2026' };

/**
 * An agency practitioner at Barnsley's education service: another district from Sheffield. Journeys
 * share one database and a break-glass opening lasts an hour, so no journey opens a record with
 * this account: the referral journey needs it to see existence only.
 */
export const BARNSLEY_EDUCATION = { email: 'barnsley.education@example.org', password: 'mace-demo-2026' };

/** An agency practitioner at Barnsley's health service: the break-glass journey opens a record with it. */
export const BARNSLEY_HEALTH = { email: 'barnsley.health@example.org', password: 'mace-demo-2026' };

/** Asks the API, as the page's signed-in user, who they are: the journeys check the UI against it. */
export async function fetchSignedInUser(page) {
  const response = await page.evaluate(async () => {
    const res = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { displayName roles agency { name } } }' }),
    });
    return res.json();
  });
  if (!response.data) throw new Error(`me failed: ${JSON.stringify(response.errors)}`);
  return response.data.me;
}

/** The partnership's analyst: figures over all four districts, no child records. */
export const ANALYST = { email: 'analyst@example.org', password: 'mace-demo-2026' };

/** The auditor: the audit trail and break-glass openings, no child records. */
export const AUDITOR = { email: 'auditor@example.org', password: 'mace-demo-2026' };

/** An agency practitioner at Sheffield Health Safeguarding Team: the demo gives it open actions and an unread assignment. */
export const SHEFFIELD_HEALTH = { email: 'sheffield.health@example.org', password: 'mace-demo-2026' };

/**
 * The Doncaster chair (Children's Social Care): the live meeting journey runs and closes Doncaster's upcoming MACE,
 * so no other journey uses Doncaster.
 */
export const DONCASTER_CHAIR = { email: 'doncaster.chair@example.org', password: 'mace-demo-2026' };

/** An agency practitioner at Doncaster District Police, a member of the MACE who sees its first items in full. */
export const DONCASTER_POLICE = { email: 'doncaster.police@example.org', password: 'mace-demo-2026' };

/**
 * A school: Rotherham's education service, the lead agency for Kieran Holroyd. Only the intelligence journey
 * uses Rotherham, so it may share, grade and link there without upsetting another journey's picture.
 */
export const ROTHERHAM_EDUCATION = { email: 'rotherham.education@example.org', password: 'mace-demo-2026' };

/** Rotherham's police single point of contact: grades and links Rotherham's intelligence. */
export const ROTHERHAM_SPOC = { email: 'rotherham.spoc@example.org', password: 'mace-demo-2026' };
