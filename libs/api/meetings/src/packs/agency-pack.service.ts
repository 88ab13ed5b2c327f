import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, ForbiddenError, NotFoundError } from '@mace/api-core';
import { AgencyEntity } from '@mace/api-auth';
import { AuditService } from '@mace/api-audit';
import { AgendaRule, AuditOperation, AuditSubjectType, MeetingStatus, MinutesStatus, PackKind } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { MeetingAccessService } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';
import { MinutesSection } from '../entities/meeting-minutes.entity';
import { dayAndTime, longDay } from '../minutes/minutes-dates';
import { applyNeedToKnow, MinutesView } from '../minutes/minutes-need-to-know';
import { MinutesReadService } from '../minutes/minutes-read.service';
import { agencyViewer, MinutesViewer } from '../minutes/minutes-viewer';
import { AgendaForPack, agendaSections } from './agenda-pack-sections';
import { packPdfPath } from './agency-pack.model';
import { ProduceAgencyPackInput } from './agency-pack.inputs';

/** A pack as produced: the model's fields, with the agency loaded. */
export interface AgencyPack {
  meetingId: string;
  agency: AgencyEntity;
  kind: PackKind;
  title: string;
  producedAt: Date;
  sections: MinutesSection[];
  pdfPath: string;
}

const WHO_MAY = 'Only the chair, or a member agency for itself, can produce an agency pack';

/**
 * Agency packs: a meeting's agenda or minutes holding only what one member agency may see,
 * computed as a practitioner of that agency would see it, never as whoever produces it. Each pack
 * (and each PDF download of one) is a DISCLOSURE to that agency naming the children it contains.
 */
