import { AgencyKind, InvolvementKind, Role } from '@mace/shared-domain';
import { createAgency, createChild, createDistrict, sessionFor, TestApp, TestSession } from '@mace/api-testing';

/** Who is asking, relative to the children made by `child()`: the rows of every access table. */
export type Who =
  | 'chair of the district'
  | 'SPOC of the district'
  | 'practitioner of the referring agency'
  | 'practitioner of the lead agency'
  | 'practitioner of an agency given access'
  | 'practitioner of an uninvolved agency in the district'
  | 'practitioner in another district'
  | 'chair of another district'
  | 'analyst of the district'
  | 'auditor'
  | 'admin';

export const EVERYONE: Who[] = [
  'chair of the district',
  'SPOC of the district',
  'practitioner of the referring agency',
  'practitioner of the lead agency',
  'practitioner of an agency given access',
  'practitioner of an uninvolved agency in the district',
  'practitioner in another district',
  'chair of another district',
  'analyst of the district',
  'auditor',
  'admin',
];

export interface World {
  districtId: string;
  otherDistrictId: string;
  referrerAgencyId: string;
  leadAgencyId: string;
  grantedAgencyId: string;
  uninvolvedAgencyId: string;
  sessions: Record<Who, TestSession>;
  /** A new child of the district, referred, led and shared with the agencies above. */
  child(options?: Partial<Parameters<typeof createChild>[1]>): ReturnType<typeof createChild>;
}

/** Two districts, the agencies and one signed-in user per row of the access tables. */
export async function buildWorld(t: TestApp): Promise<World> {
  const ds = t.dataSource;
  const districtId = (await createDistrict(ds)).id;
  const otherDistrictId = (await createDistrict(ds)).id;
  const agency = async (kind: AgencyKind, inDistrict = districtId) => (await createAgency(ds, { kind, districtId: inDistrict })).id;
  const referrerAgencyId = await agency(AgencyKind.EDUCATION);
  const leadAgencyId = await agency(AgencyKind.CHILDRENS_SOCIAL_CARE);
  const grantedAgencyId = await agency(AgencyKind.HEALTH);
  const uninvolvedAgencyId = await agency(AgencyKind.HOUSING);
  const d = { districtIds: [districtId] };
  const sessions: Record<Who, TestSession> = {
    'chair of the district': await sessionFor(t, Role.MACE_CHAIR, d),
    'SPOC of the district': await sessionFor(t, Role.POLICE_SPOC, { ...d, kind: AgencyKind.POLICE }),
    'practitioner of the referring agency': await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: referrerAgencyId }),
    'practitioner of the lead agency': await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: leadAgencyId }),
    'practitioner of an agency given access': await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: grantedAgencyId }),
    'practitioner of an uninvolved agency in the district': await sessionFor(t, Role.AGENCY_PRACTITIONER, {
      ...d,
      agencyId: uninvolvedAgencyId,
    }),
    'practitioner in another district': await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [otherDistrictId] }),
    'chair of another district': await sessionFor(t, Role.MACE_CHAIR, { districtIds: [otherDistrictId] }),
    'analyst of the district': await sessionFor(t, Role.ANALYST, d),
    auditor: await sessionFor(t, Role.AUDITOR),
    admin: await sessionFor(t, Role.ADMIN),
  };
  return {
    districtId,
    otherDistrictId,
    referrerAgencyId,
    leadAgencyId,
    grantedAgencyId,
    uninvolvedAgencyId,
    sessions,
    child: (options = {}) =>
      createChild(ds, {
        districtId,
        leadAgencyId,
        involvements: [
          { agencyId: referrerAgencyId, kind: InvolvementKind.REFERRER },
          { agencyId: grantedAgencyId, kind: InvolvementKind.GRANTED },
        ],
        ...options,
      }),
  };
}

export interface AuditRow {
  operation: string;
  actor_user_id: string | null;
  subject_type: string;
  subject_ids: string[];
  justification: string | null;
  recipients: string[];
}

export async function lastAuditSeq(t: TestApp): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
  return row.seq;
}

export function auditSince(t: TestApp, seq: string): Promise<AuditRow[]> {
  return t.dataSource.query(
    `SELECT operation, actor_user_id, subject_type, subject_ids, justification, recipients FROM audit_event WHERE seq > $1 ORDER BY seq`,
    [seq],
  );
}

/** Row count and a digest of every child table, to prove a refused call wrote nothing. */
export async function childTables(t: TestApp): Promise<Record<string, { n: number; digest: string }>> {
  const out: Record<string, { n: number; digest: string }> = {};
  for (const table of ['child', 'child_alias', 'child_risk', 'child_status_change', 'child_flag', 'child_involvement', 'break_glass_access']) {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
    );
    out[table] = row;
  }
  return out;
}
