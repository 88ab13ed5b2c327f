import {
  ACTION_STATUS_LABELS,
  ActionStatus,
  ATTENDANCE_STATUS_LABELS,
  AttendanceStatus,
  MEETING_DECISION_LABELS,
  MeetingDecision,
  RISK_LEVEL_LABELS,
  RiskLevel,
} from '@mace/shared-domain';
import { longDate, shortDate } from './demo-meeting-schedule';

/** Invented wording for the demo meetings: summaries, rationales and minutes, in plain text. */

const SUMMARIES: Record<RiskLevel, ((name: string, lead: string) => string)[]> = {
  [RiskLevel.HIGH]: [
    (n, l) => `${l} reported two missing episodes since the last review; ${n} was found each time with older people the family does not know. School attendance has fallen to 70%. ${n} said: "I just want everyone to leave me alone."`,
    (n, l) => `${l} has seen ${n} twice this week. Police intelligence links a phone number in ${n}'s contacts to a known drug line. ${n} has agreed to keep in touch with the youth worker.`,
    (n, l) => `No missing episodes this week, but ${n} was seen in the city centre late at night with the same group. ${l} is working with the family on a safety plan; the family are engaging.`,
    (n, l) => `${l} reports ${n} has new clothes and a second phone nobody can explain. Health saw ${n} at the walk-in centre with an injury; ${n} would not say how it happened.`,
  ],
  [RiskLevel.MEDIUM]: [
    (n, l) => `${l} has regular contact with ${n}. No missing episodes since the last review, but ${n} is still in contact online with peers of concern.`,
    (n, l) => `${n} is attending school most days. ${l} reports that the family have noticed late returns home on two evenings; ${n} says friends were to blame.`,
  ],
  [RiskLevel.LOW]: [
    (n, l) => `${l} reports no new concerns. ${n} is engaging well with support and talks openly with a trusted adult at school.`,
    (n, l) => `${n} has kept to the agreed plan; no missing episodes and no contact with the adults of concern. ${l} will keep in touch.`,
  ],
  [RiskLevel.NONE]: [(n, l) => `${l} reports no current concerns for ${n}.`],
};

export function discussionSummary(level: RiskLevel, name: string, leadAgency: string, meetingIndex: number): string {
  const options = SUMMARIES[level];
  return options[meetingIndex % options.length](name, leadAgency);
}

const RANK = [RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH];

export function riskRationale(level: RiskLevel, previous: RiskLevel): string {
  const direction = RANK.indexOf(level) - RANK.indexOf(previous);
  if (direction > 0) return `Raised to ${level.toLowerCase()}: new indicators of exploitation since the last review and the plan is not yet reducing them.`;
  if (direction < 0) return `Lowered to ${level.toLowerCase()}: no missing episodes or contact with adults of concern since the last review; protective factors in place.`;
  return `Kept at ${level.toLowerCase()}: the indicators are unchanged and the plan agreed last time continues.`;
}

export interface MinutesAttendance {
  agency: string;
  attendance: AttendanceStatus;
  names: string | null;
}

export interface MinutesReview {
  description: string;
  agency: string;
  status: ActionStatus;
}

export interface MinutesItem {
  id: string;
  position: number;
  childName: string;
  discussed: boolean;
  summary?: string;
  level?: RiskLevel;
  rationale?: string;
  decisions?: MeetingDecision[];
  actions?: { description: string; agency: string; dueOn: string }[];
  nextReviewOn?: string | null;
}

export interface MinutesSection {
  key: string;
  heading: string;
  body: string;
}

/** Minutes as the meetings feature drafts them: attendance, actions review, one section per item, next meeting. */
export function demoMinutes(input: {
  attendance: MinutesAttendance[];
  reviews: MinutesReview[];
  items: MinutesItem[];
  nextMeeting: { date: string; time: string; place: string };
}): MinutesSection[] {
  const attendance = input.attendance
    .map((a) => `${ATTENDANCE_STATUS_LABELS[a.attendance]}: ${a.agency}${a.names ? ` (${a.names})` : ''}`)
    .join('\n');
  const reviews = input.reviews.length
    ? input.reviews.map((r) => `- ${r.description} (${r.agency}): ${ACTION_STATUS_LABELS[r.status].toLowerCase()}`).join('\n')
    : 'No actions from earlier meetings were outstanding.';
  const items = input.items.map((item) => ({
    key: `item:${item.id}`,
    heading: `${item.position}. ${item.childName}`,
    body: item.discussed
      ? [
          item.summary,
          `Agreed risk: ${RISK_LEVEL_LABELS[item.level!]}. ${item.rationale}`,
          `Decisions: ${item.decisions!.map((d) => MEETING_DECISION_LABELS[d]).join('; ')}.`,
          item.actions!.length
            ? `Actions:\n${item.actions!.map((a) => `- ${a.description} (${a.agency}, due ${shortDate(a.dueOn)})`).join('\n')}`
            : 'Actions: none new.',
          item.nextReviewOn ? `Next review: ${shortDate(item.nextReviewOn)}.` : 'No further reviews at MACE.',
        ].join('\n')
      : 'Not reached: carried forward to the next meeting.',
  }));
  return [
    { key: 'attendance', heading: 'Attendance', body: attendance },
    { key: 'actions-review', heading: 'Review of earlier actions', body: reviews },
    ...items,
    {
      key: 'next-meeting',
      heading: 'Next meeting',
      body: `${longDate(input.nextMeeting.date)} at ${input.nextMeeting.time}, ${input.nextMeeting.place}.`,
    },
  ];
}
