import { ActionCategory, ActionSource, ActionStatus, NotificationKind } from '@mace/shared-domain';
import { DataSource } from 'typeorm';

export interface ActionRowOptions {
  childId: string;
  districtId: string;
  ownerAgencyId: string;
  /** Who raised it; their agency is taken from their account. */
  raisedByUserId: string;
  /** yyyy-mm-dd */
  dueOn: string;
  status?: ActionStatus;
  description?: string;
}

/**
 * An action inserted directly (no access check, no notification, no audit): the starting state of
 * an escalation test. Final statuses get the reason, outcome and completion time the table demands.
 */
export async function insertActionRow(dataSource: DataSource, options: ActionRowOptions): Promise<string> {
  const status = options.status ?? ActionStatus.OPEN;
  const finished = status !== ActionStatus.OPEN && status !== ActionStatus.IN_PROGRESS;
  const [{ id }]: { id: string }[] = await dataSource.query(
    `INSERT INTO action (child_id, district_id, description, category, owner_agency_id, due_on, status, status_reason,
       outcome_note, source, raised_by_user_id, raised_by_agency_id, completed_at)
     SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, u.id, u.agency_id, $11 FROM user_account u WHERE u.id = $12
     RETURNING id`,
    [
      options.childId,
      options.districtId,
      options.description ?? 'An invented action for a test',
      ActionCategory.SAFEGUARDING,
      options.ownerAgencyId,
      options.dueOn,
      status,
      finished && status !== ActionStatus.DONE ? 'An invented reason for a test' : null,
      status === ActionStatus.DONE ? 'An invented outcome for a test' : null,
      ActionSource.OUTSIDE_MEETING,
      finished ? new Date() : null,
      options.raisedByUserId,
    ],
  );
  return id;
}

export interface NotificationRow {
  user_id: string;
  kind: NotificationKind;
  subject_id: string;
  message: string;
  link: string;
}

/** Every notification about these subjects, in a stable order for comparisons. */
export function notificationsAbout(dataSource: DataSource, subjectIds: readonly string[]): Promise<NotificationRow[]> {
  return dataSource.query(
    `SELECT user_id, kind, subject_id, message, link FROM notification WHERE subject_id = ANY($1::uuid[])
     ORDER BY subject_id, kind, user_id`,
    [[...subjectIds]],
  );
}
