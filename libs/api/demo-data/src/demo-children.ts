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
import { DEMO_MEETING_CHILDREN } from './demo-meeting-children';

/**
 * Invented children for the demo partnership: every name, date, address and story here is made
 * up (postcodes use the unallocated "ZZ" ending). Five to eight per district, across every risk level and
 * status, so the chair's lists, the triage board and search are full on first start.
 */
export interface DemoChild {
  id: string;
  district: 'Barnsley' | 'Doncaster' | 'Rotherham' | 'Sheffield';
  givenName: string;
  familyName: string;
  knownAs: string[];
  dateOfBirth: string;
  gender: Gender;
  ethnicitySelfDefined: Ethnicity;
  ethnicityObserved: Ethnicity;
  address: string;
  postcode: string;
  educationStatus: EducationStatus;
  schoolName: string | null;
  lookedAfterStatus: LookedAfterStatus;
  socialWorkerName: string | null;
  /** Lead agency kind in the child's district; none while awaiting triage. */
  lead: AgencyKind | null;
  leadProfessionalName: string | null;
  exploitationTypes: ExploitationType[];
  offendingModels: OffendingModel[];
  vulnerabilities: Vulnerability[];
  /** Risk levels oldest first; the last is current. */
  riskHistory: RiskLevel[];
  status: ChildStatus;
  closureReason?: string;
  restricted?: boolean;
  referredBy: AgencyKind;
  referralStatus: ReferralStatus;
  /** Days ago the referral arrived; the history is spread after it. */
  referredDaysAgo: number;
  /** Days after the referral that the daily triage decided it (default 1). */
  triagedDaysAfter?: number;
  flags?: { label: string; reason: string }[];
}

const E = ExploitationType;
const M = OffendingModel;
const V = Vulnerability;
const R = RiskLevel;
const S = ChildStatus;
const K = AgencyKind;

let n = 0;
const id = () => `c41d0000-0000-4000-8000-${String(++n).padStart(12, '0')}`;

