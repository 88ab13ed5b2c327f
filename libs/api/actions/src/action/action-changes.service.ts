import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ConflictError, ForbiddenError, NotFoundError, updateVersioned } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ChildAccessService, ChildEntity } from '@mace/api-children';
import { NotificationService } from '@mace/api-notifications';
import {
  ActionSource,
  ActionStatus,
  AuditOperation,
  AuditSubjectType,
  InvolvementKind,
  NotificationKind,
} from '@mace/shared-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { ActionAccessService } from '../access/action-access.service';
import { ActionEntity } from '../entities/action.entity';
import { CreateActionInput, UpdateActionInput, UpdateActionsInput } from './action.inputs';
import { finalMessage, isFinal, needsReason } from './status-rules';

/** Told to someone who may read the action but not make this change. */
const REFUSALS = {
  create: 'Only the chair of the district or the child’s lead agency can set an action outside a meeting',
  progress: 'Only the agency that owns this action or the chair of the district can update it',
  cancel: 'Only the chair of the district can cancel an action or change its due date',
};

/** The first entry of every action's update log. */
const SET_NOTE = 'Action set';

/** What a new action says, wherever it is set. */
export type NewAction = Pick<CreateActionInput, 'childId' | 'description' | 'category' | 'ownerAgencyId' | 'ownerUserId' | 'dueOn'>;

/** Where an action was set: outside a meeting, or at one item of a meeting. */
export type ActionOrigin =
  | { source: ActionSource.OUTSIDE_MEETING }
  | { source: ActionSource.MEETING; meetingId: string; agendaItemId: string };

const OUTSIDE_MEETING: ActionOrigin = { source: ActionSource.OUTSIDE_MEETING };

/** What one update asks for; the same for every action of a bulk update. */
interface ActionChange {
  status?: ActionStatus;
  note?: string | null;
  reason?: string | null;
  outcomeNote?: string | null;
  dueOn?: string;
  ownerUserId?: string | null;
}

/**
 * Setting and updating actions. Each request is one transaction: the access check, the versioned
 * write of the action row (so of concurrent updates all but one see a stale version and write
 * nothing), one update-log entry per action, the audit event and any notification.
 */
