import { ActionEntity } from '@mace/api-actions';
import { ActionCategory, ActionSource, ActionStatus, InvolvementKind, UNFINISHED_ACTION_STATUSES } from '@mace/shared-domain';
import { DataSource } from 'typeorm';

export interface CreateActionOptions {
  childId: string;
  ownerAgencyId: string;
  /** yyyy-mm-dd; may be in the past (a test of overdue actions). */
  dueOn: string;
  /** Who set it: an existing user and their agency. */
  raisedByUserId: string;
  raisedByAgencyId: string;
  status?: ActionStatus;
  ownerUserId?: string | null;
  description?: string;
  category?: ActionCategory;
  /** When it was set (default now), e.g. to place it in a figures period. */
  createdAt?: Date;
  /** When a final status was reached (default now, for final statuses only). */
  completedAt?: Date;
}

/**
 * An action inserted directly (no access check, no audit, no notification): the starting state
 * of a test. It is left as the service would leave it: the first update-log entry, a second one
 * for a later status, and the owner agency's ACTION_OWNER involvement with the child.
 */
export async function createAction(dataSource: DataSource, options: CreateActionOptions): Promise<ActionEntity> {
  const status = options.status ?? ActionStatus.OPEN;
  const final = !UNFINISHED_ACTION_STATUSES.includes(status);
  const createdAt = options.createdAt ?? new Date();
  const [{ district_id: districtId }]: { district_id: string }[] = await dataSource.query(`SELECT district_id FROM child WHERE id = $1`, [
    options.childId,
  ]);
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO action (child_id, district_id, description, category, owner_agency_id, owner_user_id, due_on, status,
       status_reason, outcome_note, source, raised_by_user_id, raised_by_agency_id, completed_at, created_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $15) RETURNING id`,
    [
      options.childId,
      districtId,
      options.description ?? 'An invented action set by a test',
      options.category ?? ActionCategory.SAFEGUARDING,
      options.ownerAgencyId,
      options.ownerUserId ?? null,
      options.dueOn,
      status,
      [ActionStatus.NOT_POSSIBLE, ActionStatus.NOT_DONE, ActionStatus.CANCELLED].includes(status) ? 'A reason given by a test' : null,
      status === ActionStatus.DONE ? 'An outcome recorded by a test' : null,
      ActionSource.OUTSIDE_MEETING,
      options.raisedByUserId,
      options.raisedByAgencyId,
      final ? (options.completedAt ?? new Date()) : null,
      createdAt,
    ],
  );
  await dataSource.query(
    `INSERT INTO action_update (action_id, from_status, to_status, note, user_id, agency_id, created_at)
     VALUES ($1, NULL, 'OPEN', 'Action set', $2, $3, $4)`,
    [id, options.raisedByUserId, options.raisedByAgencyId, createdAt],
  );
  if (status !== ActionStatus.OPEN) {
    await dataSource.query(
      `INSERT INTO action_update (action_id, from_status, to_status, note, user_id, agency_id, created_at)
       VALUES ($1, 'OPEN', $2, 'Updated by a test', $3, $4, $5)`,
      [id, status, options.raisedByUserId, options.raisedByAgencyId, options.completedAt ?? new Date()],
    );
  }
  await dataSource.query(`INSERT INTO child_involvement (child_id, agency_id, kind) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [
    options.childId,
    options.ownerAgencyId,
    InvolvementKind.ACTION_OWNER,
  ]);
  return dataSource.getRepository(ActionEntity).findOneByOrFail({ id });
}
