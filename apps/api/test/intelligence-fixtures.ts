import { AgencyKind, InvolvementKind, Role } from '@mace/shared-domain';
import { createAgency, createChild, createDistrict, sessionFor, TestApp, TestSession } from '@mace/api-testing';

/** Who reads intelligence, relative to an item of district D submitted by a school S about a child C. */
export const INTEL_CALLERS = [
  'SPOC of the district',
  'SPOC of another district',
  'chair',
  'submitting school',
  'partner with involvement',
  'partner without involvement',
  'partner of another district',
  'analyst',
] as const;
export type IntelCaller = (typeof INTEL_CALLERS)[number];

export interface IntelWorld {
  district: string;
  otherDistrict: string;
  school: string;
  involvedAgency: string;
  /** In D; the school and the involved agency work with it. */
  child: string;
  s: Record<IntelCaller, TestSession>;
}

export async function intelWorld(t: TestApp): Promise<IntelWorld> {
  const district = (await createDistrict(t.dataSource)).id;
  const otherDistrict = (await createDistrict(t.dataSource)).id;
  const school = (await createAgency(t.dataSource, { kind: AgencyKind.EDUCATION, districtId: district })).id;
  const involvedAgency = (await createAgency(t.dataSource, { kind: AgencyKind.CHILDRENS_SOCIAL_CARE, districtId: district })).id;
  const child = (
    await createChild(t.dataSource, {
      districtId: district,
      leadAgencyId: involvedAgency,
      involvements: [{ agencyId: school, kind: InvolvementKind.REFERRER }],
    })
  ).id;
  const d = { districtIds: [district] };
  const s = {} as Record<IntelCaller, TestSession>;
  s['SPOC of the district'] = await sessionFor(t, Role.POLICE_SPOC, { ...d, kind: AgencyKind.POLICE });
  s['SPOC of another district'] = await sessionFor(t, Role.POLICE_SPOC, { districtIds: [otherDistrict], kind: AgencyKind.POLICE });
  s.chair = await sessionFor(t, Role.MACE_CHAIR, d);
  s['submitting school'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: school });
  s['partner with involvement'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, agencyId: involvedAgency });
  s['partner without involvement'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { ...d, kind: AgencyKind.HOUSING });
  s['partner of another district'] = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [otherDistrict], kind: AgencyKind.HEALTH });
  s.analyst = await sessionFor(t, Role.ANALYST, d);
  return { district, otherDistrict, school, involvedAgency, child, s };
}

export async function lastAuditSeq(t: TestApp): Promise<string> {
  const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
  return row.seq;
}

export interface AuditRow {
  operation: string;
  subject_type: string;
  subject_ids: string[];
  justification: string;
  recipients: string[];
  actor_user_id: string;
}

export function auditSince(t: TestApp, seq: string): Promise<AuditRow[]> {
  return t.dataSource.query(
    `SELECT operation, subject_type, subject_ids, justification, recipients, actor_user_id FROM audit_event
     WHERE seq > $1 AND operation NOT IN ('ACCESS_DENIED', 'LOGIN') ORDER BY seq`,
    [seq],
  );
}
