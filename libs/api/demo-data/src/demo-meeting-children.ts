import {
  AgencyKind,
  ChildStatus,
  EducationStatus,
  Ethnicity,
  ExploitationType,
  Gender,
  LookedAfterStatus,
  OffendingModel,
  ReferralStatus,
  RiskLevel,
  Vulnerability,
} from '@mace/shared-domain';
import type { DemoChild } from './demo-children';
import { DEMO_MEETING_TRACKS, DemoMeetingTrackName, firstMeeting } from './demo-meeting-tracks';
import { DemoDistrictName, maceMeetingOffset, PAST_MACE_MEETINGS } from './demo-meeting-schedule';

/** A child open to MACE in a district's weekly meeting, by given name (unique in the demo). */
export interface DemoCohortMember {
  district: DemoDistrictName;
  child: string;
  track: DemoMeetingTrackName;
}

/** The demo children that existed before the meetings, placed on tracks that fit their history. */
const EXISTING: DemoCohortMember[] = [
  { district: 'Sheffield', child: 'Kayleigh', track: 'HIGH_WEEKLY' },
  { district: 'Sheffield', child: 'Tyler', track: 'HIGH_NOT_REACHED_LAST' },
  { district: 'Sheffield', child: 'Callum', track: 'MEDIUM_DUE' },
  { district: 'Sheffield', child: 'Amira', track: 'LOW_RECENT' },
  { district: 'Rotherham', child: 'Chloe', track: 'HIGH_WEEKLY' },
  { district: 'Rotherham', child: 'Bilal', track: 'MEDIUM_OVERDUE_ACTION' },
  { district: 'Doncaster', child: 'Harvey', track: 'HIGH_WEEKLY' },
  { district: 'Doncaster', child: 'Freya', track: 'HIGH_NOT_REACHED_SECOND' },
  { district: 'Doncaster', child: 'Oliver', track: 'LOW_QUIET' },
  { district: 'Barnsley', child: 'Evie', track: 'HIGH_WEEKLY' },
  { district: 'Barnsley', child: 'Ryan', track: 'MEDIUM_DUE' },
];

type NewChild = [DemoMeetingTrackName, string, string, Gender, Ethnicity];
const F = Gender.FEMALE;
const M = Gender.MALE;
const X = Gender.NON_BINARY;
const E = Ethnicity;

