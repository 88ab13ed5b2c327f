import {
  ACTION_CATEGORY_LABELS,
  ACTION_STATUS_LABELS,
  CHILD_STATUS_LABELS,
  ChronologyKind,
  REFERRAL_STATUS_LABELS,
  RISK_LEVEL_LABELS,
} from '@mace/shared-domain';

/**
 * Where a child's timeline comes from: one SELECT per source, all with the same columns
 * (id, child_id, at, kind, summary, detail, by, agency_name), restricted to the children of the
 * batch through `$1` (uuid[]). The loader UNIONs them into one statement, so a later domain adds
 * its events (meetings, actions, missing episodes) by adding an entry here, not a query.
 */
export interface ChronologySource {
  kind: ChronologyKind;
  sql: string;
}

/** A code column shown as its label, written into SQL as a CASE (labels are constants, quoted here). */
function labelOf(column: string, labels: Record<string, string>): string {
  const whens = Object.entries(labels).map(([code, label]) => `WHEN '${code}' THEN ${quote(label)}`);
  return `(CASE ${column} ${whens.join(' ')} ELSE ${column} END)`;
}

function quote(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

// These lookups alias user_account `u` and agency `a`: sources must use other aliases.
const who = (userColumn: string) => `(SELECT u.display_name FROM user_account u WHERE u.id = ${userColumn})`;
const agency = (agencyColumn: string) => `(SELECT a.name FROM agency a WHERE a.id = ${agencyColumn})`;
const agencyOfUser = (userColumn: string) =>
  `(SELECT a.name FROM user_account u JOIN agency a ON a.id = u.agency_id WHERE u.id = ${userColumn})`;

export const CHRONOLOGY_SOURCES: readonly ChronologySource[] = [
  {
    kind: ChronologyKind.REFERRAL,
    sql: `SELECT 'REFERRAL:' || r.id AS id, r.child_id, r.submitted_at AS at, 'REFERRAL' AS kind,
            'Referral submitted' AS summary, NULL::text AS detail,
            ${who('r.referrer_user_id')} AS by, ${agency('r.referrer_agency_id')} AS agency_name
          FROM referral r WHERE r.child_id = ANY($1)`,
  },
  {
    kind: ChronologyKind.TRIAGE,
    sql: `SELECT 'TRIAGE:' || r.id, r.child_id, r.decided_at, 'TRIAGE',
            'Triage decision: ' || ${labelOf('r.status', REFERRAL_STATUS_LABELS)}, r.decision_rationale,
            ${who('r.decided_by_user_id')}, ${agencyOfUser('r.decided_by_user_id')}
          FROM referral r WHERE r.child_id = ANY($1) AND r.decided_at IS NOT NULL`,
  },
  {
    kind: ChronologyKind.RISK,
    sql: `SELECT 'RISK:' || k.id, k.child_id, k.set_at, 'RISK',
            'Risk level: ' || ${labelOf('k.level', RISK_LEVEL_LABELS)}, k.rationale,
            ${who('k.set_by_user_id')}, ${agency('k.set_by_agency_id')}
          FROM child_risk k WHERE k.child_id = ANY($1)`,
  },
  {
    kind: ChronologyKind.STATUS,
    sql: `SELECT 'STATUS:' || s.id, s.child_id, s.changed_at, 'STATUS',
            'Status: ' || ${labelOf('s.status', CHILD_STATUS_LABELS)}, s.reason,
            ${who('s.changed_by_user_id')}, ${agency('s.changed_by_agency_id')}
          FROM child_status_change s WHERE s.child_id = ANY($1)`,
  },
  {
    kind: ChronologyKind.FLAG_SET,
    sql: `SELECT 'FLAG_SET:' || f.id, f.child_id, f.set_at, 'FLAG_SET',
            'Flag set: ' || f.label, f.reason,
            ${who('f.set_by_user_id')}, ${agency('f.set_by_agency_id')}
          FROM child_flag f WHERE f.child_id = ANY($1)`,
  },
  {
    kind: ChronologyKind.FLAG_REMOVED,
    sql: `SELECT 'FLAG_REMOVED:' || f.id, f.child_id, f.removed_at, 'FLAG_REMOVED',
            'Flag removed: ' || f.label, f.removal_reason,
            ${who('f.removed_by_user_id')}, ${agencyOfUser('f.removed_by_user_id')}
          FROM child_flag f WHERE f.child_id = ANY($1) AND f.removed_at IS NOT NULL`,
  },
  {
    kind: ChronologyKind.ACCESS_GRANTED,
    sql: `SELECT 'ACCESS_GRANTED:' || i.child_id || ':' || i.agency_id, i.child_id, i.created_at, 'ACCESS_GRANTED',
            'Access given to ' || ${agency('i.agency_id')}, i.reason,
            ${who('i.granted_by_user_id')}, ${agencyOfUser('i.granted_by_user_id')}
          FROM child_involvement i WHERE i.child_id = ANY($1) AND i.kind = 'GRANTED'`,
  },
  {
    kind: ChronologyKind.ACTION_SET,
    sql: `SELECT 'ACTION_SET:' || act.id, act.child_id, act.created_at, 'ACTION_SET',
            'Action set: ' || ${labelOf('act.category', ACTION_CATEGORY_LABELS)}, act.description,
            ${who('act.raised_by_user_id')}, ${agency('act.raised_by_agency_id')}
          FROM action act WHERE act.child_id = ANY($1)`,
  },
  {
    // Every entry after the first (which only says the action was set).
    kind: ChronologyKind.ACTION_UPDATED,
    sql: `SELECT 'ACTION_UPDATED:' || au.id, act.child_id, au.created_at, 'ACTION_UPDATED',
            'Action: ' || ${labelOf('au.to_status', ACTION_STATUS_LABELS)}, au.note,
            ${who('au.user_id')}, ${agency('au.agency_id')}
          FROM action_update au JOIN action act ON act.id = au.action_id
          WHERE act.child_id = ANY($1) AND au.from_status IS NOT NULL`,
  },
];

/** Every source as one statement, newest first per child. */
export function chronologySql(sources: readonly ChronologySource[] = CHRONOLOGY_SOURCES): string {
  return `SELECT * FROM (${sources.map((source) => `(${source.sql})`).join('\nUNION ALL\n')}) entries
          ORDER BY child_id, at DESC, id`;
}
