import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ConflictError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ActionChangesService } from '@mace/api-actions';
import { ChildHistoryService } from '@mace/api-children';
import {
  ActionSource,
  AgendaItemStatus,
  AGENDA_RULE_LABELS,
  AuditOperation,
  AuditSubjectType,
  ChildStatus,
  MeetingDecision,
  MeetingEventKind,
  MeetingStatus,
  RiskSource,
} from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ItemVisibility } from '../access/meeting-access.service';
import { AgendaItemModel, toAgendaItemModel } from '../agenda/agenda-item.model';
import { AgendaItemOutcomeEntity } from '../entities/agenda-item-outcome.entity';
import { AgendaItemEntity } from '../entities/agenda-item.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { assertStatus, LiveAccess, LockedItem } from './live-access';
import { SaveDiscussionNoteInput } from './live.inputs';
import { AgendaItemOutcomeModel } from './live.models';
import { RecordItemOutcomeInput } from './outcome.inputs';

/** Decisions that move the child on, and the status each gives. */
const STATUS_BY_DECISION: Partial<Record<MeetingDecision, ChildStatus>> = {
  [MeetingDecision.STEP_DOWN]: ChildStatus.STEPPED_DOWN,
  [MeetingDecision.CLOSE]: ChildStatus.CLOSED,
};

/** The status change's reason when the chair wrote no decision notes (no personal data). */
const DECIDED_AT_MEETING = 'Decided at the MACE meeting';

/**
 * What the meeting records for an item. The discussion note is saved as the discussion goes
 * (versioned: of two people saving from the same version, one gets CONFLICT); the outcome then
 * records, in one transaction, the agreed risk (through the child's history, with the next review
 * date), the decisions (stepping down or closing changes the child's status), the actions (set
 * through ActionChangesService, each naming this meeting and item) and the item as discussed.
 */
@Injectable()
export class ItemOutcomeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveAccess,
    private readonly history: ChildHistoryService,
    private readonly actions: ActionChangesService,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async saveNote(actor: Actor, input: SaveDiscussionNoteInput, requestId: string): Promise<AgendaItemOutcomeModel> {
    const { outcome, meetingId } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.live.managedItem(manager, actor, input.itemId);
      assertOpenItem(locked, 'save the discussion note');
      await writeOutcome(manager, input.itemId, input.version, { discussionSummary: input.discussionSummary ?? null });
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENDA_ITEM,
        subjectIds: subjectIds(locked),
        justification: 'discussion note saved',
      });
      return { outcome: await readOutcome(manager, input.itemId), meetingId: locked.meeting.id };
    });
    await this.events.publish(meetingId, MeetingEventKind.NOTE_CHANGED, input.itemId, actor.userId);
    return outcome;
  }

  async record(actor: Actor, input: RecordItemOutcomeInput, requestId: string): Promise<AgendaItemModel> {
    const { item, meetingId } = await this.dataSource.transaction(async (manager) => {
      const locked = await this.live.managedItem(manager, actor, input.itemId);
      assertOpenItem(locked, 'record an outcome');
      const { item } = locked;
      if (item.status !== AgendaItemStatus.PENDING) {
        throw new BadUserInputError({ itemId: 'The outcome of this item has already been recorded' });
      }
      const childId = item.childId;
      const actions = input.actions ?? [];
      if (!childId && actions.length) throw new BadUserInputError({ actions: 'Actions are set for a child: this item is not about one' });

      let nextReviewOn: string | null = input.nextReviewOn ?? null;
      const changed: string[] = [];
      if (childId) {
        // The child's version moves as with any change to its record, so an edit opened before the meeting is refused, not lost.
        await manager.query(`UPDATE child SET version = version + 1, updated_at = now() WHERE id = $1`, [childId]);
        const risk = await this.history.recordRisk(manager, actor, childId, {
          level: input.agreedRiskLevel,
          rationale: input.riskRationale,
          source: RiskSource.MEETING,
          nextReviewOn,
        });
        nextReviewOn = risk.nextReviewOn;
        changed.push('risk');
        const status = input.decisions.map((decision) => STATUS_BY_DECISION[decision]).find((s) => s !== undefined);
        if (status) {
          await this.history.recordStatus(manager, actor, childId, { status, reason: input.decisionNotes ?? DECIDED_AT_MEETING });
          changed.push('status');
        }
        await this.audit.record(manager, {
          operation: AuditOperation.ALTERATION,
          actor,
          requestId,
          subjectType: AuditSubjectType.CHILD,
          subjectIds: [childId],
          justification: `meeting outcome of item ${item.id}; changed: ${changed.join(', ')}`,
        });
        for (const [index, action] of actions.entries()) {
          await inRow(index, () =>
            this.actions.createWith(
              manager,
              actor,
              { ...action, childId },
              { source: ActionSource.MEETING, meetingId: item.meetingId, agendaItemId: item.id },
              requestId,
            ),
          );
        }
      }
      await writeOutcome(manager, item.id, input.version, {
        discussionSummary: input.discussionSummary,
        agreedRiskLevel: input.agreedRiskLevel,
        riskRationale: input.riskRationale,
        decisions: input.decisions,
        decisionNotes: input.decisionNotes ?? null,
        nextReviewOn,
        recordedAt: () => 'now()',
        recordedByUserId: actor.userId,
      });
      await manager.query(`UPDATE agenda_item SET status = $2, version = version + 1, updated_at = now() WHERE id = $1`, [
        item.id,
        AgendaItemStatus.DISCUSSED,
      ]);
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.AGENDA_ITEM,
        subjectIds: subjectIds(locked),
        justification: `outcome recorded: ${input.decisions.join(', ')}; ${actions.length} action(s) set`,
      });
      const saved = await manager.getRepository(AgendaItemEntity).findOneByOrFail({ id: item.id });
      return { item: toAgendaItemModel(saved, ItemVisibility.FULL, (rule) => AGENDA_RULE_LABELS[rule]), meetingId: item.meetingId };
    });
    await this.events.publish(meetingId, MeetingEventKind.OUTCOME_RECORDED, item.id, actor.userId);
    return item;
  }
}

