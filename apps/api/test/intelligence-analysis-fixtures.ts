import { randomUUID } from 'node:crypto';
import { AgencyKind, EntityKind, LinkRelation, Role } from '@mace/shared-domain';
import { createAgency, createDistrict, sessionFor, TestApp, TestSession, uniqueSuffix } from '@mace/api-testing';
import { DataSource } from 'typeorm';

/*
 * Direct inserts of the intelligence records the analysis tests start from (the RECORDS part owns
 * the API and the shared factories; these stay local to the analysis tests). Invented data only.
 */

export const ANALYSIS_CALLERS = [
  'SPOC of the district',
  'SPOC of another district',
  'chair of the district',
  'practitioner',
  'analyst',
] as const;
export type AnalysisCaller = (typeof ANALYSIS_CALLERS)[number];

export interface AnalysisWorld {
  district: string;
  otherDistrict: string;
  agency: string;
  s: Record<AnalysisCaller, TestSession>;
  /** The SPOC of the district: the creator of the fixture records. */
  spoc: TestSession;
}

export async function analysisWorld(t: TestApp): Promise<AnalysisWorld> {
  const district = (await createDistrict(t.dataSource)).id;
  const otherDistrict = (await createDistrict(t.dataSource)).id;
  const agency = (await createAgency(t.dataSource, { kind: AgencyKind.CHILDRENS_SOCIAL_CARE, districtId: district })).id;
  const s = {} as Record<AnalysisCaller, TestSession>;
  s['SPOC of the district'] = await sessionFor(t, Role.POLICE_SPOC, { districtIds: [district], kind: AgencyKind.POLICE });
  s['SPOC of another district'] = await sessionFor(t, Role.POLICE_SPOC, { districtIds: [otherDistrict], kind: AgencyKind.POLICE });
  s['chair of the district'] = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [district] });
  s.practitioner = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [district], agencyId: agency });
  s.analyst = await sessionFor(t, Role.ANALYST, { districtIds: [district] });
  return { district, otherDistrict, agency, s, spoc: s['SPOC of the district'] };
}

async function insert(ds: DataSource, sql: string, values: unknown[]): Promise<string> {
  const [row]: { id: string }[] = await ds.query(sql, values);
  return row.id;
}

export function insertPerson(ds: DataSource, by: TestSession, o: { districtId: string; givenName?: string; familyName?: string; aliases?: string[] }): Promise<string> {
  return insert(
    ds,
    `INSERT INTO person_of_concern (district_id, given_name, family_name, aliases, created_by_user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [o.districtId, o.givenName ?? 'Invented', o.familyName ?? `Person-${uniqueSuffix()}`, o.aliases ?? [], by.id],
  );
}

export function insertLocation(
  ds: DataSource,
  by: TestSession,
  o: { districtId: string; name?: string; type?: string; postcode?: string | null },
): Promise<string> {
  const postcode = o.postcode ?? null;
  return insert(
    ds,
    `INSERT INTO location (district_id, type, name, postcode, postcode_normalised, created_by_user_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [o.districtId, o.type ?? 'HOTEL', o.name ?? `Invented Hotel ${uniqueSuffix()}`, postcode, postcode ? postcode.toUpperCase().replace(/\s+/g, '') : null, by.id],
  );
}

export function insertVehicle(ds: DataSource, by: TestSession, o: { registration: string; make?: string; model?: string; colour?: string }): Promise<string> {
  return insert(
    ds,
    `INSERT INTO vehicle (registration, registration_normalised, make, model, colour, created_by_user_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [o.registration, o.registration.toUpperCase().replace(/[^A-Z0-9]/g, ''), o.make ?? null, o.model ?? null, o.colour ?? null, by.id],
  );
}

export function insertIdentifier(ds: DataSource, by: TestSession, o: { kind: 'PHONE' | 'EMAIL' | 'HANDLE'; value: string; normalised: string; platform?: string }): Promise<string> {
  return insert(
    ds,
    `INSERT INTO online_identifier (kind, platform, value, value_normalised, created_by_user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [o.kind, o.platform ?? (o.kind === 'HANDLE' ? 'SNAPCHAT' : null), o.value, o.normalised, by.id],
  );
}

export function insertNetwork(ds: DataSource, by: TestSession, o: { districtId: string; name?: string; groupBasedCse?: boolean }): Promise<string> {
  return insert(
    ds,
    `INSERT INTO network (district_id, name, model, group_based_cse, created_by_user_id) VALUES ($1, $2, 'ORGANISED_NETWORK', $3, $4) RETURNING id`,
    [o.districtId, o.name ?? `Invented network ${uniqueSuffix()}`, o.groupBasedCse ?? false, by.id],
  );
}

export interface Ref {
  kind: EntityKind;
  id: string;
}

export function insertLink(
  ds: DataSource,
  by: TestSession,
  from: Ref,
  to: Ref,
  o: { relation?: LinkRelation; validFrom?: string; validTo?: string; intelligenceId?: string } = {},
): Promise<string> {
  return insert(
    ds,
    `INSERT INTO link (from_kind, from_id, to_kind, to_id, relation, valid_from, valid_to, confidence, intelligence_id, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'PROBABLE', $8, $9) RETURNING id`,
    [from.kind, from.id, to.kind, to.id, o.relation ?? LinkRelation.ASSOCIATE_OF, o.validFrom ?? null, o.validTo ?? null, o.intelligenceId ?? null, by.id],
  );
}

/** Intelligence, graded at `gradedAt` when given (else SUBMITTED), about `childIds`. */
export async function insertIntelligence(
  ds: DataSource,
  by: TestSession,
  o: { districtId: string; submittedAt?: Date; gradedAt?: Date | null; status?: string; childIds?: string[] },
): Promise<{ id: string; reference: string }> {
  const reference = `INT-2026-${randomUUID().slice(0, 8)}`;
  const graded = o.gradedAt ?? null;
  const id = await insert(
    ds,
    `INSERT INTO intelligence (reference, district_id, submitted_by_user_id, submitted_by_agency_id, what, provenance, status,
       source_evaluation, intelligence_assessment, handling_code, sanitised_text, graded_by_user_id, graded_at, submitted_at)
     VALUES ($1, $2, $3, $4, 'Invented report', 'SEEN_OR_HEARD', $5, $6, $7, $8, $9, $10, $11, coalesce($12, now())) RETURNING id`,
    [
      reference,
      o.districtId,
      by.id,
      by.agencyId,
      o.status ?? (graded ? 'GRADED' : 'SUBMITTED'),
      graded ? 'RELIABLE' : null,
      graded ? 'B' : null,
      graded ? 'P' : null,
      graded ? 'Invented sanitised text' : null,
      graded ? by.id : null,
      graded,
      o.submittedAt ?? null,
    ],
  );
  for (const childId of o.childIds ?? []) {
    await ds.query(`INSERT INTO intelligence_child (intelligence_id, child_id) VALUES ($1, $2)`, [id, childId]);
  }
  return { id, reference };
}

export const child = (id: string): Ref => ({ kind: EntityKind.CHILD, id });
export const person = (id: string): Ref => ({ kind: EntityKind.PERSON, id });
export const location = (id: string): Ref => ({ kind: EntityKind.LOCATION, id });
export const vehicle = (id: string): Ref => ({ kind: EntityKind.VEHICLE, id });
export const identifier = (id: string): Ref => ({ kind: EntityKind.IDENTIFIER, id });
export const network = (id: string): Ref => ({ kind: EntityKind.NETWORK, id });
