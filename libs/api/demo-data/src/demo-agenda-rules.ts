import { AgendaRule, RiskLevel } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { shortDate } from './demo-meeting-schedule';

export interface DemoAgendaCandidate {
  childId: string;
  familyName: string;
  riskLevel: RiskLevel;
  leadAgencyId: string | null;
  reasons: { rule: AgendaRule; detail: string }[];
  /** The item of the previous meeting this one carries forward. */
  carriedFromItemId: string | null;
}

interface CandidateRow {
  id: string;
  family_name: string;
  risk_level: RiskLevel;
  lead_agency_id: string | null;
  next_review_on: string | null;
  accepted_on: string | null;
  referrer: string | null;
  raised: { from: RiskLevel; to: RiskLevel; on: string; agency: string | null } | null;
  overdue: number;
  oldest_due: string | null;
  carried_from: string | null;
  not_reached_on: string | null;
}

const RANK = `ARRAY['NONE','LOW','MEDIUM','HIGH']`;

/**
 * The agenda the weekly MACE rules give for a meeting, read from what is in the database: the
 * district's children open to MACE, with a reason for each rule they meet. The rules, as the
 * demo applies them ("since" is the start of the previous meeting of the type):
 * - NEW_REFERRAL: the child's referral was accepted since;
 * - REVIEW_DUE: the child's next review date is on or before the meeting date;
 * - RISK_INCREASED: a risk entry since raised the level above the entry before it;
 * - OVERDUE_ACTIONS: an open or in-progress action was due before today;
 * - CARRIED_FORWARD: the previous meeting left the child's item not reached.
 * Details carry no personal data (agency names and dates only).
 */
export async function demoAgendaByRules(
  manager: EntityManager,
  meeting: { districtId: string; meetingTypeId: string; date: string; startsAt: Date; today: string },
): Promise<DemoAgendaCandidate[]> {
  const [previous]: { id: string; starts_at: Date }[] = await manager.query(
    `SELECT id, starts_at FROM meeting WHERE meeting_type_id = $1 AND status <> 'CANCELLED' AND starts_at < $2
     ORDER BY starts_at DESC LIMIT 1`,
    [meeting.meetingTypeId, meeting.startsAt],
  );
  const since = previous?.starts_at ?? new Date(0);
  const rows: CandidateRow[] = await manager.query(
    `SELECT c.id, c.family_name, c.risk_level, c.lead_agency_id, c.next_review_on::text AS next_review_on,
            acc.accepted_on, acc.referrer, up.raised,
            coalesce(od.overdue, 0)::int AS overdue, od.oldest_due::text AS oldest_due,
            nr.id AS carried_from, nr.not_reached_on
     FROM child c
     LEFT JOIN LATERAL (
       SELECT (r.decided_at AT TIME ZONE 'Europe/London')::date::text AS accepted_on, a.name AS referrer
       FROM referral r JOIN agency a ON a.id = r.referrer_agency_id
       WHERE r.child_id = c.id AND r.status = 'ACCEPTED' AND r.decided_at > $2
       ORDER BY r.decided_at DESC LIMIT 1) acc ON true
     LEFT JOIN LATERAL (
       SELECT json_build_object('from', p.level, 'to', r.level, 'on', (r.set_at AT TIME ZONE 'Europe/London')::date::text,
                                'agency', a.name) AS raised
       FROM child_risk r
       JOIN LATERAL (SELECT p.level FROM child_risk p WHERE p.child_id = r.child_id AND p.set_at < r.set_at
                     ORDER BY p.set_at DESC LIMIT 1) p ON true
       LEFT JOIN agency a ON a.id = r.set_by_agency_id
       WHERE r.child_id = c.id AND r.set_at > $2 AND array_position(${RANK}, r.level) > array_position(${RANK}, p.level)
       ORDER BY r.set_at DESC LIMIT 1) up ON true
     LEFT JOIN LATERAL (
       SELECT count(*) AS overdue, min(a.due_on) AS oldest_due FROM action a
       WHERE a.child_id = c.id AND a.status IN ('OPEN','IN_PROGRESS') AND a.due_on < $3::date) od ON true
     LEFT JOIN LATERAL (
       SELECT i.id, (m.starts_at AT TIME ZONE 'Europe/London')::date::text AS not_reached_on
       FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
       WHERE i.meeting_id = $4::uuid AND i.child_id = c.id AND i.status = 'NOT_REACHED') nr ON true
     WHERE c.district_id = $1 AND c.status = 'OPEN'
     ORDER BY c.family_name, c.given_name`,
    [meeting.districtId, since, meeting.today, previous?.id ?? null],
  );
  const candidates: DemoAgendaCandidate[] = [];
  for (const row of rows) {
    const reasons: DemoAgendaCandidate['reasons'] = [];
    if (row.carried_from) reasons.push({ rule: AgendaRule.CARRIED_FORWARD, detail: `Not reached on ${shortDate(row.not_reached_on!)}` });
    if (row.raised) {
      reasons.push({
        rule: AgendaRule.RISK_INCREASED,
        detail: `${cap(row.raised.from)} to ${row.raised.to.toLowerCase()} on ${shortDate(row.raised.on)}${row.raised.agency ? ` (${row.raised.agency})` : ''}`,
      });
    }
    if (row.accepted_on) reasons.push({ rule: AgendaRule.NEW_REFERRAL, detail: `Referral from ${row.referrer} accepted on ${shortDate(row.accepted_on)}` });
    if (row.next_review_on && row.next_review_on <= meeting.date) {
      reasons.push({ rule: AgendaRule.REVIEW_DUE, detail: `${cap(row.risk_level)} risk: review due on ${shortDate(row.next_review_on)}` });
    }
    if (row.overdue > 0) {
      reasons.push({
        rule: AgendaRule.OVERDUE_ACTIONS,
        detail: `${row.overdue} overdue action${row.overdue === 1 ? '' : 's'}, the oldest due on ${shortDate(row.oldest_due!)}`,
      });
    }
    if (reasons.length === 0) continue;
    candidates.push({
      childId: row.id,
      familyName: row.family_name,
      riskLevel: row.risk_level,
      leadAgencyId: row.lead_agency_id,
      reasons,
      carriedFromItemId: row.carried_from,
    });
  }
  // Carried items first (they waited a week), then the highest risk, then by name.
  const rank = (level: RiskLevel) => [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH].indexOf(level);
  return candidates.sort(
    (a, b) =>
      Number(b.carriedFromItemId !== null) - Number(a.carriedFromItemId !== null) ||
      rank(b.riskLevel) - rank(a.riskLevel) ||
      a.familyName.localeCompare(b.familyName),
  );
}

function cap(level: string): string {
  return level.charAt(0) + level.slice(1).toLowerCase();
}
