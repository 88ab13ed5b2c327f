import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { ChildAccessService, recordConsultation } from '@mace/api-children';
import { AgendaSubjectType, AuditSubjectType, MinutesStatus } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { AgendaItemSubject, ItemVisibility, MeetingAccessService } from '../access/meeting-access.service';
import { MinutesDraftService } from './minutes-draft.service';
import { AddendumRecord, applyNeedToKnow, MinutesView } from './minutes-need-to-know';
import { minutesPdfPath, MinutesModel } from './minutes.model';
import { StoredMinutesSection } from './minutes-section';
import { MinutesViewer } from './minutes-viewer';

/** A meeting's minutes in full, as stored or freshly drafted: never sent as they are. */
export interface CurrentMinutes {
  meetingId: string;
  status: MinutesStatus.DRAFT | MinutesStatus.APPROVED;
  sections: StoredMinutesSection[];
  draftedAt: Date;
  approvedAt: Date | null;
  approvedBy: string | null;
  /** 0: not saved yet. */
  version: number;
  addenda: AddendumRecord[];
}

interface StoredRow {
  sections: StoredMinutesSection[];
  status: MinutesStatus.DRAFT | MinutesStatus.APPROVED;
  drafted_at: Date;
  approved_at: Date | null;
  approved_by: string | null;
  version: number;
}

const SHARED_JUSTIFICATION = 'shared with the meeting’s attendees';

/**
 * Reading minutes: the saved ones or a fresh draft, cut to what the reader may see (need-to-know
 * per item, and per child for earlier actions), and the read of the children named audited.
 */
@Injectable()
export class MinutesReadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly drafts: MinutesDraftService,
    private readonly access: MeetingAccessService,
    private readonly children: ChildAccessService,
    private readonly audit: AuditService,
  ) {}

  /** The saved minutes if any, else a fresh draft (version 0). The meeting must be closed. */
  async current(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<CurrentMinutes> {
    const [stored]: StoredRow[] = await manager.query(
      `SELECT mm.sections, mm.status, mm.drafted_at, mm.approved_at, u.display_name AS approved_by, mm.version
       FROM meeting_minutes mm LEFT JOIN user_account u ON u.id = mm.approved_by_user_id WHERE mm.meeting_id = $1`,
      [meetingId],
    );
    if (!stored) {
      return {
        meetingId,
        status: MinutesStatus.DRAFT,
        sections: await this.drafts.draft(meetingId, manager),
        draftedAt: new Date(),
        approvedAt: null,
        approvedBy: null,
        version: 0,
        addenda: [],
      };
    }
    const addenda: AddendumRecord[] = await manager.query(
      `SELECT d.id, d.body, u.display_name AS author, a.name AS "agencyName", d.author_agency_id AS "authorAgencyId", d.created_at AS "createdAt"
       FROM meeting_minutes_addendum d
       JOIN user_account u ON u.id = d.author_user_id
       JOIN agency a ON a.id = d.author_agency_id
       WHERE d.meeting_id = $1 ORDER BY d.seq`,
      [meetingId],
    );
    return {
      meetingId,
      status: stored.status,
      sections: stored.sections,
      draftedAt: stored.drafted_at,
      approvedAt: stored.approved_at,
      approvedBy: stored.approved_by,
      version: stored.version,
      addenda,
    };
  }

  /** The minutes cut to what `viewer` may see. */
  async view(viewer: MinutesViewer, minutes: CurrentMinutes, manager: EntityManager = this.dataSource.manager): Promise<MinutesView> {
    const visibility = await this.visibility(viewer, minutes.meetingId, minutes.sections, manager);
    return applyNeedToKnow(minutes.sections, visibility, minutes.addenda, viewer.actor.agencyId);
  }

  /**
   * What a signed-in caller reads: the view, with one CONSULTATION per access path for the
   * children it names (written in `manager`'s transaction).
   */
  async read(actor: Actor, viewer: MinutesViewer, minutes: CurrentMinutes, requestId: string, manager: EntityManager): Promise<MinutesModel> {
    const view = await this.view(viewer, minutes, manager);
    await this.recordRead(actor, view.shownChildIds, requestId, manager);
    return toMinutesModel(minutes, view);
  }

  async recordRead(actor: Actor, childIds: readonly string[], requestId: string, manager: EntityManager): Promise<void> {
    if (!childIds.length) return;
    const grants = await this.children.readable(actor, childIds, manager);
    await recordConsultation(this.audit, manager, {
      actor,
      requestId,
      subjectType: AuditSubjectType.CHILD,
      read: childIds.map((id) => ({ id, justification: grants.get(id)?.justification ?? SHARED_JUSTIFICATION })),
    });
  }

  /**
   * Visibility per section key, from MeetingAccessService's item rule: an item section by its
   * item; an earlier action's section by its child, shared if the child's item at this meeting was.
   */
  async visibility(
    viewer: MinutesViewer,
    meetingId: string,
    sections: readonly StoredMinutesSection[],
    manager: EntityManager,
  ): Promise<Map<string, ItemVisibility>> {
    const items: { id: string; child_id: string | null; shared_at: Date | null }[] = await manager.query(
      `SELECT id, child_id, shared_at FROM agenda_item WHERE meeting_id = $1 AND status <> 'REMOVED'`,
      [meetingId],
    );
    const sharedByItem = new Map(items.map((item) => [item.id, item.shared_at]));
    const sharedByChild = new Map(items.filter((item) => item.child_id).map((item) => [item.child_id as string, item.shared_at]));
    const subjects: AgendaItemSubject[] = sections.flatMap(({ key, subject }) =>
      subject
        ? [
            {
              id: key,
              meetingId,
              subjectType: subject.childId ? AgendaSubjectType.CHILD : AgendaSubjectType.THEME,
              childId: subject.childId,
              sharedAt: (subject.itemId ? sharedByItem.get(subject.itemId) : subject.childId ? sharedByChild.get(subject.childId) : null) ?? null,
            },
          ]
        : [],
    );
    return this.access.itemVisibility(viewer.actor, subjects, new Map([[meetingId, viewer.grant]]), manager);
  }
}

export function toMinutesModel(minutes: CurrentMinutes, view: MinutesView): MinutesModel {
  const model = new MinutesModel();
  Object.assign(model, {
    status: minutes.status,
    sections: view.sections,
    draftedAt: minutes.draftedAt,
    approvedAt: minutes.approvedAt,
    approvedBy: minutes.approvedBy,
    version: minutes.version,
    addenda: view.addenda,
    pdfPath: minutesPdfPath(minutes.meetingId),
  });
  return model;
}
