import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ActionStatus, AgendaItemStatus, AttendanceStatus, MeetingDecision, RiskLevel } from '@mace/shared-domain';
import { DataSource, EntityManager } from 'typeorm';
import { draftMinutes, RecordedMeeting } from './minutes-drafting';
import { StoredMinutesSection } from './minutes-section';

interface ItemRow {
  id: string;
  position: number;
  child_id: string | null;
  subject_name: string;
  status: AgendaItemStatus;
  has_outcome: boolean;
  discussion_summary: string | null;
  agreed_risk_level: RiskLevel | null;
  risk_rationale: string | null;
  decisions: MeetingDecision[] | null;
  decision_notes: string | null;
  next_review_on: string | null;
}

/**
 * Drafts a closed meeting's minutes from what was recorded live: attendance, the review of earlier
 * actions, each item's outcome and actions, the next meeting. Six queries whatever the size of the
 * agenda. The draft is the full record; need-to-know is applied when anyone reads it.
 */
@Injectable()
export class MinutesDraftService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async draft(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<StoredMinutesSection[]> {
    return draftMinutes(await this.recorded(meetingId, manager));
  }

  async recorded(meetingId: string, manager: EntityManager = this.dataSource.manager): Promise<RecordedMeeting> {
    const members: { agency_name: string; attendance: AttendanceStatus; attendee_names: string | null }[] = await manager.query(
      `SELECT a.name AS agency_name, mm.attendance, mm.attendee_names
       FROM meeting_member mm JOIN agency a ON a.id = mm.agency_id
       WHERE mm.meeting_id = $1 ORDER BY a.name, a.id`,
      [meetingId],
    );
    const reviews: {
      action_id: string;
      child_id: string;
      child_name: string;
      description: string;
      owner_agency_name: string;
      status: ActionStatus;
      reviewed_status: ActionStatus | null;
      reason: string | null;
    }[] = await manager.query(
      `SELECT r.action_id, ac.child_id, c.given_name || ' ' || c.family_name AS child_name, ac.description,
              ag.name AS owner_agency_name, ac.status, r.reviewed_status,
              CASE WHEN ac.status = 'DONE' THEN ac.outcome_note ELSE ac.status_reason END AS reason
       FROM meeting_action_review r
       JOIN action ac ON ac.id = r.action_id
       JOIN child c ON c.id = ac.child_id
       JOIN agency ag ON ag.id = ac.owner_agency_id
       WHERE r.meeting_id = $1 ORDER BY c.family_name, c.given_name, ac.due_on, ac.id`,
      [meetingId],
    );
    const items: ItemRow[] = await manager.query(
      `SELECT i.id, i.position, i.child_id, coalesce(c.given_name || ' ' || c.family_name, i.theme_title, 'Item') AS subject_name,
              i.status, (o.agenda_item_id IS NOT NULL) AS has_outcome, o.discussion_summary, o.agreed_risk_level,
              o.risk_rationale, o.decisions, o.decision_notes, o.next_review_on::text AS next_review_on
       FROM agenda_item i
       LEFT JOIN child c ON c.id = i.child_id
       LEFT JOIN agenda_item_outcome o ON o.agenda_item_id = i.id
       WHERE i.meeting_id = $1 AND i.status <> 'REMOVED' ORDER BY i.position, i.id`,
      [meetingId],
    );
    const actions: { agenda_item_id: string; description: string; owner_agency_name: string; owner_name: string | null; due_on: string }[] =
      await manager.query(
        `SELECT ac.agenda_item_id, ac.description, ag.name AS owner_agency_name, u.display_name AS owner_name, ac.due_on::text AS due_on
         FROM action ac
         JOIN agency ag ON ag.id = ac.owner_agency_id
         LEFT JOIN user_account u ON u.id = ac.owner_user_id
         WHERE ac.meeting_id = $1 AND ac.agenda_item_id IS NOT NULL ORDER BY ac.created_at, ac.id`,
        [meetingId],
      );
    const [next]: { starts_at: Date; place: string | null }[] = await manager.query(
      `SELECT n.starts_at, n.place FROM meeting m
       JOIN meeting n ON n.meeting_type_id = m.meeting_type_id AND n.starts_at > m.starts_at AND n.status <> 'CANCELLED'
       WHERE m.id = $1 ORDER BY n.starts_at LIMIT 1`,
      [meetingId],
    );
    return {
      members: members.map((m) => ({ agencyName: m.agency_name, attendance: m.attendance, attendeeNames: m.attendee_names })),
      reviews: reviews.map((r) => ({
        actionId: r.action_id,
        childId: r.child_id,
        childName: r.child_name,
        description: r.description,
        ownerAgencyName: r.owner_agency_name,
        statusNow: r.status,
        reviewedStatus: r.reviewed_status,
        reason: r.reason,
      })),
      items: items.map((row) => ({
        id: row.id,
        position: row.position,
        childId: row.child_id,
        subjectName: row.subject_name,
        status: row.status,
        outcome: row.has_outcome
          ? {
              discussionSummary: row.discussion_summary,
              agreedRiskLevel: row.agreed_risk_level,
              riskRationale: row.risk_rationale,
              decisions: row.decisions ?? [],
              decisionNotes: row.decision_notes,
              nextReviewOn: row.next_review_on,
            }
          : null,
        actions: actions
          .filter((action) => action.agenda_item_id === row.id)
          .map((action) => ({
            description: action.description,
            ownerAgencyName: action.owner_agency_name,
            ownerName: action.owner_name,
            dueOn: action.due_on,
          })),
      })),
      nextMeeting: next ? { startsAt: new Date(next.starts_at), place: next.place } : null,
    };
  }
}
