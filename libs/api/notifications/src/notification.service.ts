import { Injectable } from '@nestjs/common';
import { NotificationKind, Role } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';

/** Who should hear about something: named users, everyone working for agencies, or districts' chairs or SPOCs. */
export interface NotificationRecipients {
  userIds?: readonly string[];
  /** Active practitioners, chairs and SPOCs of these agencies. */
  agencyIds?: readonly string[];
  /** Active chairs covering these districts. */
  chairsOfDistrictIds?: readonly string[];
  /** Active police SPOCs covering these districts. */
  spocsOfDistrictIds?: readonly string[];
}

export interface NotificationDraft {
  kind: NotificationKind;
  subjectType: string;
  subjectId: string;
  /** Plain words with no personal data, e.g. "An action for your agency is overdue". */
  message: string;
  /** Path in the web client. */
  link: string;
  /** The same key for the same recipient is only ever delivered once (jobs rerun safely). */
  dedupeKey: string;
}

/** Roles whose holders work cases and so receive case notifications. */
const CASE_ROLES = [Role.AGENCY_PRACTITIONER, Role.MACE_CHAIR, Role.POLICE_SPOC];

/**
 * The one way to notify people. Called inside the caller's transaction, so a notification exists
 * exactly when the change it announces does; e-mail goes out later from the same rows.
 */
@Injectable()
export class NotificationService {
  /** Returns how many notifications were created (duplicates are skipped). */
  async notify(manager: EntityManager, recipients: NotificationRecipients, draft: NotificationDraft): Promise<number> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO notification (user_id, kind, subject_type, subject_id, message, link, dedupe_key)
       SELECT u.id, $1, $2, $3, $4, $5, $6 FROM user_account u
       WHERE u.active AND (
         u.id = ANY($7::uuid[])
         OR (u.agency_id = ANY($8::uuid[]) AND u.roles && $10::text[])
         OR ($11::text = ANY(u.roles) AND EXISTS (
               SELECT 1 FROM user_district ud WHERE ud.user_id = u.id AND ud.district_id = ANY($9::uuid[])))
         OR ($12::text = ANY(u.roles) AND EXISTS (
               SELECT 1 FROM user_district ud WHERE ud.user_id = u.id AND ud.district_id = ANY($13::uuid[]))))
       ON CONFLICT (user_id, dedupe_key) DO NOTHING
       RETURNING id`,
      [
        draft.kind,
        draft.subjectType,
        draft.subjectId,
        draft.message,
        draft.link,
        draft.dedupeKey,
        [...(recipients.userIds ?? [])],
        [...(recipients.agencyIds ?? [])],
        [...(recipients.chairsOfDistrictIds ?? [])],
        CASE_ROLES,
        Role.MACE_CHAIR,
        Role.POLICE_SPOC,
        [...(recipients.spocsOfDistrictIds ?? [])],
      ],
    );
    return rows.length;
  }
}
