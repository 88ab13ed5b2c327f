import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType, MeetingEventKind, MeetingStatus, MinutesStatus } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { ItemVisibility, MeetingAccessService, MeetingGrant } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingEventsService } from '../events/meeting-events.service';
import { CurrentMinutes, MinutesReadService } from './minutes-read.service';
import { AddMinutesAddendumInput, ApproveMinutesArgs, SaveMinutesInput } from './minutes.inputs';
import { MinutesModel } from './minutes.model';
import { StoredMinutesSection } from './minutes-section';

export const FROZEN = 'Approved minutes are frozen: add an addendum';
const NOT_CLOSED = 'Minutes are written once the meeting has closed';
const CHAIR_ONLY = 'Only the chair of the district can edit and approve the minutes';
const NOT_APPROVED = 'Addenda are added to approved minutes; until then the chair edits the draft';
const ALREADY_APPROVED = 'These minutes are already approved';

/**
 * The chair's editing and approval of the minutes, and addenda after approval. Each request is one
 * transaction with its audit event; MINUTES_CHANGED goes out after it commits. Edits name the
 * version they read (0 for the fresh draft): a stale one is a CONFLICT, never a lost edit.
 */
@Injectable()
export class MinutesChangesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly reading: MinutesReadService,
    private readonly audit: AuditService,
    private readonly events: MeetingEventsService,
  ) {}

  async save(actor: Actor, input: SaveMinutesInput, requestId: string): Promise<MinutesModel> {
    const minutes = await this.dataSource.transaction(async (manager) => {
      const grant = await this.chairOfClosedMeeting(actor, input.meetingId, manager);
      const current = await this.reading.current(input.meetingId, manager);
      if (current.status === MinutesStatus.APPROVED) throw new BadUserInputError({ sections: FROZEN }, FROZEN);
      if (current.version !== input.version) throw new ConflictError();
      const sections = await this.edited(actor, grant, current, input, manager);
      if (current.version === 0) {
        await this.insertDraft(manager, input.meetingId, sections);
        await this.record(manager, actor, requestId, AuditOperation.COLLECTION, input.meetingId, 'minutes: draft saved');
      } else {
        // TypeORM's query() answers an UPDATE with [rows, affected count].
        const [, updated]: [unknown[], number] = await manager.query(
          `UPDATE meeting_minutes SET sections = $2::jsonb, version = version + 1, updated_at = now()
           WHERE meeting_id = $1 AND version = $3 AND status = 'DRAFT'`,
          [input.meetingId, JSON.stringify(sections), input.version],
        );
        if (updated !== 1) throw new ConflictError();
        await this.record(manager, actor, requestId, AuditOperation.ALTERATION, input.meetingId, 'minutes: draft edited');
      }
      return this.reading.read(actor, { actor, grant }, await this.reading.current(input.meetingId, manager), requestId, manager);
    });
    await this.events.publish(input.meetingId, MeetingEventKind.MINUTES_CHANGED, null, actor.userId);
    return minutes;
  }

  async approve(actor: Actor, args: ApproveMinutesArgs, requestId: string): Promise<MinutesModel> {
    const minutes = await this.dataSource.transaction(async (manager) => {
      const grant = await this.chairOfClosedMeeting(actor, args.meetingId, manager);
      const current = await this.reading.current(args.meetingId, manager);
      if (current.status === MinutesStatus.APPROVED) throw new BadUserInputError({ meetingId: ALREADY_APPROVED }, ALREADY_APPROVED);
      if (current.version !== args.version) throw new ConflictError();
      let version = current.version;
      if (version === 0) {
        // Approving the fresh draft: it is saved as drafted, then approved, in one transaction.
        await this.insertDraft(manager, args.meetingId, current.sections);
        await this.record(manager, actor, requestId, AuditOperation.COLLECTION, args.meetingId, 'minutes: draft saved');
        version = 1;
      }
      const [, approved]: [unknown[], number] = await manager.query(
        `UPDATE meeting_minutes SET status = 'APPROVED', approved_at = now(), approved_by_user_id = $2,
           version = version + 1, updated_at = now()
         WHERE meeting_id = $1 AND version = $3 AND status = 'DRAFT'`,
        [args.meetingId, actor.userId, version],
      );
      if (approved !== 1) throw new ConflictError();
      await this.record(manager, actor, requestId, AuditOperation.ALTERATION, args.meetingId, 'minutes: approved');
      return this.reading.read(actor, { actor, grant }, await this.reading.current(args.meetingId, manager), requestId, manager);
    });
    await this.events.publish(args.meetingId, MeetingEventKind.MINUTES_CHANGED, null, actor.userId);
    return minutes;
  }

  async addAddendum(actor: Actor, input: AddMinutesAddendumInput, requestId: string): Promise<MinutesModel> {
    const minutes = await this.dataSource.transaction(async (manager) => {
      const grant = (await this.access.readable(actor, [input.meetingId], manager)).get(input.meetingId);
      if (!grant) throw new NotFoundError('Meeting');
      if (!grant.contribute) throw new ForbiddenError();
      // Locks the minutes row: an addendum cannot slip in beside a concurrent approval.
      const [row]: { status: MinutesStatus }[] = await manager.query(
        `SELECT status FROM meeting_minutes WHERE meeting_id = $1 FOR SHARE`,
        [input.meetingId],
      );
      if (row?.status !== MinutesStatus.APPROVED) throw new BadUserInputError({ meetingId: NOT_APPROVED }, NOT_APPROVED);
      await manager.query(
        `INSERT INTO meeting_minutes_addendum (meeting_id, body, author_user_id, author_agency_id) VALUES ($1, $2, $3, $4)`,
        [input.meetingId, input.body, actor.userId, actor.agencyId],
      );
      await this.record(manager, actor, requestId, AuditOperation.COLLECTION, input.meetingId, 'minutes: addendum added');
      return this.reading.read(actor, { actor, grant }, await this.reading.current(input.meetingId, manager), requestId, manager);
    });
    await this.events.publish(input.meetingId, MeetingEventKind.MINUTES_CHANGED, null, actor.userId);
    return minutes;
  }

  /** The meeting for a chair's edit: NOT_FOUND when unseen, FORBIDDEN when not the chair, closed only. */
  private async chairOfClosedMeeting(actor: Actor, meetingId: string, manager: EntityManager): Promise<MeetingGrant> {
    const grant = (await this.access.readable(actor, [meetingId], manager)).get(meetingId);
    if (!grant) throw new NotFoundError('Meeting');
    if (!grant.manage) throw new ForbiddenError(CHAIR_ONLY);
    const meeting = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
    if (meeting.status !== MeetingStatus.CLOSED) throw new BadUserInputError({ meetingId: NOT_CLOSED }, NOT_CLOSED);
    return grant;
  }

  /**
   * The stored sections with the chair's text. The keys must be the draft's, each once. A section
   * the chair does not see in full (they have not accepted the statement, say) keeps its stored
   * text: the placeholder they were shown never overwrites the record.
   */
  private async edited(
    actor: Actor,
    grant: MeetingGrant,
    current: CurrentMinutes,
    input: SaveMinutesInput,
    manager: EntityManager,
  ): Promise<StoredMinutesSection[]> {
    const given = new Map(input.sections.map((section) => [section.key, section]));
    if (given.size !== input.sections.length) throw new BadUserInputError({ sections: 'Send each section once' });
    const keys = current.sections.map((section) => section.key);
    if (given.size !== keys.length || keys.some((key) => !given.has(key))) {
      throw new BadUserInputError({ sections: 'Send exactly the sections of the draft, with their keys' });
    }
    const visibility = await this.reading.visibility({ actor, grant }, current.meetingId, current.sections, manager);
    return current.sections.map((section) => {
      if (section.subject && visibility.get(section.key) !== ItemVisibility.FULL) return section;
      const { heading, body } = given.get(section.key)!;
      return { ...section, heading, body };
    });
  }

  private async insertDraft(manager: EntityManager, meetingId: string, sections: StoredMinutesSection[]): Promise<void> {
    const inserted: unknown[] = await manager.query(
      `INSERT INTO meeting_minutes (meeting_id, sections, status) VALUES ($1, $2::jsonb, 'DRAFT')
       ON CONFLICT (meeting_id) DO NOTHING RETURNING meeting_id`,
      [meetingId, JSON.stringify(sections)],
    );
    // Someone saved the fresh draft first: this caller's version 0 is stale.
    if (inserted.length !== 1) throw new ConflictError();
  }

  private record(manager: EntityManager, actor: Actor, requestId: string, operation: AuditOperation, meetingId: string, justification: string) {
    return this.audit.record(manager, { operation, actor, requestId, subjectType: AuditSubjectType.MEETING, subjectIds: [meetingId], justification });
  }
}
