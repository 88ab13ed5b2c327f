import { addDays, todayInLondon } from '@mace/api-children';
import { NotificationService } from '@mace/api-notifications';
import { ActionSource, ActionStatus, InvolvementKind, NotificationKind, Role, UNFINISHED_ACTION_STATUSES } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { DEMO_ACTIONS, DemoAction } from './demo-actions';
import { DEMO_CHILDREN } from './demo-children';
import { DEMO_DISTRICTS, DEMO_USERS, demoAgencyId, demoPractitioner } from './demo-organisations';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo actions with their update logs, owner-agency involvement and the "assigned" notifications
 * for unfinished ones (read when older than three days). Written straight to the tables, after the
 * demo children.
 */
export async function seedDemoActions(manager: EntityManager, now = new Date()): Promise<void> {
  const notifications = new NotificationService();
  for (const action of DEMO_ACTIONS) await seedAction(manager, notifications, action, now);
}

async function seedAction(manager: EntityManager, notifications: NotificationService, action: DemoAction, now: Date): Promise<void> {
  const child = DEMO_CHILDREN.find((c) => c.givenName === action.child);
  if (!child) throw new Error(`demo action names an unknown demo child ${action.child}`);
  const districtId = DEMO_DISTRICTS.find((d) => d.name === child.district)!.id;
  const chair = DEMO_USERS.find((u) => u.roles.includes(Role.MACE_CHAIR) && u.districtIds.includes(districtId))!;
  const owner = demoPractitioner(child.district, action.owner);
  const ownerAgencyId = demoAgencyId(child.district, action.owner);
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const createdAt = daysAgo(action.createdDaysAgo);
  const finished = !UNFINISHED_ACTION_STATUSES.includes(action.status);
  const finishedAt = finished ? daysAgo(action.finishedDaysAgo ?? 0) : null;

  const [{ id }]: { id: string }[] = await manager.query(
    `INSERT INTO action (child_id, district_id, description, category, owner_agency_id, owner_user_id, due_on, status,
       status_reason, outcome_note, source, raised_by_user_id, raised_by_agency_id, completed_at, created_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16) RETURNING id`,
    [
      child.id, districtId, action.description, action.category, ownerAgencyId, owner.id,
      addDays(todayInLondon(now), action.dueInDays), action.status,
      finished && action.status !== ActionStatus.DONE ? action.closingNote : null,
      action.status === ActionStatus.DONE ? action.closingNote : null,
      ActionSource.OUTSIDE_MEETING, chair.id, chair.agencyId, finishedAt, createdAt, finishedAt ?? createdAt,
    ],
  );
  const log = async (from: ActionStatus | null, to: ActionStatus, note: string, by: { id: string; agencyId: string }, at: Date) =>
    manager.query(
      `INSERT INTO action_update (action_id, from_status, to_status, note, user_id, agency_id, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7)`,
      [id, from, to, note, by.id, by.agencyId, at],
    );
  await log(null, ActionStatus.OPEN, 'Action set', chair, createdAt);
  let current = ActionStatus.OPEN;
  if (action.progressNote) {
    await log(current, ActionStatus.IN_PROGRESS, action.progressNote, owner, new Date(createdAt.getTime() + 2 * DAY));
    current = ActionStatus.IN_PROGRESS;
  }
  if (finishedAt) {
    await log(current, action.status, action.closingNote ?? '', action.status === ActionStatus.CANCELLED ? chair : owner, finishedAt);
  }
  await manager.query(
    `INSERT INTO child_involvement (child_id, agency_id, kind, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
    [child.id, ownerAgencyId, InvolvementKind.ACTION_OWNER, createdAt],
  );
  if (!finished) {
    await notifications.notify(manager, { agencyIds: [ownerAgencyId] }, {
      kind: NotificationKind.ACTION_ASSIGNED,
      subjectType: 'ACTION',
      subjectId: id,
      message: 'An action has been assigned to your agency',
      link: `/actions/${id}`,
      dedupeKey: `assigned:${id}`,
    });
    const read = action.createdDaysAgo > 3 ? createdAt : null;
    await manager.query(`UPDATE notification SET created_at = $2, read_at = $3 WHERE subject_id = $1`, [id, createdAt, read]);
  }
}
