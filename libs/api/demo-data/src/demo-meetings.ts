import { AgencyKind, AgendaRule, MeetingKind } from '@mace/shared-domain';
import { DemoDistrictName } from './demo-meeting-schedule';
import { DEMO_DISTRICTS } from './demo-organisations';

/** What every demo meeting type asks attendees to accept before case details show. */
export const DEMO_CONFIDENTIALITY_STATEMENT =
  'Information shared in this meeting is for safeguarding children from exploitation only. Do not share it onward, ' +
  'inside or outside your agency, without the chair’s agreement. It is handled under the Data Protection Act 2018 and ' +
  'the partnership’s information-sharing agreement: record only what your agency needs, keep it secure and tell the ' +
  'chair at once if it is disclosed by mistake.';

export interface DemoMeetingType {
  /** Fixed id: `3ee71000-000<district>-4000-8000-00000000000<type>`. */
  id: string;
  district: DemoDistrictName;
  kind: MeetingKind;
  name: string;
  cadenceDays: number;
  agendaRules: AgendaRule[];
  coreAgencies: AgencyKind[];
}

const R = AgendaRule;
const K = AgencyKind;
const ALL_RULES = [R.NEW_REFERRAL, R.REVIEW_DUE, R.RISK_INCREASED, R.OVERDUE_ACTIONS, R.CARRIED_FORWARD];

/** The four kinds of meeting each demo district holds; only the weekly MACE has meetings in the demo. */
const TYPES: Omit<DemoMeetingType, 'id' | 'district' | 'name'>[] = [
  {
    kind: MeetingKind.MACE,
    cadenceDays: 7,
    agendaRules: ALL_RULES,
    coreAgencies: [K.POLICE, K.CHILDRENS_SOCIAL_CARE, K.EDUCATION, K.HEALTH, K.YOUTH_JUSTICE, K.HOUSING, K.CHARITY],
  },
  {
    kind: MeetingKind.CETG,
    cadenceDays: 14,
    // The intelligence-led meeting: new and newly graded intelligence first.
    agendaRules: [R.NEW_INTELLIGENCE, R.RISK_INCREASED, R.OVERDUE_ACTIONS, R.CARRIED_FORWARD],
    coreAgencies: [K.POLICE, K.CHILDRENS_SOCIAL_CARE, K.YOUTH_JUSTICE, K.EDUCATION],
  },
  {
    kind: MeetingKind.DAILY,
    cadenceDays: 1,
    agendaRules: [R.NEW_REFERRAL],
    coreAgencies: [K.POLICE, K.CHILDRENS_SOCIAL_CARE, K.HEALTH, K.EDUCATION],
  },
  {
    kind: MeetingKind.MVCA,
    cadenceDays: 28,
    agendaRules: [R.REVIEW_DUE, R.RISK_INCREASED, R.CARRIED_FORWARD],
    coreAgencies: [K.POLICE, K.CHILDRENS_SOCIAL_CARE, K.HEALTH, K.HOUSING, K.CHARITY],
  },
];

const NAMES: Record<MeetingKind, (district: string) => string> = {
  [MeetingKind.MACE]: (d) => `${d} MACE`,
  [MeetingKind.CETG]: (d) => `${d} CETG`,
  [MeetingKind.DAILY]: (d) => `${d} daily partnership meeting`,
  [MeetingKind.MVCA]: (d) => `${d} MVCA`,
  [MeetingKind.SUBGROUP]: (d) => `${d} exploitation subgroup`,
};

export const DEMO_MEETING_TYPES: DemoMeetingType[] = DEMO_DISTRICTS.flatMap((district, d) =>
  TYPES.map((type, t) => ({
    ...type,
    id: `3ee71000-000${d + 1}-4000-8000-00000000000${t + 1}`,
    district: district.name,
    name: NAMES[type.kind](district.name),
  })),
);

export function demoMaceType(district: DemoDistrictName): DemoMeetingType {
  return DEMO_MEETING_TYPES.find((type) => type.district === district && type.kind === MeetingKind.MACE)!;
}

/** Fixed ids of the weekly MACE series and its meetings (index 0..3 past, 4 upcoming, 5.. later). */
export function demoSeriesId(district: DemoDistrictName): string {
  return `3ee74000-000${districtNumber(district)}-4000-8000-000000000001`;
}

export function demoMeetingId(district: DemoDistrictName, index: number): string {
  return `3ee72000-000${districtNumber(district)}-4000-8000-${String(index + 1).padStart(12, '0')}`;
}

export function demoAgendaItemId(district: DemoDistrictName, meetingIndex: number, position: number): string {
  return `3ee73000-000${districtNumber(district)}-4000-8000-${String(meetingIndex + 1).padStart(4, '0')}${String(position).padStart(8, '0')}`;
}

export function demoPlace(district: DemoDistrictName): string {
  return `${district} Safeguarding Hub, meeting room 2 (and online)`;
}

/** Later meetings of the series already scheduled after the upcoming one. */
export const LATER_MACE_MEETINGS = 2;

function districtNumber(district: DemoDistrictName): number {
  return DEMO_DISTRICTS.findIndex((d) => d.name === district) + 1;
}