@Injectable()
export class AgencyPackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly minutes: MinutesReadService,
    private readonly audit: AuditService,
  ) {}

  produce(actor: Actor, input: ProduceAgencyPackInput, requestId: string, channel: 'GraphQL' | 'PDF' = 'GraphQL'): Promise<AgencyPack> {
    return this.dataSource.transaction(async (manager) => {
      const grant = (await this.access.readable(actor, [input.meetingId], manager)).get(input.meetingId);
      if (!grant) throw new NotFoundError('Meeting');
      if (!grant.manage && (input.agencyId !== actor.agencyId || !grant.member)) throw new ForbiddenError(WHO_MAY);
      const meeting = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: input.meetingId });
      const [member]: { agency_id: string }[] = await manager.query(
        `SELECT agency_id FROM meeting_member WHERE meeting_id = $1 AND agency_id = $2`,
        [input.meetingId, input.agencyId],
      );
      if (!member) throw new BadUserInputError({ agencyId: 'Choose an agency invited to this meeting' });
      if (input.kind === PackKind.MINUTES && meeting.status !== MeetingStatus.CLOSED) {
        throw new BadUserInputError({ kind: 'Minutes packs are produced once the meeting has closed' });
      }
      if (meeting.status === MeetingStatus.CANCELLED) throw new BadUserInputError({ meetingId: 'This meeting was cancelled' });

      const agency = await manager.getRepository(AgencyEntity).findOneByOrFail({ id: input.agencyId });
      const viewer = agencyViewer(meeting, agency);
      const [type]: { name: string }[] = await manager.query(`SELECT name FROM meeting_type WHERE id = $1`, [meeting.meetingTypeId]);
      const view = input.kind === PackKind.MINUTES ? await this.minutesView(viewer, meeting.id, manager) : await this.agendaView(viewer, meeting, type.name, manager);

      await this.audit.record(manager, {
        operation: AuditOperation.DISCLOSURE,
        actor,
        requestId,
        subjectType: AuditSubjectType.MEETING,
        subjectIds: [meeting.id, ...view.shownChildIds],
        recipients: [agency.id],
        justification: `agency pack (${input.kind === PackKind.MINUTES ? 'minutes' : 'agenda'}, ${channel})`,
      });
      return {
        meetingId: meeting.id,
        agency,
        kind: input.kind,
        title: `${input.kind === PackKind.MINUTES ? 'Minutes' : 'Agenda'} for ${agency.name}: ${type.name}, ${longDay(meeting.startsAt)}`,
        producedAt: new Date(),
        sections: view.sections,
        pdfPath: packPdfPath(meeting.id, agency.id, input.kind),
      };
    });
  }

  /** The minutes as the agency may see them, with a status line first and the addenda last. */
  private async minutesView(viewer: MinutesViewer, meetingId: string, manager: EntityManager): Promise<MinutesView> {
    const current = await this.minutes.current(meetingId, manager);
    const view = await this.minutes.view(viewer, current, manager);
    const status =
      current.status === MinutesStatus.APPROVED && current.approvedAt
        ? `Approved by ${current.approvedBy ?? 'the chair'} on ${dayAndTime(current.approvedAt)}.`
        : 'Draft: not yet approved by the chair.';
    return {
      ...view,
      sections: [
        { key: 'minutes-status', heading: 'Status', body: status },
        ...view.sections,
        ...view.addenda.map((addendum) => ({
          key: `addendum:${addendum.id}`,
          heading: `Addendum by ${addendum.author}, ${addendum.agencyName}, ${dayAndTime(addendum.createdAt)}`,
          body: addendum.body,
        })),
      ],
    };
  }

  private async agendaView(viewer: MinutesViewer, meeting: MeetingEntity, typeName: string, manager: EntityManager): Promise<MinutesView> {
    const members: { name: string }[] = await manager.query(
      `SELECT a.name FROM meeting_member mm JOIN agency a ON a.id = mm.agency_id WHERE mm.meeting_id = $1 ORDER BY a.name`,
      [meeting.id],
    );
    const items: {
      id: string;
      position: number;
      child_id: string | null;
      subject_name: string;
      reasons: { rule: AgendaRule; detail: string }[];
      presenter_agency_name: string | null;
      presenter_name: string | null;
      timebox_minutes: number;
      update_id: string | null;
      contact_since_last: string | null;
      concerns: string | null;
      child_voice: string | null;
      action_progress: string | null;
    }[] = await manager.query(
      `SELECT i.id, i.position, i.child_id, coalesce(c.given_name || ' ' || c.family_name, i.theme_title, 'Item') AS subject_name,
              i.reasons, pa.name AS presenter_agency_name, pu.display_name AS presenter_name, i.timebox_minutes,
              u.id AS update_id, u.contact_since_last, u.concerns, u.child_voice, u.action_progress
       FROM agenda_item i
       LEFT JOIN child c ON c.id = i.child_id
       LEFT JOIN agency pa ON pa.id = i.presenter_agency_id
       LEFT JOIN user_account pu ON pu.id = i.presenter_user_id
       LEFT JOIN agenda_item_update u ON u.agenda_item_id = i.id AND u.agency_id = $2
       WHERE i.meeting_id = $1 AND i.status <> 'REMOVED' ORDER BY i.position, i.id`,
      [meeting.id, viewer.actor.agencyId],
    );
    const agenda: AgendaForPack = {
      typeName,
      startsAt: meeting.startsAt,
      place: meeting.place,
      memberNames: members.map((member) => member.name),
      items: items.map((row) => ({
        id: row.id,
        position: row.position,
        childId: row.child_id,
        subjectName: row.subject_name,
        reasons: row.reasons,
        presenterAgencyName: row.presenter_agency_name,
        presenterName: row.presenter_name,
        timeboxMinutes: row.timebox_minutes,
        update: row.update_id
          ? { contactSinceLast: row.contact_since_last, concerns: row.concerns, childVoice: row.child_voice, actionProgress: row.action_progress }
          : null,
      })),
    };
    const sections = agendaSections(agenda);
    const visibility = await this.minutes.visibility(viewer, meeting.id, sections, manager);
    return applyNeedToKnow(sections, visibility, [], viewer.actor.agencyId);
  }
}
