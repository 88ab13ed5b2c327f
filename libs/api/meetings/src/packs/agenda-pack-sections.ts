import { AGENDA_RULE_LABELS, AgendaRule } from '@mace/shared-domain';
import { dayAndTime } from '../minutes/minutes-dates';
import { StoredMinutesSection } from '../minutes/minutes-section';

/** The agenda as loaded for one agency's pack. */
export interface AgendaForPack {
  typeName: string;
  startsAt: Date;
  place: string | null;
  memberNames: string[];
  /** Items not removed, in agenda order. */
  items: {
    id: string;
    position: number;
    childId: string | null;
    subjectName: string;
    reasons: { rule: AgendaRule; detail: string }[];
    presenterAgencyName: string | null;
    presenterName: string | null;
    timeboxMinutes: number;
    /** The recipient agency's own pre-meeting update, if it posted one. */
    update: { contactSinceLast: string | null; concerns: string | null; childVoice: string | null; actionProgress: string | null } | null;
  }[];
}

/**
 * The agenda in sections, as the minutes are: one for the meeting, one per item (with its subject,
 * so need-to-know is applied to it exactly as to the minutes).
 */
export function agendaSections(agenda: AgendaForPack): StoredMinutesSection[] {
  const meeting = [
    agenda.typeName,
    dayAndTime(agenda.startsAt),
    ...(agenda.place ? [`Place: ${agenda.place}`] : []),
    `Member agencies: ${agenda.memberNames.join(', ') || 'none'}`,
  ];
  return [
    { key: 'meeting', heading: 'Meeting', body: meeting.join('\n') },
    ...agenda.items.map((item): StoredMinutesSection => {
      const presenter = item.presenterAgencyName
        ? `${item.presenterAgencyName}${item.presenterName ? ` (${item.presenterName})` : ''}`
        : 'not set';
      const lines = [
        'Why it is on the agenda:',
        ...item.reasons.map((reason) => `- ${AGENDA_RULE_LABELS[reason.rule]}${reason.detail ? `: ${reason.detail}` : ''}`),
        `Presenter: ${presenter}`,
        `Timebox: ${item.timeboxMinutes} minutes`,
        ...updateLines(item.update),
      ];
      return {
        key: `item:${item.id}`,
        heading: `${item.position}. ${item.subjectName}`,
        body: lines.join('\n'),
        subject: { itemId: item.id, childId: item.childId },
      };
    }),
  ];
}

function updateLines(update: AgendaForPack['items'][number]['update']): string[] {
  if (!update) return ['Your agency has not posted a pre-meeting update.'];
  const fields: [string, string | null][] = [
    ['Contact since last time', update.contactSinceLast],
    ['Concerns', update.concerns],
    ['The child’s voice', update.childVoice],
    ['Progress on actions', update.actionProgress],
  ];
  return ['Your agency’s pre-meeting update:', ...fields.filter(([, text]) => text).map(([label, text]) => `${label}: ${text}`)];
}