/** Invented children (names made up for the demo) added so each weekly agenda has 10 to 25 children. */
const NEW_CHILDREN: Record<DemoDistrictName, NewChild[]> = {
  Sheffield: [
    ['HIGH_WEEKLY', 'Jodie', 'Wrenfield', F, E.WHITE_BRITISH],
    ['HIGH_WEEKLY', 'Kwame', 'Oduya-Bright', M, E.BLACK_AFRICAN],
    ['HIGH_NOT_REACHED_SECOND', 'Skye', 'Marchbank', F, E.MIXED_WHITE_AND_BLACK_CARIBBEAN],
    ['MEDIUM_OVERDUE_ACTION', 'Hamza', 'Qureshton', M, E.ASIAN_PAKISTANI],
    ['MEDIUM_RAISED_SINCE', 'Lacey', 'Dunthorne', F, E.WHITE_BRITISH],
    ['ESCALATED', 'Mateusz', 'Kolbrenner', M, E.WHITE_OTHER],
    ['NEW_SINCE', 'Niamh', 'Corrigall', F, E.WHITE_IRISH],
    ['NEW_SINCE_HIGH', 'Dexter', 'Hollinrake', M, E.WHITE_BRITISH],
    ['LOW_QUIET', 'Yasmin', 'Elsharif', F, E.OTHER_ARAB],
    ['NEW_AT_LAST', 'Alfie', 'Stannage', M, E.WHITE_BRITISH],
    ['STEPPED_DOWN_AT_LAST', 'Keira', 'Blenkin', F, E.WHITE_GYPSY_OR_IRISH_TRAVELLER],
  ],
  Rotherham: [
    ['HIGH_WEEKLY', 'Tia', 'Gawthorpe', F, E.WHITE_BRITISH],
    ['HIGH_WEEKLY', 'Rayan', 'Mahmoodi', M, E.ASIAN_OTHER],
    ['HIGH_NOT_REACHED_SECOND', 'Jasmine', 'Okereke-Lund', F, E.BLACK_AFRICAN],
    ['HIGH_NOT_REACHED_LAST', 'Connor', 'Wragby', M, E.WHITE_BRITISH],
    ['MEDIUM_DUE', 'Nusrat', 'Hollowell', F, E.ASIAN_BANGLADESHI],
    ['MEDIUM_RAISED_SINCE', 'Lewis', 'Thrybergh', M, E.WHITE_BRITISH],
    ['ESCALATED', 'Demi', 'Ravenfield', F, E.WHITE_BRITISH],
    ['NEW_SINCE', 'Kacper', 'Nowadzki', M, E.WHITE_ROMA],
    ['NEW_SINCE_HIGH', 'Imani', 'Sutcliffe-Barr', F, E.MIXED_WHITE_AND_BLACK_AFRICAN],
    ['LOW_QUIET', 'Owen', 'Brampton', M, E.WHITE_BRITISH],
    ['LOW_RECENT', 'Lily-Rose', 'Catcliffe', F, E.WHITE_BRITISH],
    ['NEW_AT_LAST', 'Arjun', 'Maltby', M, E.ASIAN_INDIAN],
    ['STEPPED_DOWN_AT_LAST', 'Summer', 'Wickersley', X, E.NOT_STATED],
  ],
  Doncaster: [
    ['HIGH_WEEKLY', 'Brooke', 'Askern', F, E.WHITE_BRITISH],
    ['HIGH_WEEKLY', 'Jamal', 'Edenthorpe', M, E.BLACK_CARIBBEAN],
    ['HIGH_NOT_REACHED_LAST', 'Phoebe', 'Rossington', F, E.WHITE_BRITISH],
    ['MEDIUM_DUE', 'Danyal', 'Hatfield-Khan', M, E.ASIAN_PAKISTANI],
    ['MEDIUM_OVERDUE_ACTION', 'Courtney', 'Balby', F, E.WHITE_BRITISH],
    ['MEDIUM_RAISED_SINCE', 'Ethan', 'Wheatley-Moss', M, E.MIXED_OTHER],
    ['ESCALATED', 'Lena', 'Kowalewsky', F, E.WHITE_OTHER],
    ['NEW_SINCE', 'Rory', 'Cantley', M, E.NOT_YET_RECORDED],
    ['NEW_SINCE_HIGH', 'Maisie', 'Tickhill', F, E.WHITE_BRITISH],
    ['LOW_RECENT', 'Tobias', 'Sprotbury', M, E.WHITE_BRITISH],
    ['NEW_AT_LAST', 'Hana', 'Yoshimura-Bell', F, E.ASIAN_OTHER],
    ['STEPPED_DOWN_AT_LAST', 'Jack', 'Armthorpe', M, E.WHITE_BRITISH],
  ],
  Barnsley: [
    ['HIGH_WEEKLY', 'Holly', 'Cudworth', F, E.WHITE_BRITISH],
    ['HIGH_WEEKLY', 'Marcus', 'Penwood-Achebe', M, E.MIXED_WHITE_AND_BLACK_AFRICAN],
    ['HIGH_NOT_REACHED_SECOND', 'Georgia', 'Mapplewell', F, E.WHITE_BRITISH],
    ['HIGH_NOT_REACHED_LAST', 'Ibrahim', 'Darton', M, E.OTHER_ANY],
    ['MEDIUM_OVERDUE_ACTION', 'Poppy', 'Silkstone', F, E.WHITE_BRITISH],
    ['MEDIUM_RAISED_SINCE', 'Logan', 'Hemingfield', M, E.WHITE_BRITISH],
    ['ESCALATED', 'Amber', 'Thurnscoe', F, E.MIXED_WHITE_AND_ASIAN],
    ['NEW_SINCE', 'Filip', 'Staincross', M, E.WHITE_OTHER],
    ['NEW_SINCE_HIGH', 'Ruby', 'Monkbretton', F, E.WHITE_BRITISH],
    ['LOW_QUIET', 'Zain', 'Higham-Cole', M, E.ASIAN_PAKISTANI],
    ['LOW_RECENT', 'Megan', 'Oxspring', F, E.WHITE_IRISH],
    ['NEW_AT_LAST', 'Mateo', 'Cawthorne', M, E.WHITE_OTHER],
    ['STEPPED_DOWN_AT_LAST', 'Tyra', 'Worsbrough', F, E.BLACK_CARIBBEAN],
  ],
};

const POSTCODE: Record<DemoDistrictName, string> = { Sheffield: 'S5', Rotherham: 'S66', Doncaster: 'DN3', Barnsley: 'S72' };
const STREETS = ['Alder Row', 'Brook Terrace', 'Cinder Lane', 'Dyke Walk', 'Elm Yard', 'Forge Close', 'Gable Street'];
const SCHOOLS: Record<DemoDistrictName, string> = {
  Sheffield: 'Hallam Vale Academy',
  Rotherham: 'Rother Bridge Academy',
  Doncaster: 'Town Moor Academy',
  Barnsley: 'Dearne Edge Academy',
};
const LEADS = [AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.YOUTH_JUSTICE, AgencyKind.POLICE, AgencyKind.EDUCATION, AgencyKind.HEALTH, AgencyKind.CHARITY];
const REFERRERS = [AgencyKind.EDUCATION, AgencyKind.POLICE, AgencyKind.HEALTH, AgencyKind.CHILDRENS_SOCIAL_CARE, AgencyKind.CHARITY, AgencyKind.YOUTH_JUSTICE, AgencyKind.HOUSING];
const PROFILES: { types: ExploitationType[]; models: OffendingModel[]; vulnerabilities: Vulnerability[] }[] = [
  { types: [ExploitationType.SEXUAL, ExploitationType.ONLINE], models: [OffendingModel.ONLINE_GROOMING], vulnerabilities: [Vulnerability.MISSING_EPISODES] },
  { types: [ExploitationType.CRIMINAL], models: [OffendingModel.GANG_ASSOCIATED], vulnerabilities: [Vulnerability.NOT_IN_EDUCATION] },
  { types: [ExploitationType.SEXUAL], models: [OffendingModel.OLDER_BOYFRIEND_GIRLFRIEND], vulnerabilities: [Vulnerability.MENTAL_HEALTH] },
  { types: [ExploitationType.CRIMINAL, ExploitationType.TRAFFICKING], models: [OffendingModel.ORGANISED_NETWORK], vulnerabilities: [Vulnerability.SUBSTANCE_MISUSE] },
  { types: [ExploitationType.ONLINE], models: [OffendingModel.ONLINE_GROOMING], vulnerabilities: [Vulnerability.SPECIAL_EDUCATIONAL_NEEDS] },
  { types: [ExploitationType.CRIMINAL], models: [OffendingModel.PEER_ON_PEER], vulnerabilities: [Vulnerability.DOMESTIC_ABUSE_AT_HOME] },
];