const FIRST_CHILDREN: DemoChild[] = [
  // Sheffield
  {
    id: id(), district: 'Sheffield', givenName: 'Kayleigh', familyName: 'Brennan', knownAs: ['Kay'], dateOfBirth: '2011-03-14',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.WHITE_BRITISH, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '14 Larch Close, Sheffield', postcode: 'S2 9ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Hallam Vale Academy',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: 'Ruth Amberley', lead: K.CHILDRENS_SOCIAL_CARE,
    leadProfessionalName: 'Ruth Amberley', exploitationTypes: [E.SEXUAL, E.ONLINE], offendingModels: [M.OLDER_BOYFRIEND_GIRLFRIEND, M.ONLINE_GROOMING],
    vulnerabilities: [V.MISSING_EPISODES, V.MENTAL_HEALTH], riskHistory: [R.MEDIUM, R.HIGH], status: S.OPEN,
    referredBy: K.EDUCATION, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 60,
    flags: [{ label: 'Goes missing at night', reason: 'Three missing episodes this term, found in the city centre each time' }],
  },
  {
    id: id(), district: 'Sheffield', givenName: 'Tyler', familyName: 'Ashworth', knownAs: ['TJ'], dateOfBirth: '2009-11-02',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.MIXED_WHITE_AND_BLACK_CARIBBEAN, ethnicityObserved: Ethnicity.MIXED_OTHER,
    address: '3 Foundry Walk, Sheffield', postcode: 'S4 7ZZ', educationStatus: EducationStatus.EXCLUDED, schoolName: null,
    lookedAfterStatus: LookedAfterStatus.LOOKED_AFTER, socialWorkerName: 'Owen Mercer', lead: K.YOUTH_JUSTICE,
    leadProfessionalName: 'Priya Castell', exploitationTypes: [E.CRIMINAL], offendingModels: [M.GANG_ASSOCIATED],
    vulnerabilities: [V.NOT_IN_EDUCATION, V.SUBSTANCE_MISUSE], riskHistory: [R.HIGH], status: S.OPEN,
    referredBy: K.POLICE, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 35,
    flags: [{ label: 'Weapon concern', reason: 'Found with a bladed article in a stop search' }],
  },
  {
    id: id(), district: 'Sheffield', givenName: 'Amira', familyName: 'Haddad', knownAs: [], dateOfBirth: '2012-06-21',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.OTHER_ARAB, ethnicityObserved: Ethnicity.NOT_YET_RECORDED,
    address: '27 Kestrel Rise, Sheffield', postcode: 'S6 3ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Don Valley School',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: K.EDUCATION,
    leadProfessionalName: 'Martin Oakes', exploitationTypes: [E.ONLINE], offendingModels: [M.ONLINE_GROOMING],
    vulnerabilities: [V.SELF_HARM], riskHistory: [R.MEDIUM, R.LOW], status: S.OPEN,
    referredBy: K.EDUCATION, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 90,
  },
  {
    id: id(), district: 'Sheffield', givenName: 'Callum', familyName: 'Pryor', knownAs: ['Cal'], dateOfBirth: '2010-01-30',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.REFUSED, ethnicityObserved: Ethnicity.WHITE_OTHER,
    address: '9 Wharf Lane, Sheffield', postcode: 'S9 2ZZ', educationStatus: EducationStatus.ALTERNATIVE_PROVISION, schoolName: 'Riverside Learning Centre',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: K.HEALTH,
    leadProfessionalName: 'Dr Helen Garside', exploitationTypes: [E.CRIMINAL], offendingModels: [M.PEER_ON_PEER],
    vulnerabilities: [V.SUBSTANCE_MISUSE], riskHistory: [R.LOW, R.MEDIUM], status: S.OPEN,
    referredBy: K.HEALTH, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 45,
  },
  {
    id: id(), district: 'Sheffield', givenName: 'Leah', familyName: 'Montague', knownAs: [], dateOfBirth: '2010-09-08',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.NOT_STATED, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '51 Ploughman Way, Sheffield', postcode: 'S12 4ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Hallam Vale Academy',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: null, leadProfessionalName: null,
    exploitationTypes: [E.SEXUAL], offendingModels: [M.INAPPROPRIATE_RELATIONSHIP], vulnerabilities: [V.PREVIOUS_ABUSE],
    riskHistory: [R.MEDIUM], status: S.REFERRED, referredBy: K.EDUCATION, referralStatus: ReferralStatus.AWAITING_TRIAGE, referredDaysAgo: 1,
  },
  {
    id: id(), district: 'Sheffield', givenName: 'Jayden', familyName: 'Kowalczyk', knownAs: ['Jay K'], dateOfBirth: '2011-12-19',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.WHITE_OTHER, ethnicityObserved: Ethnicity.WHITE_OTHER,
    address: '6 Furnace Hill Court, Sheffield', postcode: 'S3 8ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Don Valley School',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: null, leadProfessionalName: null,
    exploitationTypes: [E.CRIMINAL], offendingModels: [M.ORGANISED_NETWORK], vulnerabilities: [V.MISSING_EPISODES],
    riskHistory: [R.HIGH], status: S.REFERRED, referredBy: K.POLICE, referralStatus: ReferralStatus.AWAITING_TRIAGE, referredDaysAgo: 0,
  },
  {
    id: id(), district: 'Sheffield', givenName: 'Sophie', familyName: 'Lindqvist', knownAs: [], dateOfBirth: '2009-04-11',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.WHITE_OTHER, ethnicityObserved: Ethnicity.WHITE_OTHER,
    address: '18 Beacon Road, Sheffield', postcode: 'S10 5ZZ', educationStatus: EducationStatus.IN_COLLEGE, schoolName: 'Sheaf Valley College',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: K.CHARITY, leadProfessionalName: 'Nadia Freer',
    exploitationTypes: [E.SEXUAL], offendingModels: [M.OLDER_BOYFRIEND_GIRLFRIEND], vulnerabilities: [],
    riskHistory: [R.MEDIUM, R.LOW], status: S.STEPPED_DOWN, referredBy: K.CHARITY, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 150,
  },
  {
    id: id(), district: 'Sheffield', givenName: 'Reece', familyName: 'Dunmore', knownAs: [], dateOfBirth: '2013-02-27',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.NOT_YET_RECORDED, ethnicityObserved: Ethnicity.NOT_YET_RECORDED,
    address: '2 Orchard Mews, Sheffield', postcode: 'S8 1ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Meersbrook Primary',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: null, leadProfessionalName: null,
    exploitationTypes: [E.ONLINE], offendingModels: [], vulnerabilities: [], riskHistory: [R.LOW], status: S.CLOSED,
    closureReason: 'Closed at triage: signposted to the school’s online safety support', referredBy: K.HEALTH,
    referralStatus: ReferralStatus.SIGNPOSTED, referredDaysAgo: 20,
  },
  // Rotherham
  {
    id: id(), district: 'Rotherham', givenName: 'Chloe', familyName: 'Staniforth', knownAs: ['Clo'], dateOfBirth: '2010-07-05',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.WHITE_BRITISH, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '40 Canal Side, Rotherham', postcode: 'S60 9ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Rother Bridge Academy',
    lookedAfterStatus: LookedAfterStatus.LOOKED_AFTER, socialWorkerName: 'Gemma Whitfield', lead: K.CHILDRENS_SOCIAL_CARE,
    leadProfessionalName: 'Gemma Whitfield', exploitationTypes: [E.SEXUAL], offendingModels: [M.ORGANISED_NETWORK],
    vulnerabilities: [V.MISSING_EPISODES, V.PREVIOUS_ABUSE], riskHistory: [R.HIGH], status: S.OPEN,
    referredBy: K.CHILDRENS_SOCIAL_CARE, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 40,
    flags: [{ label: 'Placement at risk', reason: 'Carers report unknown adults collecting her from the placement' }],
  },
  {
    id: id(), district: 'Rotherham', givenName: 'Bilal', familyName: 'Rahman', knownAs: [], dateOfBirth: '2009-10-23',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.ASIAN_BANGLADESHI, ethnicityObserved: Ethnicity.ASIAN_BANGLADESHI,
    address: '12 Mill Race, Rotherham', postcode: 'S61 2ZZ', educationStatus: EducationStatus.EMPLOYMENT_OR_TRAINING, schoolName: null,
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: K.YOUTH_JUSTICE, leadProfessionalName: 'Sam Okafor',
    exploitationTypes: [E.CRIMINAL, E.TRAFFICKING], offendingModels: [M.GANG_ASSOCIATED], vulnerabilities: [V.NOT_IN_EDUCATION],
    riskHistory: [R.MEDIUM], status: S.OPEN, referredBy: K.POLICE, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 25,
  },
  {
    id: id(), district: 'Rotherham', givenName: 'Ellie-May', familyName: 'Fairbrother', knownAs: ['Ellie'], dateOfBirth: '2012-03-16',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.WHITE_GYPSY_OR_IRISH_TRAVELLER, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '7 Holly Bank, Rotherham', postcode: 'S65 1ZZ', educationStatus: EducationStatus.ELECTIVE_HOME_EDUCATION, schoolName: null,
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: null, leadProfessionalName: null,
    exploitationTypes: [E.ONLINE], offendingModels: [M.ONLINE_GROOMING], vulnerabilities: [V.MENTAL_HEALTH],
    riskHistory: [R.LOW], status: S.REFERRED, referredBy: K.HEALTH, referralStatus: ReferralStatus.AWAITING_TRIAGE, referredDaysAgo: 2,
  },
  {
    id: id(), district: 'Rotherham', givenName: 'Kieran', familyName: 'Holroyd', knownAs: [], dateOfBirth: '2011-08-29',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.WHITE_BRITISH, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '22 Pit Lane, Rotherham', postcode: 'S62 6ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Rother Bridge Academy',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: K.EDUCATION, leadProfessionalName: 'Fiona Lacey',
    exploitationTypes: [E.CRIMINAL], offendingModels: [M.PEER_ON_PEER], vulnerabilities: [], riskHistory: [R.LOW, R.NONE],
    status: S.STEPPED_DOWN, referredBy: K.EDUCATION, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 120,
  },
  {
    id: id(), district: 'Rotherham', givenName: 'Maya', familyName: 'Obi', knownAs: [], dateOfBirth: '2010-12-01',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.BLACK_AFRICAN, ethnicityObserved: Ethnicity.BLACK_AFRICAN,
    address: '5 Sycamore Court, Rotherham', postcode: 'S63 4ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Wath Grange School',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: null, leadProfessionalName: null,
    exploitationTypes: [E.SEXUAL], offendingModels: [], vulnerabilities: [], riskHistory: [R.NONE], status: S.CLOSED,
    closureReason: 'Closed at triage: no further action, concerns addressed by the school', referredBy: K.EDUCATION,
    referralStatus: ReferralStatus.NO_FURTHER_ACTION, referredDaysAgo: 30,
  },
  // Doncaster
  {
    id: id(), district: 'Doncaster', givenName: 'Harvey', familyName: 'Lockwood', knownAs: ['H'], dateOfBirth: '2009-05-17',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.WHITE_BRITISH, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '31 Station Terrace, Doncaster', postcode: 'DN1 5ZZ', educationStatus: EducationStatus.NOT_IN_EDUCATION, schoolName: null,
    lookedAfterStatus: LookedAfterStatus.CARE_LEAVER, socialWorkerName: 'Declan Ross', lead: K.POLICE, leadProfessionalName: 'DC Jo Hartley',
    exploitationTypes: [E.CRIMINAL], offendingModels: [M.ORGANISED_NETWORK], vulnerabilities: [V.SUBSTANCE_MISUSE, V.MISSING_EPISODES],
    riskHistory: [R.MEDIUM, R.HIGH], status: S.OPEN, referredBy: K.POLICE, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 70,
  },
  {
    id: id(), district: 'Doncaster', givenName: 'Freya', familyName: 'Coultas', knownAs: [], dateOfBirth: '2011-10-10',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.WHITE_BRITISH, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: 'Held by children’s social care', postcode: 'DN2 0ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Town Moor Academy',
    lookedAfterStatus: LookedAfterStatus.LOOKED_AFTER, socialWorkerName: 'Anita Sewell', lead: K.CHILDRENS_SOCIAL_CARE,
    leadProfessionalName: 'Anita Sewell', exploitationTypes: [E.SEXUAL, E.TRAFFICKING], offendingModels: [M.ORGANISED_NETWORK],
    vulnerabilities: [V.PREVIOUS_ABUSE], riskHistory: [R.HIGH], status: S.OPEN, restricted: true,
    referredBy: K.CHILDRENS_SOCIAL_CARE, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 50,
    flags: [{ label: 'Restricted record', reason: 'Placement address withheld on police advice' }],
  },
  {
    id: id(), district: 'Doncaster', givenName: 'Oliver', familyName: 'Dransfield', knownAs: ['Ollie'], dateOfBirth: '2012-01-25',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.MIXED_WHITE_AND_ASIAN, ethnicityObserved: Ethnicity.NOT_YET_RECORDED,
    address: '8 Cusworth Grove, Doncaster', postcode: 'DN5 8ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Sprotbrough Lane School',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: K.EDUCATION, leadProfessionalName: 'Carl Pickering',
    exploitationTypes: [E.ONLINE], offendingModels: [M.ONLINE_GROOMING], vulnerabilities: [V.SPECIAL_EDUCATIONAL_NEEDS],
    riskHistory: [R.LOW], status: S.OPEN, referredBy: K.EDUCATION, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 80,
  },
  {
    id: id(), district: 'Doncaster', givenName: 'Zara', familyName: 'Iqbal', knownAs: [], dateOfBirth: '2010-02-14',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.ASIAN_PAKISTANI, ethnicityObserved: Ethnicity.ASIAN_PAKISTANI,
    address: '19 Bawtry Court, Doncaster', postcode: 'DN4 7ZZ', educationStatus: EducationStatus.IN_COLLEGE, schoolName: 'Doncaster Riverside College',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: null, leadProfessionalName: null,
    exploitationTypes: [E.SEXUAL], offendingModels: [M.OLDER_BOYFRIEND_GIRLFRIEND], vulnerabilities: [V.DOMESTIC_ABUSE_AT_HOME],
    riskHistory: [R.MEDIUM], status: S.REFERRED, referredBy: K.HEALTH, referralStatus: ReferralStatus.AWAITING_TRIAGE, referredDaysAgo: 1,
  },
  {
    id: id(), district: 'Doncaster', givenName: 'Mason', familyName: 'Greaves', knownAs: [], dateOfBirth: '2008-12-30',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.WHITE_BRITISH, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '4 Quarry Row, Doncaster', postcode: 'DN6 2ZZ', educationStatus: EducationStatus.EMPLOYMENT_OR_TRAINING, schoolName: null,
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: null, leadProfessionalName: null,
    exploitationTypes: [E.CRIMINAL], offendingModels: [M.GANG_ASSOCIATED], vulnerabilities: [], riskHistory: [R.LOW],
    status: S.CLOSED, closureReason: 'Sent to a strategy meeting; children’s social care leads', referredBy: K.YOUTH_JUSTICE,
    referralStatus: ReferralStatus.STRATEGY_MEETING, referredDaysAgo: 15,
  },
  // Barnsley
  {
    id: id(), district: 'Barnsley', givenName: 'Evie', familyName: 'Marsden', knownAs: [], dateOfBirth: '2011-05-03',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.WHITE_BRITISH, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '11 Pinfold Lane, Barnsley', postcode: 'S70 3ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Dearne Edge Academy',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: 'Lewis Harrop', lead: K.CHILDRENS_SOCIAL_CARE,
    leadProfessionalName: 'Lewis Harrop', exploitationTypes: [E.SEXUAL, E.ONLINE], offendingModels: [M.ONLINE_GROOMING],
    vulnerabilities: [V.SELF_HARM], riskHistory: [R.LOW, R.MEDIUM, R.HIGH], status: S.OPEN,
    referredBy: K.HEALTH, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 100,
  },
  {
    id: id(), district: 'Barnsley', givenName: 'Ryan', familyName: 'Tattersall', knownAs: ['Tatts'], dateOfBirth: '2010-08-18',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.WHITE_BRITISH, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '29 Colliery Road, Barnsley', postcode: 'S71 5ZZ', educationStatus: EducationStatus.ALTERNATIVE_PROVISION, schoolName: 'Barnsley Pathways Centre',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: K.YOUTH_JUSTICE, leadProfessionalName: 'Dawn Kenworthy',
    exploitationTypes: [E.CRIMINAL], offendingModels: [M.PEER_ON_PEER, M.GANG_ASSOCIATED], vulnerabilities: [V.NOT_IN_EDUCATION],
    riskHistory: [R.MEDIUM], status: S.OPEN, referredBy: K.YOUTH_JUSTICE, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 30,
  },
  {
    id: id(), district: 'Barnsley', givenName: 'Isla', familyName: 'Whiteley', knownAs: [], dateOfBirth: '2013-09-09',
    gender: Gender.FEMALE, ethnicitySelfDefined: Ethnicity.NOT_YET_RECORDED, ethnicityObserved: Ethnicity.WHITE_BRITISH,
    address: '2 Wentworth View, Barnsley', postcode: 'S73 0ZZ', educationStatus: EducationStatus.IN_SCHOOL, schoolName: 'Hoyland Common Primary',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: null, leadProfessionalName: null,
    exploitationTypes: [E.ONLINE], offendingModels: [], vulnerabilities: [], riskHistory: [R.LOW], status: S.REFERRED,
    referredBy: K.EDUCATION, referralStatus: ReferralStatus.AWAITING_TRIAGE, referredDaysAgo: 0,
  },
  {
    id: id(), district: 'Barnsley', givenName: 'Nathan', familyName: 'Birkinshaw', knownAs: ['Nath'], dateOfBirth: '2009-03-22',
    gender: Gender.MALE, ethnicitySelfDefined: Ethnicity.BLACK_CARIBBEAN, ethnicityObserved: Ethnicity.BLACK_CARIBBEAN,
    address: '15 Dodworth Rise, Barnsley', postcode: 'S75 1ZZ', educationStatus: EducationStatus.IN_COLLEGE, schoolName: 'Barnsley Sixth Form College',
    lookedAfterStatus: LookedAfterStatus.NOT_LOOKED_AFTER, socialWorkerName: null, lead: K.CHARITY, leadProfessionalName: 'Imogen Wragg',
    exploitationTypes: [E.CRIMINAL], offendingModels: [M.INAPPROPRIATE_RELATIONSHIP], vulnerabilities: [V.YOUNG_CARER],
    riskHistory: [R.MEDIUM, R.LOW], status: S.STEPPED_DOWN, referredBy: K.CHARITY, referralStatus: ReferralStatus.ACCEPTED, referredDaysAgo: 140,
  },
];

/** The first children, then those added so each district's weekly MACE has a full agenda. */
export const DEMO_CHILDREN: DemoChild[] = [...FIRST_CHILDREN, ...DEMO_MEETING_CHILDREN];