@Injectable()
export class ActionChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ActionAccessService,
    private readonly children: ChildAccessService,
    private readonly notifications: NotificationService,
    private readonly audit: AuditService,
  ) {}

  create(actor: Actor, input: CreateActionInput, requestId: string): Promise<ActionEntity> {
    return this.dataSource.transaction((manager) => this.createWith(manager, actor, input, OUTSIDE_MEETING, requestId));
  }

  /**
   * Set an action inside the caller's transaction: a meeting records an item's actions together
   * with its outcome, so all of it commits or none. The same checks, log entry, involvement,
   * audit event and notification as an action set outside a meeting; `origin` says where it came from.
   */
  async createWith(manager: EntityManager, actor: Actor, input: NewAction, origin: ActionOrigin, requestId: string): Promise<ActionEntity> {
    if (!(await this.access.maySetFor(actor, input.childId, manager))) {
      if ((await this.children.readable(actor, [input.childId], manager)).has(input.childId)) throw new ForbiddenError(REFUSALS.create);
      throw new NotFoundError('Child');
    }
    await this.checkOwner(manager, input.ownerAgencyId, input.ownerUserId ?? null, true);
    const child = await manager.getRepository(ChildEntity).findOneByOrFail({ id: input.childId });
    const atMeeting = origin.source === ActionSource.MEETING;
    const [{ id }]: { id: string }[] = await manager.query(
      `INSERT INTO action (subject_type, child_id, district_id, description, category, owner_agency_id, owner_user_id, due_on,
         status, source, meeting_id, agenda_item_id, raised_by_user_id, raised_by_agency_id)
       VALUES ('CHILD', $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING id`,
      [
        child.id,
        child.districtId,
        input.description,
        input.category,
        input.ownerAgencyId,
        input.ownerUserId ?? null,
        input.dueOn,
        ActionStatus.OPEN,
        origin.source,
        atMeeting ? origin.meetingId : null,
        atMeeting ? origin.agendaItemId : null,
        actor.userId,
        actor.agencyId,
      ],
    );
    await this.log(manager, actor, id, null, ActionStatus.OPEN, SET_NOTE);
    // The owner agency needs to see the child to do the action: that is its involvement.
    await manager.query(
      `INSERT INTO child_involvement (child_id, agency_id, kind, granted_by_user_id) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [child.id, input.ownerAgencyId, InvolvementKind.ACTION_OWNER, actor.userId],
    );
    await this.audit.record(manager, {
      operation: AuditOperation.COLLECTION,
      actor,
      requestId,
      subjectType: AuditSubjectType.ACTION,
      subjectIds: atMeeting ? [id, child.id, origin.meetingId] : [id, child.id],
      justification: atMeeting ? 'action set at a meeting' : 'action set outside a meeting',
    });
    // No personal data: the words go out by e-mail too; the link leads to the checked record.
    await this.notifications.notify(
      manager,
      { agencyIds: [input.ownerAgencyId] },
      {
        kind: NotificationKind.ACTION_ASSIGNED,
        subjectType: AuditSubjectType.ACTION,
        subjectId: id,
        message: 'An action has been assigned to your agency',
        link: `/actions/${id}`,
        dedupeKey: `assigned:${id}`,
      },
    );
    return manager.getRepository(ActionEntity).findOneByOrFail({ id });
  }

  update(actor: Actor, input: UpdateActionInput, requestId: string): Promise<ActionEntity> {
    return this.dataSource.transaction((manager) => this.updateWith(manager, actor, input, requestId));
  }

  /**
   * Update one action inside the caller's transaction, with the rules of `update`: a meeting's
   * review of an earlier action changes the action and marks the review in one commit.
   */
  async updateWith(manager: EntityManager, actor: Actor, input: UpdateActionInput, requestId: string): Promise<ActionEntity> {
    const { id, version, ...change } = input;
    if (change.status === undefined && change.note == null && change.dueOn === undefined && change.ownerUserId === undefined) {
      throw new BadUserInputError({ note: 'Enter a progress note or choose a new status' });
    }
    const [updated] = await this.apply(manager, actor, [{ id, version }], change, requestId);
    return updated;
  }

  /** All or nothing: one refusal or stale version and none of the actions change. */
  updateMany(actor: Actor, input: UpdateActionsInput, requestId: string): Promise<ActionEntity[]> {
    const { actions, ...change } = input;
    return this.dataSource.transaction((manager) => this.apply(manager, actor, actions, change, requestId));
  }

  private async apply(
    manager: EntityManager,
    actor: Actor,
    targets: readonly { id: string; version: number }[],
    change: ActionChange,
    requestId: string,
  ): Promise<ActionEntity[]> {
    const ids = targets.map((target) => target.id);
    await this.assertUpdatable(manager, actor, ids, 'progress');
    if (change.status === ActionStatus.CANCELLED || change.dueOn !== undefined) await this.assertUpdatable(manager, actor, ids, 'cancel');

    const before = new Map((await manager.getRepository(ActionEntity).findBy({ id: In(ids) })).map((a) => [a.id, a]));
    // A stale version first: of two people updating at once, the loser hears that someone else
    // changed it, whatever the winner changed it to.
    for (const target of targets) if (before.get(target.id)!.version !== target.version) throw new ConflictError();
    for (const action of before.values()) if (isFinal(action.status)) throw new BadUserInputError({ status: finalMessage(action.status) });
    if (change.ownerUserId) {
      for (const action of before.values()) await this.checkOwner(manager, action.ownerAgencyId, change.ownerUserId, false);
    }

    const changed = new Set<string>();
    // Rows in id order, so two bulk updates over the same actions queue instead of deadlocking.
    for (const target of [...targets].sort((a, b) => a.id.localeCompare(b.id))) {
      const action = before.get(target.id)!;
      const columns = columnChanges(action, change);
      if (!columns.statusChanged && change.note == null && Object.keys(columns.values).length === 0) {
        throw new BadUserInputError({ note: 'Enter a progress note or choose a new status' });
      }
      await updateVersioned(manager, ActionEntity, 'Action', target.id, target.version, columns.values);
      const toStatus = change.status ?? action.status;
      await this.log(manager, actor, target.id, action.status, toStatus, logNote(change, columns.values));
      Object.keys(columns.values).forEach((key) => changed.add(key));
    }
    if (change.note != null) changed.add('note');
    await this.audit.record(manager, {
      operation: AuditOperation.ALTERATION,
      actor,
      requestId,
      subjectType: AuditSubjectType.ACTION,
      subjectIds: ids,
      justification: `changed: ${[...changed, 'updates'].join(', ')}`,
    });
    const after = await manager.getRepository(ActionEntity).findBy({ id: In(ids) });
    const byId = new Map(after.map((a) => [a.id, a]));
    return ids.map((id) => byId.get(id)!);
  }

  /**
   * Not updatable: FORBIDDEN with the reason when the caller can read every action (they know they
   * exist), otherwise NOT_FOUND exactly as for ids that do not exist.
   */
  private async assertUpdatable(manager: EntityManager, actor: Actor, ids: string[], what: 'progress' | 'cancel'): Promise<void> {
    const allowed = await this.access.updatable(actor, ids, what, manager);
    if (ids.every((id) => allowed.has(id))) return;
    const readable = await this.access.readable(actor, ids, manager);
    if (ids.some((id) => !readable.has(id))) throw new NotFoundError('Action');
    throw new ForbiddenError(REFUSALS[what]);
  }

  /** The owner agency must be active; a named owner must be an active person of it. Reported together. */
  private async checkOwner(manager: EntityManager, agencyId: string, userId: string | null, checkAgency: boolean): Promise<void> {
    const [row]: { agency_ok: boolean; user_ok: boolean }[] = await manager.query(
      `SELECT EXISTS (SELECT 1 FROM agency WHERE id = $1 AND active) AS agency_ok,
              EXISTS (SELECT 1 FROM user_account WHERE id = $2 AND agency_id = $1 AND active) AS user_ok`,
      [agencyId, userId],
    );
    const problems: Record<string, string> = {};
    if (checkAgency && !row.agency_ok) problems['ownerAgencyId'] = 'Choose an active agency that exists';
    if (userId !== null && !row.user_ok) problems['ownerUserId'] = 'Choose an active person of the agency that owns the action';
    if (Object.keys(problems).length) throw new BadUserInputError(problems);
  }

  private async log(
    manager: EntityManager,
    actor: Actor,
    actionId: string,
    fromStatus: ActionStatus | null,
    toStatus: ActionStatus,
    note: string | null,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO action_update (action_id, from_status, to_status, note, user_id, agency_id) VALUES ($1, $2, $3, $4, $5, $6)`,
      [actionId, fromStatus, toStatus, note, actor.userId, actor.agencyId],
    );
  }
}

