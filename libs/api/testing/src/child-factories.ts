import { ChildEntity, shiftYears, todayInLondon } from '@mace/api-children';
import { ChildStatus, InvolvementKind, RiskLevel } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { uniqueSuffix } from './factories';

export interface CreateChildOptions {
  districtId: string;
  givenName?: string;
  familyName?: string;
  /** yyyy-mm-dd; by default a fourteen-year-old. */
  dateOfBirth?: string;
  aliases?: string[];
  riskLevel?: RiskLevel;
  /** yyyy-mm-dd; stored with the risk level. */
  nextReviewOn?: string | null;
  status?: ChildStatus;
  restricted?: boolean;
  /** Also recorded as a LEAD_AGENCY involvement, as the service does. */
  leadAgencyId?: string;
  involvements?: { agencyId: string; kind: InvolvementKind }[];
}

/**
 * An invented child inserted directly (no access check, no audit): the starting state of a test.
 * A risk level other than NONE gets its history entry, so the record reads as the service would leave it.
 */
export async function createChild(dataSource: DataSource, options: CreateChildOptions): Promise<ChildEntity> {
  const riskLevel = options.riskLevel ?? RiskLevel.NONE;
  const status = options.status ?? ChildStatus.REFERRED;
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO child (district_id, given_name, family_name, date_of_birth, gender, risk_level, next_review_on, status,
       closure_reason, restricted, lead_agency_id)
     VALUES ($1, $2, $3, $4, 'NOT_KNOWN', $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      options.districtId,
      options.givenName ?? 'Invented',
      options.familyName ?? `Child-${uniqueSuffix()}`,
      options.dateOfBirth ?? shiftYears(todayInLondon(), -14),
      riskLevel,
      options.nextReviewOn ?? null,
      status,
      status === ChildStatus.CLOSED ? 'Closed by a test' : null,
      options.restricted ?? false,
      options.leadAgencyId ?? null,
    ],
  );
  for (const name of options.aliases ?? []) {
    await dataSource.query(`INSERT INTO child_alias (child_id, name, created_at) VALUES ($1, $2, clock_timestamp())`, [id, name]);
  }
  if (riskLevel !== RiskLevel.NONE) {
    await dataSource.query(
      `INSERT INTO child_risk (child_id, level, rationale, source, next_review_on) VALUES ($1, $2, 'Set by a test', 'SCREENING', $3)`,
      [id, riskLevel, options.nextReviewOn ?? null],
    );
  }
  const involvements = [
    ...(options.leadAgencyId ? [{ agencyId: options.leadAgencyId, kind: InvolvementKind.LEAD_AGENCY }] : []),
    ...(options.involvements ?? []),
  ];
  for (const involvement of involvements) {
    await dataSource.query(
      `INSERT INTO child_involvement (child_id, agency_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [id, involvement.agencyId, involvement.kind],
    );
  }
  return dataSource.getRepository(ChildEntity).findOneByOrFail({ id });
}