/** Days before today that the past meeting `index` (0..3) of the district happened. */
const daysAgo = (district: DemoDistrictName, index: number) => -maceMeetingOffset(district, index);

/**
 * When the referral arrived and how long triage took, so the child is accepted in the week before
 * its first meeting (a new referral there), or since the last meeting for children new this week.
 */
function referralTiming(district: DemoDistrictName, track: DemoMeetingTrackName, index: number): Pick<DemoChild, 'referredDaysAgo' | 'triagedDaysAfter'> {
  const definition = DEMO_MEETING_TRACKS[track];
  const last = daysAgo(district, PAST_MACE_MEETINGS - 1);
  // Referred before the last meeting, accepted after it: new since the last meeting.
  if (definition.newReferralLevel) return { referredDaysAgo: last + 1, triagedDaysAfter: 3 };
  const first = firstMeeting(definition) ?? 0;
  // Known for months before the first of these meetings, except referrals new at their first meeting.
  if (first === PAST_MACE_MEETINGS - 1) return { referredDaysAgo: last + 3, triagedDaysAfter: 1 };
  return { referredDaysAgo: daysAgo(district, 0) + 30 + index * 9, triagedDaysAfter: 1 };
}

function levelsFor(track: DemoMeetingTrackName): RiskLevel[] {
  const definition = DEMO_MEETING_TRACKS[track];
  if (definition.newReferralLevel) return [definition.newReferralLevel];
  const first = definition.steps.find((step): step is RiskLevel => step !== null && step !== 'NOT_REACHED');
  return [first ?? RiskLevel.MEDIUM];
}

let counter = 100;
const nextId = () => `c41d0000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;

export const DEMO_MEETING_CHILDREN: DemoChild[] = (Object.keys(NEW_CHILDREN) as DemoDistrictName[]).flatMap((district) =>
  NEW_CHILDREN[district].map(([track, givenName, familyName, gender, ethnicity], index): DemoChild => {
    const profile = PROFILES[index % PROFILES.length];
    const lead = LEADS[index % LEADS.length];
    return {
      id: nextId(),
      district,
      givenName,
      familyName,
      knownAs: [],
      // Aged 12 to 16 on the demo's dates.
      dateOfBirth: `${2010 + (index % 5)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(3 + index * 2).padStart(2, '0')}`,
      gender,
      ethnicitySelfDefined: ethnicity,
      ethnicityObserved: ethnicity === Ethnicity.NOT_STATED ? Ethnicity.WHITE_BRITISH : ethnicity,
      address: `${4 + index * 3} ${STREETS[index % STREETS.length]}, ${district}`,
      postcode: `${POSTCODE[district]} ${1 + (index % 9)}ZZ`,
      educationStatus: index % 4 === 1 ? EducationStatus.ALTERNATIVE_PROVISION : EducationStatus.IN_SCHOOL,
      schoolName: index % 4 === 1 ? `${district} Learning Centre` : SCHOOLS[district],
      lookedAfterStatus: index % 5 === 2 ? LookedAfterStatus.LOOKED_AFTER : LookedAfterStatus.NOT_LOOKED_AFTER,
      socialWorkerName: null,
      lead,
      leadProfessionalName: null,
      exploitationTypes: profile.types,
      offendingModels: profile.models,
      vulnerabilities: profile.vulnerabilities,
      riskHistory: levelsFor(track),
      // Open to MACE; the meetings seed records any later step down.
      status: ChildStatus.OPEN,
      referredBy: REFERRERS[index % REFERRERS.length],
      referralStatus: ReferralStatus.ACCEPTED,
      ...referralTiming(district, track, index),
    };
  }),
);

/** Every child in a weekly MACE series, with the track that says what happened at each meeting. */
export const DEMO_MACE_COHORT: DemoCohortMember[] = [
  ...EXISTING,
  ...(Object.keys(NEW_CHILDREN) as DemoDistrictName[]).flatMap((district) =>
    NEW_CHILDREN[district].map(([track, child]) => ({ district, child, track })),
  ),
];
