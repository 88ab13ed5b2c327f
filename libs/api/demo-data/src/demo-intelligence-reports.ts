import {
  AgencyKind,
  HandlingCode,
  IntelligenceAssessment,
  IntelligenceProvenance,
  IntelligenceStatus,
  Role,
  SourceEvaluation,
} from '@mace/shared-domain';
import { DemoDistrictName } from './demo-meeting-schedule';
import { DEMO_DISTRICTS, DemoUser, demoAgencyId } from './demo-organisations';

/**
 * Invented intelligence reports in every district: partners' submissions awaiting grading, graded
 * reports with a sanitised text for partners (P, and one C with conditions), reports linked to the
 * picture, and one tabled at the CETG. A partner reports only about children it is involved with
 * (the seed grants involvement where it is not the referrer or lead).
 */
export interface DemoIntelligence {
  id: string;
  key: string;
  district: DemoDistrictName;
  /** The submitting agency kind; POLICE reports come from the district's SPOC. */
  submittedBy: AgencyKind;
  /** The demo children it is about, by given name. */
  children: string[];
  submittedDaysAgo: number;
  what: string;
  occurredDaysAgo?: number;
  occurredTime?: string;
  place?: string;
  who?: string;
  provenance: IntelligenceProvenance;
  provenanceDetail?: string;
  status: IntelligenceStatus;
  grading?: {
    source: SourceEvaluation;
    assessment: IntelligenceAssessment;
    code: HandlingCode;
    conditions?: string;
    sanitised: string;
  };
}

let n = 0;
const intelligence = (i: Omit<DemoIntelligence, 'id'>): DemoIntelligence => ({
  id: `1e700000-0000-4000-8000-${String(++n).padStart(12, '0')}`,
  ...i,
});

/** Demo references sit at 900001 and up in their year, clear of the numbers the API hands out. */
export const demoIntelligenceReference = (year: string, index: number): string => `INT-${year}-${String(900001 + index)}`;

const K = AgencyKind;
const St = IntelligenceStatus;
const Pv = IntelligenceProvenance;
const SE = SourceEvaluation;
const IA = IntelligenceAssessment;
const H = HandlingCode;

