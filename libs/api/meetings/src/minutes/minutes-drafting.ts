import {
  ACTION_STATUS_LABELS,
  ActionStatus,
  AgendaItemStatus,
  ATTENDANCE_STATUS_LABELS,
  AttendanceStatus,
  MEETING_DECISION_LABELS,
  MeetingDecision,
  RISK_LEVEL_LABELS,
  RiskLevel,
} from '@mace/shared-domain';
import { calendarDay, dayAndTime } from './minutes-dates';
import { StoredMinutesSection } from './minutes-section';

/** What was recorded live, loaded in a fixed number of queries by MinutesDraftService. */
export interface RecordedMeeting {
  members: { agencyName: string; attendance: AttendanceStatus; attendeeNames: string | null }[];
  reviews: {
    actionId: string;
    childId: string;
    childName: string;
    description: string;
    ownerAgencyName: string;
    statusNow: ActionStatus;
    reviewedStatus: ActionStatus | null;
    reason: string | null;
  }[];
  /** Items not removed, in agenda order. */
  items: {
    id: string;
    position: number;
    childId: string | null;
    /** The child's full name, or the theme's title. */
    subjectName: string;
    status: AgendaItemStatus;
    outcome: {
      discussionSummary: string | null;
      agreedRiskLevel: RiskLevel | null;
      riskRationale: string | null;
      decisions: MeetingDecision[];
      decisionNotes: string | null;
      nextReviewOn: string | null;
    } | null;
    actions: { description: string; ownerAgencyName: string; ownerName: string | null; dueOn: string }[];
  }[];
  nextMeeting: { startsAt: Date; place: string | null } | null;
}

const ATTENDANCE_ORDER: AttendanceStatus[] = [
  AttendanceStatus.PRESENT,
  AttendanceStatus.APOLOGIES,
  AttendanceStatus.INFORMATION_SENT,
  AttendanceStatus.OBSERVER,
  AttendanceStatus.NOT_RECORDED,
];

export const NOT_REACHED_BODY = 'Not reached: carried to the next meeting.';

/**
 * The draft minutes: what a chair would write from what was recorded live, in sections with
 * stable keys. Plain text, so the chair edits it in a text box and the PDF prints it as it is.
 */
export function draftMinutes(meeting: RecordedMeeting): StoredMinutesSection[] {
  return [
    attendance(meeting),
    {
      key: 'actions-review',
      heading: 'Review of earlier actions',
      body: meeting.reviews.length
        ? `${count(meeting.reviews.length, 'unfinished action')} from earlier meetings ${meeting.reviews.length === 1 ? 'was' : 'were'} reviewed.`
        : 'There were no unfinished actions from earlier meetings to review.',
    },
    ...reviewSections(meeting.reviews),
    ...meeting.items.map(item),
    nextMeeting(meeting),
  ];
}

function attendance(meeting: RecordedMeeting): StoredMinutesSection {
  const groups = ATTENDANCE_ORDER.flatMap((status) => {
    const members = meeting.members.filter((member) => member.attendance === status);
    if (!members.length) return [];
    const lines = members.map((m) => `- ${m.agencyName}${m.attendeeNames ? `: ${m.attendeeNames}` : ''}`);
    return [`${ATTENDANCE_STATUS_LABELS[status]}:\n${lines.join('\n')}`];
  });
  return { key: 'attendance', heading: 'Attendance', body: groups.length ? groups.join('\n\n') : 'No agencies were invited.' };
}

type ReviewedAction = RecordedMeeting['reviews'][number];

/**
 * One section per earlier action. A child with several gets them numbered ("(2 of 3)"): two sections (and two
 * text boxes for the chair) with one heading cannot be told apart. Numbered within the child only, so a pack
 * that leaves out another child's actions shows no gap.
 */
function reviewSections(reviews: readonly ReviewedAction[]): StoredMinutesSection[] {
  const perChild = new Map<string, number>();
  for (const action of reviews) perChild.set(action.childId, (perChild.get(action.childId) ?? 0) + 1);
  const seen = new Map<string, number>();
  return reviews.map((action) => {
    const number = (seen.get(action.childId) ?? 0) + 1;
    seen.set(action.childId, number);
    const total = perChild.get(action.childId) ?? 1;
    return review(action, total > 1 ? ` (${number} of ${total})` : '');
  });
}

function review(action: ReviewedAction, numbering: string): StoredMinutesSection {
  const lines = [
    `Action: ${action.description}`,
    `Owner: ${action.ownerAgencyName}`,
    `Status now: ${ACTION_STATUS_LABELS[action.statusNow]}`,
  ];
  if (action.reason) lines.push(`${action.statusNow === ActionStatus.DONE ? 'Outcome' : 'Reason'}: ${action.reason}`);
  if (!action.reviewedStatus) lines.push('Not reviewed at this meeting.');
  return {
    key: `actions-review:${action.actionId}`,
    heading: `Earlier action for ${action.childName}${numbering}`,
    body: lines.join('\n'),
    subject: { itemId: null, childId: action.childId },
  };
}

function item(entry: RecordedMeeting['items'][number]): StoredMinutesSection {
  return {
    key: `item:${entry.id}`,
    heading: `${entry.position}. ${entry.subjectName}`,
    body: entry.status === AgendaItemStatus.DISCUSSED ? discussed(entry) : entry.status === AgendaItemStatus.NOT_REACHED ? NOT_REACHED_BODY : 'Not discussed.',
    subject: { itemId: entry.id, childId: entry.childId },
  };
}

function discussed(entry: RecordedMeeting['items'][number]): string {
  const outcome = entry.outcome;
  const lines = [`Discussion: ${outcome?.discussionSummary ?? 'No summary was recorded.'}`];
  if (outcome?.agreedRiskLevel) {
    lines.push(`Agreed risk: ${RISK_LEVEL_LABELS[outcome.agreedRiskLevel]}. Rationale: ${outcome.riskRationale ?? ''}`.trimEnd());
  }
  const decisions = outcome?.decisions ?? [];
  lines.push(`Decisions: ${decisions.length ? `${decisions.map((d) => MEETING_DECISION_LABELS[d]).join('; ')}.` : 'none recorded.'}`);
  if (outcome?.decisionNotes) lines.push(outcome.decisionNotes);
  if (entry.actions.length) {
    lines.push('Actions:');
    for (const action of entry.actions) {
      const owner = action.ownerName ? `${action.ownerAgencyName} (${action.ownerName})` : action.ownerAgencyName;
      lines.push(`- ${sentence(action.description)} Owner: ${owner}. Due ${calendarDay(action.dueOn)}.`);
    }
  } else {
    lines.push('Actions: none set.');
  }
  if (outcome?.nextReviewOn) lines.push(`Next review: ${calendarDay(outcome.nextReviewOn)}.`);
  return lines.join('\n');
}

function nextMeeting(meeting: RecordedMeeting): StoredMinutesSection {
  const next = meeting.nextMeeting;
  return {
    key: 'next-meeting',
    heading: 'Next meeting',
    body: next ? `${dayAndTime(next.startsAt)}${next.place ? `, ${next.place}` : ''}.` : 'No further meeting of this type is scheduled.',
  };
}

/** Text ending with one full stop, whatever the writer typed. */
function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
