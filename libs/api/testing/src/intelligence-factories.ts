import { randomBytes } from 'node:crypto';
import {
  EntityKind,
  HandlingCode,
  IdentifierKind,
  IntelligenceAssessment,
  IntelligenceProvenance,
  IntelligenceStatus,
  LinkConfidence,
  LinkRelation,
  LocationType,
  MakesafeStatus,
  NetworkStatus,
  OffendingModel,
  Platform,
  SourceEvaluation,
} from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { uniqueSuffix } from './factories';

/**
 * Intelligence fixtures inserted directly (no access check, no audit): the starting state of a
 * test. Each returns the new row's id. `createdBy` / `submittedBy` is a user id (any user).
 */

export async function createPerson(
  dataSource: DataSource,
  options: { districtId: string; createdBy: string; givenName?: string; familyName?: string; aliases?: string[]; ocgNominal?: boolean },
): Promise<string> {
  return insert(
    dataSource,
    `INSERT INTO person_of_concern (district_id, given_name, family_name, aliases, ocg_nominal, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [options.districtId, options.givenName ?? 'Invented', options.familyName ?? `Person-${uniqueSuffix()}`, options.aliases ?? [], options.ocgNominal ?? false, options.createdBy],
  );
}

export async function createLocation(
  dataSource: DataSource,
  options: { districtId: string; createdBy: string; type?: LocationType; name?: string; postcode?: string | null; makesafeStatus?: MakesafeStatus | null },
): Promise<string> {
  const postcode = options.postcode ?? null;
  return insert(
    dataSource,
    `INSERT INTO location (district_id, type, name, postcode, postcode_normalised, makesafe_status, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [
      options.districtId,
      options.type ?? LocationType.HOTEL,
      options.name ?? `Invented Hotel ${uniqueSuffix()}`,
      postcode,
      postcode ? postcode.toUpperCase().replace(/\s+/g, '') : null,
      options.makesafeStatus ?? null,
      options.createdBy,
    ],
  );
}

/** A vehicle with an invented unique registration unless one is given (upper case, letters and digits). */
export async function createVehicle(dataSource: DataSource, options: { createdBy: string; registration?: string }): Promise<string> {
  const registration = options.registration ?? `ZZ${randomBytes(4).toString('hex').toUpperCase()}`;
  return insert(
    dataSource,
    `INSERT INTO vehicle (registration, registration_normalised, created_by_user_id) VALUES ($1, $2, $3) RETURNING id`,
    [registration, registration.toUpperCase().replace(/[^A-Z0-9]/g, ''), options.createdBy],
  );
}

/** A handle (by default) with an invented unique value; `value` is stored as its own normal form. */
export async function createIdentifier(
  dataSource: DataSource,
  options: { createdBy: string; kind?: IdentifierKind; platform?: Platform | null; value?: string },
): Promise<string> {
  const kind = options.kind ?? IdentifierKind.HANDLE;
  const platform = kind === IdentifierKind.HANDLE ? (options.platform ?? Platform.SNAPCHAT) : null;
  const value = options.value ?? `invented_${uniqueSuffix()}`;
  return insert(
    dataSource,
    `INSERT INTO online_identifier (kind, platform, value, value_normalised, created_by_user_id) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [kind, platform, value, value, options.createdBy],
  );
}

export async function createNetwork(
  dataSource: DataSource,
  options: { districtId: string; createdBy: string; name?: string; model?: OffendingModel; groupBasedCse?: boolean; status?: NetworkStatus },
): Promise<string> {
  return insert(
    dataSource,
    `INSERT INTO network (district_id, name, model, status, group_based_cse, created_by_user_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
    [
      options.districtId,
      options.name ?? `Invented Network ${uniqueSuffix()}`,
      options.model ?? OffendingModel.ORGANISED_NETWORK,
      options.status ?? NetworkStatus.ACTIVE,
      options.groupBasedCse ?? false,
      options.createdBy,
    ],
  );
}

export async function createLink(
  dataSource: DataSource,
  options: {
    from: { kind: EntityKind; id: string };
    to: { kind: EntityKind; id: string };
    createdBy: string;
    relation?: LinkRelation;
    confidence?: LinkConfidence;
    validFrom?: string | null;
    validTo?: string | null;
    intelligenceId?: string | null;
  },
): Promise<string> {
  return insert(
    dataSource,
    `INSERT INTO link (from_kind, from_id, to_kind, to_id, relation, confidence, valid_from, valid_to, intelligence_id, created_by_user_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      options.from.kind,
      options.from.id,
      options.to.kind,
      options.to.id,
      options.relation ?? LinkRelation.ASSOCIATE_OF,
      options.confidence ?? LinkConfidence.PROBABLE,
      options.validFrom ?? null,
      options.validTo ?? null,
      options.intelligenceId ?? null,
      options.createdBy,
    ],
  );
}

export interface CreateIntelligenceOptions {
  districtId: string;
  submittedBy: string;
  submittedByAgencyId: string;
  childIds?: string[];
  what?: string;
  /** SUBMITTED by default; any later status is graded (by `gradedBy`, the submitter unless given). */
  status?: IntelligenceStatus;
  handlingCode?: HandlingCode;
  handlingConditions?: string | null;
  sanitisedText?: string;
  gradedBy?: string;
  /** Defaults to now. */
  submittedAt?: Date;
  gradedAt?: Date;
}

/** An intelligence item with its children; graded (3x5x2: reliable, B, P unless told) for any status but SUBMITTED. */
export async function createIntelligence(dataSource: DataSource, options: CreateIntelligenceOptions): Promise<string> {
  const status = options.status ?? IntelligenceStatus.SUBMITTED;
  const graded = status !== IntelligenceStatus.SUBMITTED;
  const code = options.handlingCode ?? HandlingCode.P;
  const id = await insert(
    dataSource,
    `INSERT INTO intelligence (reference, district_id, submitted_by_user_id, submitted_by_agency_id, what, place, who, provenance,
       provenance_detail, status, source_evaluation, intelligence_assessment, handling_code, handling_conditions, sanitised_text,
       graded_by_user_id, graded_at, submitted_at)
     VALUES ($1, $2, $3, $4, $5, 'Invented place', 'Invented person', $6, 'Invented detail', $7, $8, $9, $10, $11, $12, $13, $14, $15)
     RETURNING id`,
    [
      `INT-TEST-${randomBytes(5).toString('hex')}`,
      options.districtId,
      options.submittedBy,
      options.submittedByAgencyId,
      options.what ?? 'Invented original text',
      IntelligenceProvenance.SEEN_OR_HEARD,
      status,
      graded ? SourceEvaluation.RELIABLE : null,
      graded ? IntelligenceAssessment.B : null,
      graded ? code : null,
      graded && code === HandlingCode.C ? (options.handlingConditions ?? 'Invented conditions') : null,
      graded ? (options.sanitisedText ?? 'Invented sanitised text') : null,
      graded ? (options.gradedBy ?? options.submittedBy) : null,
      graded ? (options.gradedAt ?? new Date()) : null,
      options.submittedAt ?? new Date(),
    ],
  );
  for (const childId of options.childIds ?? []) {
    await dataSource.query(`INSERT INTO intelligence_child (intelligence_id, child_id) VALUES ($1, $2)`, [id, childId]);
  }
  return id;
}

async function insert(dataSource: DataSource, sql: string, params: unknown[]): Promise<string> {
  const [{ id }]: { id: string }[] = await dataSource.query(sql, params);
  return id;
}