/** The columns an update sets on one action (by entity property), and whether its status moves. */
function columnChanges(action: ActionEntity, change: ActionChange): { values: Record<string, unknown>; statusChanged: boolean } {
  const values: Record<string, unknown> = {};
  const statusChanged = change.status !== undefined && change.status !== action.status;
  if (statusChanged) {
    values['status'] = change.status;
    if (needsReason(change.status)) values['statusReason'] = change.reason;
    if (change.status === ActionStatus.DONE) values['outcomeNote'] = change.outcomeNote;
    if (isFinal(change.status!)) values['completedAt'] = () => 'now()';
  }
  if (change.dueOn !== undefined && change.dueOn !== action.dueOn) values['dueOn'] = change.dueOn;
  if (change.ownerUserId !== undefined && change.ownerUserId !== action.ownerUserId) values['ownerUserId'] = change.ownerUserId;
  return { values, statusChanged };
}

/** What the log entry says: the note given, else the outcome or reason, else what moved. */
function logNote(change: ActionChange, values: Record<string, unknown>): string | null {
  if (change.note != null) return change.note;
  if (values['outcomeNote'] != null) return String(values['outcomeNote']);
  if (values['statusReason'] != null) return String(values['statusReason']);
  const moved = [
    ...('dueOn' in values ? [`Due date changed to ${String(values['dueOn'])}`] : []),
    ...('ownerUserId' in values ? ['Owner changed'] : []),
  ];
  return moved.length ? moved.join('; ') : null;
}