export const DEMO_INTELLIGENCE: DemoIntelligence[] = [
  // Sheffield
  intelligence({ key: 'shf-school-gates', district: 'Sheffield', submittedBy: K.EDUCATION, children: ['Leah'], submittedDaysAgo: 1,
    what: 'Leah got into a grey hatchback outside the school gates at home time. The driver was a man in his thirties; ' +
      'she told a friend he is "Stelly’s mate". Partial registration ZZ19.',
    occurredDaysAgo: 1, occurredTime: '15:20', place: 'Outside the main gates, Hallam Vale Academy', who: 'Unknown adult male, thirties',
    provenance: Pv.SEEN_OR_HEARD, provenanceDetail: 'Seen by a teaching assistant on gate duty.', status: St.SUBMITTED }),
  intelligence({ key: 'shf-park-deals', district: 'Sheffield', submittedBy: K.HEALTH, children: ['Callum'], submittedDaysAgo: 2,
    what: 'Callum said at his appointment that older lads at the park give him cannabis for "running errands" to the takeaway.',
    occurredDaysAgo: 5, place: 'Hollin Dale Park', who: '"Frithy" and an older man called Tommo',
    provenance: Pv.TOLD_BY_CHILD, status: St.SUBMITTED }),
  intelligence({ key: 'shf-youth-club', district: 'Sheffield', submittedBy: K.CHARITY, children: ['Kayleigh'], submittedDaysAgo: 10,
    what: 'Youth workers saw Kayleigh being dropped off at the youth club by a man in a grey Corsa; she had a new phone and ' +
      'said the man is her "boyfriend Dee".',
    occurredDaysAgo: 11, occurredTime: 'about 19:00', place: 'Outside the Brightside youth club', who: '"Dee", adult male',
    provenance: Pv.SEEN_OR_HEARD, status: St.GRADED,
    grading: { source: SE.RELIABLE, assessment: IA.B, code: H.P,
      sanitised: 'Kayleigh has been seen being dropped off by an adult male described as her boyfriend. Police are aware and developing this.' } }),
  intelligence({ key: 'shf-phone-holding', district: 'Sheffield', submittedBy: K.YOUTH_JUSTICE, children: ['Tyler'], submittedDaysAgo: 8,
    what: 'Tyler told his worker that he holds a phone for "JK" and is paid £50 a day; he is scared of what happens if he stops.',
    occurredDaysAgo: 9, who: '"JK"', provenance: Pv.TOLD_BY_CHILD, provenanceDetail: 'Said during a supervision session.',
    status: St.GRADED,
    grading: { source: SE.RELIABLE, assessment: IA.C, code: H.C,
      conditions: 'Not to be shared with the family or written into partner case notes without the SPOC’s agreement: it would identify the worker.',
      sanitised: 'Information indicates Tyler is being used to hold a deal line phone and is frightened to stop.' } }),
  intelligence({ key: 'shf-hotel-night', district: 'Sheffield', submittedBy: K.POLICE, children: ['Kayleigh'], submittedDaysAgo: 25,
    what: 'Kayleigh found in room 12 of the Larkspur Court Hotel at 02:10 while missing; the room was booked in the name of Darren Voss.',
    occurredDaysAgo: 26, occurredTime: '02:10', place: 'Larkspur Court Hotel, room 12', who: 'Darren Voss (booking)',
    provenance: Pv.RECORDS, provenanceDetail: 'Missing-person enquiry log and hotel register.', status: St.LINKED,
    grading: { source: SE.RELIABLE, assessment: IA.A, code: H.P,
      sanitised: 'Kayleigh was found by police at a city-centre hotel while missing. Partners should treat hotel stays as a risk indicator.' } }),
  intelligence({ key: 'shf-licensing-visit', district: 'Sheffield', submittedBy: K.POLICE, children: [], submittedDaysAgo: 14,
    what: 'Op Makesafe check with licensing at the Larkspur Court Hotel: night staff say the same man books rooms most weekends and young girls ' +
      'arrive after midnight; staff have not reported it.',
    occurredDaysAgo: 9, place: 'Larkspur Court Hotel', provenance: Pv.SEEN_OR_HEARD, status: St.TABLED,
    grading: { source: SE.RELIABLE, assessment: IA.B, code: H.P,
      sanitised: 'Concerns found at a city-centre hotel during an Op Makesafe check; tabled at the CETG for a joint visit.' } }),
  intelligence({ key: 'shf-amira-hotel', district: 'Sheffield', submittedBy: K.EDUCATION, children: ['Amira'], submittedDaysAgo: 29,
    what: 'Amira told her form tutor she stayed overnight at the Cutlers Rest Inn with "friends from online" she would not name.',
    occurredDaysAgo: 30, place: 'Cutlers Rest Inn', provenance: Pv.TOLD_BY_CHILD, status: St.LINKED,
    grading: { source: SE.RELIABLE, assessment: IA.C, code: H.P,
      sanitised: 'Amira is reported to have stayed overnight at a hotel with people she met online.' } }),
  // Doncaster
  intelligence({ key: 'don-zara-taxi', district: 'Doncaster', submittedBy: K.HEALTH, children: ['Zara'], submittedDaysAgo: 1,
    what: 'Zara attended the sexual health clinic with a woman who paid for a taxi for both of them; Zara called her "Stace".',
    occurredDaysAgo: 2, place: 'Town centre sexual health clinic', who: '"Stace", woman in her twenties',
    provenance: Pv.SEEN_OR_HEARD, status: St.SUBMITTED }),
  intelligence({ key: 'don-selby-hmo', district: 'Doncaster', submittedBy: K.HOUSING, children: [], submittedDaysAgo: 3,
    what: 'Neighbours at 27 Selby Row report children coming and going through the night and a white van parked outside.',
    place: '27 Selby Row', provenance: Pv.TOLD_BY_ANOTHER, provenanceDetail: 'Two neighbours, by telephone.', status: St.SUBMITTED }),
  intelligence({ key: 'don-freya-hotel', district: 'Doncaster', submittedBy: K.CHILDRENS_SOCIAL_CARE, children: ['Freya'], submittedDaysAgo: 30,
    what: 'Freya returned to placement in a blue Audi after two nights missing; carers were told she had been at a hotel by the station.',
    occurredDaysAgo: 33, place: 'Railway Arms Hotel', who: 'Driver of a blue Audi, older man', provenance: Pv.TOLD_BY_ANOTHER,
    status: St.GRADED,
    grading: { source: SE.UNTESTED, assessment: IA.C, code: H.P,
      sanitised: 'Freya is reported to have spent time at a hotel while missing and to have been driven back by an adult.' } }),
  intelligence({ key: 'don-oliver-gaming', district: 'Doncaster', submittedBy: K.EDUCATION, children: ['Oliver'], submittedDaysAgo: 15,
    what: 'Oliver showed a teacher messages from an adult he met in a gaming chat asking him to move to TikTok and send photos.',
    occurredDaysAgo: 16, provenance: Pv.ONLINE, status: St.GRADED,
    grading: { source: SE.RELIABLE, assessment: IA.B, code: H.P,
      sanitised: 'Oliver has been contacted online by an adult asking him to move to a private app. Online safety support continues.' } }),
  intelligence({ key: 'don-harvey-trap-house', district: 'Doncaster', submittedBy: K.POLICE, children: ['Harvey'], submittedDaysAgo: 17,
    what: 'Harvey found at 27 Selby Row with cash and wraps during a warrant; the phone seized from him receives Carr line bulk messages.',
    occurredDaysAgo: 18, place: '27 Selby Row', who: 'Shane Rudd (occupier)', provenance: Pv.RECORDS, status: St.LINKED,
    grading: { source: SE.RELIABLE, assessment: IA.A, code: H.P,
      sanitised: 'Harvey was found by police at an address linked to drug supply. He is being treated as a victim of exploitation.' } }),
  // Rotherham
  intelligence({ key: 'rot-chloe-car', district: 'Rotherham', submittedBy: K.CHILDRENS_SOCIAL_CARE, children: ['Chloe'], submittedDaysAgo: 12,
    what: 'A red Seat Leon, registration starting ZZ14, waits outside the children’s home most evenings; Chloe goes out to it.',
    occurredDaysAgo: 13, occurredTime: 'evenings, 21:00–22:00', place: 'Outside the children’s home', provenance: Pv.SEEN_OR_HEARD,
    status: St.GRADED,
    grading: { source: SE.RELIABLE, assessment: IA.B, code: H.P,
      sanitised: 'A car has been seen waiting for Chloe outside her placement in the evenings. Police are making enquiries.' } }),
  intelligence({ key: 'rot-bilal-phone', district: 'Rotherham', submittedBy: K.YOUTH_JUSTICE, children: ['Bilal'], submittedDaysAgo: 4,
    what: 'Bilal’s phone showed messages from 07700 900404 offering "work" in Skegness; he said the number is "Q’s".',
    occurredDaysAgo: 5, who: '"Q"', provenance: Pv.SEEN_OR_HEARD, status: St.SUBMITTED }),
  // Barnsley
  intelligence({ key: 'bar-evie-gifts', district: 'Barnsley', submittedBy: K.HEALTH, children: ['Evie'], submittedDaysAgo: 2,
    what: 'Evie has new trainers and a phone she says came from a man on TikTok called "Tands" who wants to meet her.',
    occurredDaysAgo: 4, who: '"Tands" on TikTok', provenance: Pv.TOLD_BY_CHILD, status: St.SUBMITTED }),
  intelligence({ key: 'bar-ryan-park', district: 'Barnsley', submittedBy: K.YOUTH_JUSTICE, children: ['Ryan'], submittedDaysAgo: 20,
    what: 'Ryan is seen most nights at Moor End Park with an older lad who hands out small packages.',
    occurredDaysAgo: 21, place: 'Moor End Park', provenance: Pv.TOLD_BY_ANOTHER, status: St.GRADED,
    grading: { source: SE.UNTESTED, assessment: IA.C, code: H.P,
      sanitised: 'Ryan is reported to spend evenings in a park with an older young person linked to drug supply.' } }),
];

/**
 * The police SPOCs of the three districts the partnership file names no SPOC for, so every district's
 * intelligence is graded by its own cell and each can sign in (`<district>.spoc@example.org`).
 */
export const DEMO_DISTRICT_SPOCS: DemoUser[] = (['Barnsley', 'Doncaster', 'Rotherham'] as const).map((name, index) => ({
  id: `05e00000-0000-4000-8000-${String(201 + index).padStart(12, '0')}`,
  email: `${name.toLowerCase()}.spoc@example.org`,
  displayName: ['Harper Rockley', 'Logan Wadsley', 'Peyton Ulley'][index],
  agencyId: demoAgencyId(name, AgencyKind.POLICE),
  roles: [Role.POLICE_SPOC],
  districtIds: [DEMO_DISTRICTS.find((d) => d.name === name)!.id],
}));
