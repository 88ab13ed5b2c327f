import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, ConflictError, NotFoundError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ActionChangesService, ActionEntity, isFinal, needsReason, toActionModel, UpdateActionInput } from '@mace/api-actions';
import { ActionStatus, AuditOperation, AuditSubjectType, MeetingEventKind, MeetingStatus } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { MeetingActionReviewEntity } from '../entities/meeting-action-review.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { assertStatus, LiveAccess } from './live-access';
import { ReviewActionInput } from './live.inputs';
import { ActionReviewModel } from './live.models';

/**
 * The review of an earlier meeting's unfinished action: the meeting gives it a current status,
 * applied through ActionChangesService with exactly the rules of updateAction (a reason for not
 * possible / not done / cancelled, the outcome for done, a stale version is a CONFLICT), and the
 * review row is marked in the same transaction. "Still open" or "still in progress" is a review
 * too: the action keeps its status (and gets the note, if one is given).
 */
@Injectable()
export class ActionReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly live: LiveAccess,
    private readonly actions: ActionChangesService,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async review(actor: Actor, input: ReviewActionInput, requestId: string): Promise<ActionReviewModel> {
    const model = await this.dataSource.transaction(async (manager) => {
      const { meeting } = await this.live.managed(manager, actor, input.meetingId);
      const reviews = manager.getRepository(MeetingActionReviewEntity);
      const row = await reviews.findOneBy({ meetingId: meeting.id, actionId: input.actionId });
      if (!row) throw new NotFoundError('Action review');
      assertStatus(meeting, [MeetingStatus.IN_PROGRESS], 'meetingId', 'review actions');

      const action = await manager.getRepository(ActionEntity).findOneByOrFail({ id: input.actionId });
      const unchanged = input.status === action.status && (input.note == null || isFinal(action.status));
      let after = action;
      if (unchanged) {
        // Nothing to change on the action, but the version still says whether the caller saw its latest state.
        if (action.version !== input.version) throw new ConflictError();
      } else {
        after = await this.actions.updateWith(manager, actor, toActionUpdate(input, action.status), requestId);
      }
      await reviews.update(
        { meetingId: meeting.id, actionId: action.id },
        { reviewedStatus: after.status, reviewedAt: () => 'now()', reviewedByUserId: actor.userId } as never,
      );
      await this.audit.record(manager, {
        operation: AuditOperation.ALTERATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: [meeting.id, action.id],
        justification: `action reviewed: ${after.status}`,
      });
      const reviewed = await reviews.findOneByOrFail({ meetingId: meeting.id, actionId: action.id });
      return {
        meetingId: reviewed.meetingId,
        reviewedByUserId: reviewed.reviewedByUserId,
        action: toActionModel(after),
        statusAtStart: reviewed.statusAtStart,
        reviewedStatus: reviewed.reviewedStatus,
        reviewedAt: reviewed.reviewedAt,
      };
    });
    await this.events.publish(input.meetingId, MeetingEventKind.ACTION_REVIEWED, null, actor.userId);
    return model;
  }
}

/** The review as an action update: the note becomes the reason, the outcome, or a progress note. */
function toActionUpdate(input: ReviewActionInput, current: ActionStatus): UpdateActionInput {
  const update = new UpdateActionInput();
  update.id = input.actionId;
  update.version = input.version;
  if (input.status !== current) update.status = input.status;
  if (needsReason(input.status)) update.reason = input.note ?? null;
  else if (input.status === ActionStatus.DONE) update.outcomeNote = input.note ?? null;
  else update.note = input.note ?? null;
  return update;
}
