import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, NotFoundError } from '@mace/api-core';
import { MeetingStatus, MinutesStatus, PackKind } from '@mace/shared-domain';
import { isUUID } from 'class-validator';
import { DataSource } from 'typeorm';
import { MeetingAccessService } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';
import { dayAndTime, longDay } from '../minutes/minutes-dates';
import { MinutesReadService } from '../minutes/minutes-read.service';
import { AgencyPackService } from './agency-pack.service';
import { PdfContent, renderMeetingPdf } from './meeting-pdf';

export interface PdfFile {
  filename: string;
  content: Buffer;
}

/**
 * The PDFs behind Minutes.pdfPath and AgencyPack.pdfPath. Each refuses exactly what GraphQL would
 * (an unknown or unseen meeting, or minutes of a meeting not closed, is NOT_FOUND) and audits
 * like the GraphQL read: a CONSULTATION of the children in the caller's minutes, a DISCLOSURE for
 * a pack.
 */
@Injectable()
export class MeetingDocumentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
    private readonly minutes: MinutesReadService,
    private readonly packs: AgencyPackService,
  ) {}

  async minutesPdf(actor: Actor, meetingId: string, requestId: string): Promise<PdfFile> {
    if (!isUUID(meetingId)) throw new NotFoundError('Meeting');
    const content = await this.dataSource.transaction(async (manager): Promise<PdfContent> => {
      const grant = (await this.access.readable(actor, [meetingId], manager)).get(meetingId);
      if (!grant) throw new NotFoundError('Meeting');
      const meeting = await manager.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
      if (meeting.status !== MeetingStatus.CLOSED) throw new NotFoundError('Minutes');
      const current = await this.minutes.current(meetingId, manager);
      const view = await this.minutes.view({ actor, grant }, current, manager);
      await this.minutes.recordRead(actor, view.shownChildIds, requestId, manager);
      const [type]: { name: string }[] = await manager.query(`SELECT name FROM meeting_type WHERE id = $1`, [meeting.meetingTypeId]);
      const status =
        current.status === MinutesStatus.APPROVED && current.approvedAt
          ? `Approved by ${current.approvedBy ?? 'the chair'} on ${dayAndTime(current.approvedAt)}`
          : 'Draft minutes: not yet approved';
      return {
        title: `Minutes: ${type.name}, ${longDay(meeting.startsAt)}`,
        lines: [dayAndTime(meeting.startsAt), ...(meeting.place ? [meeting.place] : []), status],
        sections: view.sections,
        addenda: view.addenda.map((a) => ({ author: a.author, agencyName: a.agencyName, at: dayAndTime(a.createdAt), body: a.body })),
      };
    });
    return { filename: `minutes-${meetingId}.pdf`, content: await renderMeetingPdf(content) };
  }

  async packPdf(actor: Actor, meetingId: string, agencyId: string, kind: PackKind, requestId: string): Promise<PdfFile> {
    if (!isUUID(meetingId)) throw new NotFoundError('Meeting');
    if (!isUUID(agencyId)) throw new NotFoundError('Agency');
    const pack = await this.packs.produce(actor, { meetingId, agencyId, kind }, requestId, 'PDF');
    const content = await renderMeetingPdf({
      title: pack.title,
      lines: [`Produced ${dayAndTime(pack.producedAt)} for ${pack.agency.name}`],
      sections: pack.sections,
    });
    return { filename: `${kind.toLowerCase()}-${meetingId}-${agencyId}.pdf`, content };
  }
}
