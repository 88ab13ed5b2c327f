import { Actor } from '@mace/api-core';
import { AgencyKind, permissionsForRoles, Role } from '@mace/shared-domain';
import { MeetingGrant } from '../access/meeting-access.service';

/** Who the minutes (or a pack) are shown to: a signed-in caller, or an agency receiving a pack. */
export interface MinutesViewer {
  actor: Actor;
  grant: MeetingGrant;
}

/** No user has this id: break-glass openings are personal and never reach an agency's pack. */
const NO_USER = '00000000-0000-0000-0000-000000000000';

/**
 * An agency as one of its practitioners would see the meeting: its own involvement with each child,
 * or the items the chair shared with attendees, never the oversight of whoever produces the pack.
 * It is a member of the meeting (packs go to member agencies only) that has accepted the statement
 * (the pack itself is handed over under it).
 */
export function agencyViewer(meeting: { id: string; districtId: string }, agency: { id: string; kind: AgencyKind }): MinutesViewer {
  const roles = [Role.AGENCY_PRACTITIONER];
  return {
    actor: {
      userId: NO_USER,
      sessionId: '',
      agencyId: agency.id,
      agencyKind: agency.kind,
      roles,
      districtIds: [],
      permissions: permissionsForRoles(roles),
    },
    grant: {
      meetingId: meeting.id,
      districtId: meeting.districtId,
      member: true,
      oversight: false,
      manage: false,
      contribute: false,
      acceptedConfidentiality: true,
    },
  };
}
