import { Actor } from '@mace/api-core';
import { MeetingStatus, Permission } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { AgendaItemUpdateModel } from './agenda-item-update.model';

/** Updates may be written and changed until the meeting starts. */
export const UPDATABLE_MEETING = [MeetingStatus.SCHEDULED, MeetingStatus.AGENDA_LOCKED];

/** The updates on these items, by agency name, as the caller reads them (one query). */
export async function updateRows(manager: EntityManager, actor: Actor, where: { itemIds?: readonly string[]; ids?: readonly string[] }): Promise<AgendaItemUpdateModel[]> {
  const rows: (Omit<AgendaItemUpdateModel, 'canEdit'> & { meetingStatus: MeetingStatus })[] = await manager.query(
    `SELECT u.id, u.agenda_item_id AS "agendaItemId", u.agency_id AS "agencyId", us.display_name AS author,
            u.contact_since_last AS "contactSinceLast", u.concerns, u.child_voice AS "childVoice",
            u.action_progress AS "actionProgress", u.updated_at AS "updatedAt", u.version, m.status AS "meetingStatus"
     FROM agenda_item_update u
     JOIN user_account us ON us.id = u.user_id
     JOIN agency a ON a.id = u.agency_id
     JOIN agenda_item ai ON ai.id = u.agenda_item_id
     JOIN meeting m ON m.id = ai.meeting_id
     WHERE u.agenda_item_id = ANY($1::uuid[]) OR u.id = ANY($2::uuid[])
     ORDER BY a.name, u.id`,
    [[...(where.itemIds ?? [])], [...(where.ids ?? [])]],
  );
  const contributes = actor.permissions.has(Permission.MEETING_CONTRIBUTE);
  return rows.map(({ meetingStatus, ...row }) => ({
    ...row,
    canEdit: contributes && row.agencyId === actor.agencyId && UPDATABLE_MEETING.includes(meetingStatus),
  }));
}