/** A refusal of one action names its row (`actions.1.ownerAgencyId`), as the validation of the rows does. */
async function inRow<T>(index: number, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const fields = error instanceof BadUserInputError ? (error.extensions['fields'] as Record<string, string> | undefined) : undefined;
    if (!fields) throw error;
    throw new BadUserInputError(Object.fromEntries(Object.entries(fields).map(([field, message]) => [`actions.${index}.${field}`, message])));
  }
}

function assertOpenItem(locked: LockedItem, what: string): void {
  assertStatus(locked.meeting, [MeetingStatus.IN_PROGRESS], 'itemId', what);
  if (locked.item.status === AgendaItemStatus.REMOVED || locked.item.status === AgendaItemStatus.NOT_REACHED) {
    throw new BadUserInputError({ itemId: 'This item is no longer on the agenda' });
  }
}

function subjectIds(locked: LockedItem): string[] {
  return locked.item.childId ? [locked.item.id, locked.item.childId] : [locked.item.id];
}

/**
 * Create or update an item's outcome from the version the caller read: 0 creates it (and loses to
 * anyone who created it first), n updates it only while it is still at n. Either way a stale
 * version is a CONFLICT and nothing is written.
 */
async function writeOutcome(manager: EntityManager, itemId: string, version: number, values: Partial<Record<keyof AgendaItemOutcomeEntity, unknown>>): Promise<void> {
  const outcomes = manager.getRepository(AgendaItemOutcomeEntity);
  if (version === 0) {
    const created = await outcomes
      .createQueryBuilder()
      .insert()
      .values({ decisions: [], ...values, agendaItemId: itemId, version: 1 } as never)
      .orIgnore()
      .returning('agenda_item_id')
      .execute();
    if (created.raw.length === 0) throw new ConflictError();
    return;
  }
  const updated = await outcomes
    .createQueryBuilder()
    .update()
    .set({ ...values, version: () => 'version + 1' } as never)
    .where('agenda_item_id = :itemId AND version = :version', { itemId, version })
    .execute();
  if (updated.affected !== 1) throw new ConflictError();
}

/** One item's outcome with who recorded it. */
export async function readOutcome(manager: EntityManager, itemId: string): Promise<AgendaItemOutcomeModel> {
  const [row] = await manager.query(`${OUTCOME_SELECT} WHERE o.agenda_item_id = $1`, [itemId]);
  return row;
}

/** The outcome columns as AgendaItemOutcomeModel, with the recorder's display name. */
export const OUTCOME_SELECT = `
  SELECT o.agenda_item_id AS "agendaItemId", o.discussion_summary AS "discussionSummary", o.agreed_risk_level AS "agreedRiskLevel",
         o.risk_rationale AS "riskRationale", o.decisions, o.decision_notes AS "decisionNotes", o.next_review_on::text AS "nextReviewOn",
         o.recorded_at AS "recordedAt", u.display_name AS "recordedBy", o.version
  FROM agenda_item_outcome o LEFT JOIN user_account u ON u.id = o.recorded_by_user_id`;
