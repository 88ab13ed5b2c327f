import { ActionCategory, ActionStatus, AgencyKind } from '@mace/shared-domain';

/**
 * Invented actions on the demo children, dated relative to today: some due soon, some overdue,
 * some done on time or late, some not possible or not done, so inboxes, the chairs' dashboards
 * and the escalation job all have something to show.
 */
export interface DemoAction {
  /** The demo child, by given name (unique in the demo). */
  child: string;
  owner: AgencyKind;
  category: ActionCategory;
  description: string;
  status: ActionStatus;
  createdDaysAgo: number;
  /** Relative to today: negative is in the past. */
  dueInDays: number;
  /** For final statuses: when it was finished, days ago. */
  finishedDaysAgo?: number;
  progressNote?: string;
  /** The outcome (done) or the reason (not possible / not done / cancelled). */
  closingNote?: string;
}

const A = ActionStatus;
const C = ActionCategory;
const K = AgencyKind;

export const DEMO_ACTIONS: DemoAction[] = [
  // Sheffield
  { child: 'Kayleigh', owner: K.HEALTH, category: C.SUPPORT, status: A.OPEN, createdDaysAgo: 1, dueInDays: 12,
    description: 'Offer a sexual health appointment with the school nurse and agree a trusted adult for check-ins' },
  { child: 'Kayleigh', owner: K.POLICE, category: C.DISRUPTION, status: A.IN_PROGRESS, createdDaysAgo: 20, dueInDays: -4,
    description: 'Visit the takeaway named in the referral with licensing and record who is collecting young people there',
    progressNote: 'First visit made; premises licence holder spoken to. Second visit with licensing still to arrange.' },
  { child: 'Kayleigh', owner: K.EDUCATION, category: C.SAFEGUARDING, status: A.DONE, createdDaysAgo: 40, dueInDays: -26, finishedDaysAgo: 30,
    description: 'Check attendance daily and report any absence to the social worker the same day',
    closingNote: 'Daily checks in place for four weeks; attendance back to 96%.' },
  { child: 'Tyler', owner: K.YOUTH_JUSTICE, category: C.DIVERSION, status: A.DONE, createdDaysAgo: 30, dueInDays: -16, finishedDaysAgo: 10,
    description: 'Refer to the boxing diversion programme and attend the first session with him',
    closingNote: 'Attended three sessions; keen to continue.' },
  { child: 'Tyler', owner: K.POLICE, category: C.DISRUPTION, status: A.NOT_POSSIBLE, createdDaysAgo: 30, dueInDays: -9, finishedDaysAgo: 12,
    description: 'Serve a child abduction warning notice on the adult seen collecting him',
    closingNote: 'The adult has left the area and cannot be traced; intelligence shared with the receiving force.' },
  { child: 'Tyler', owner: K.CHILDRENS_SOCIAL_CARE, category: C.SAFEGUARDING, status: A.OPEN, createdDaysAgo: 14, dueInDays: -1,
    description: 'Review the placement plan with the carers, including the plan for missing episodes' },
  { child: 'Amira', owner: K.EDUCATION, category: C.PREVENTION, status: A.DONE, createdDaysAgo: 60, dueInDays: -40, finishedDaysAgo: 35,
    description: 'Deliver online safety sessions to her year group', closingNote: 'Delivered to the whole of Year 9.' },
  { child: 'Amira', owner: K.HEALTH, category: C.SUPPORT, status: A.NOT_DONE, createdDaysAgo: 50, dueInDays: -20, finishedDaysAgo: 18,
    description: 'Arrange an appointment with the children’s mental health service',
    closingNote: 'Referral not made before the review; the team had no cover during leave.' },
  { child: 'Callum', owner: K.HEALTH, category: C.SUPPORT, status: A.IN_PROGRESS, createdDaysAgo: 10, dueInDays: 5,
    description: 'Arrange substance misuse support with the young people’s drug and alcohol service',
    progressNote: 'First appointment booked for next week.' },
  { child: 'Callum', owner: K.POLICE, category: C.INTELLIGENCE_DEVELOPMENT, status: A.OPEN, createdDaysAgo: 25, dueInDays: -10,
    description: 'Develop intelligence on the older peers he is travelling with' },
  { child: 'Sophie', owner: K.CHARITY, category: C.SUPPORT, status: A.DONE, createdDaysAgo: 140, dueInDays: -110, finishedDaysAgo: 112,
    description: 'Weekly one-to-one sessions on healthy relationships for eight weeks', closingNote: 'Completed all eight sessions.' },
  // Rotherham
  { child: 'Chloe', owner: K.CHILDRENS_SOCIAL_CARE, category: C.SAFEGUARDING, status: A.OPEN, createdDaysAgo: 8, dueInDays: 6,
    description: 'Hold a placement stability meeting and agree who may collect her' },
  { child: 'Chloe', owner: K.POLICE, category: C.DISRUPTION, status: A.IN_PROGRESS, createdDaysAgo: 30, dueInDays: -6,
    description: 'Identify the vehicle seen outside the placement and consider a warning notice',
    progressNote: 'Registration partly known; enquiries with the carers continuing.' },
  { child: 'Bilal', owner: K.YOUTH_JUSTICE, category: C.DIVERSION, status: A.DONE, createdDaysAgo: 20, dueInDays: -2, finishedDaysAgo: 1,
    description: 'Agree a mentoring plan with him and his family', closingNote: 'Plan agreed; mentor meets him twice a week.' },
  { child: 'Bilal', owner: K.POLICE, category: C.INTELLIGENCE_DEVELOPMENT, status: A.OPEN, createdDaysAgo: 15, dueInDays: 9,
    description: 'Check whether the phone number in the referral is linked to a known drug line' },
  { child: 'Kieran', owner: K.EDUCATION, category: C.PREVENTION, status: A.DONE, createdDaysAgo: 110, dueInDays: -90, finishedDaysAgo: 85,
    description: 'Put a peer-mentoring arrangement in place at school', closingNote: 'Mentoring in place for the rest of term.' },
  // Doncaster
  { child: 'Harvey', owner: K.POLICE, category: C.DISRUPTION, status: A.OPEN, createdDaysAgo: 20, dueInDays: -7,
    description: 'Visit the address where he was found with licensing and housing' },
  { child: 'Harvey', owner: K.HOUSING, category: C.SUPPORT, status: A.IN_PROGRESS, createdDaysAgo: 12, dueInDays: 10,
    description: 'Find supported accommodation away from the town centre', progressNote: 'Two options being assessed.' },
  { child: 'Oliver', owner: K.EDUCATION, category: C.PREVENTION, status: A.DONE, createdDaysAgo: 70, dueInDays: -50, finishedDaysAgo: 52,
    description: 'Agree safe use of devices with his parents and the school', closingNote: 'Agreement signed by parents and school.' },
  { child: 'Oliver', owner: K.CHARITY, category: C.SUPPORT, status: A.CANCELLED, createdDaysAgo: 60, dueInDays: -30, finishedDaysAgo: 45,
    description: 'Offer group work on online grooming', closingNote: 'Replaced by one-to-one work agreed at the last MACE.' },
  // Barnsley
  { child: 'Evie', owner: K.CHILDRENS_SOCIAL_CARE, category: C.SAFEGUARDING, status: A.OPEN, createdDaysAgo: 5, dueInDays: 2,
    description: 'Complete a strategy discussion with police and health' },
  { child: 'Evie', owner: K.HEALTH, category: C.SUPPORT, status: A.OPEN, createdDaysAgo: 18, dueInDays: -3,
    description: 'Arrange a self-harm assessment with the children’s mental health service' },
  { child: 'Ryan', owner: K.YOUTH_JUSTICE, category: C.DIVERSION, status: A.IN_PROGRESS, createdDaysAgo: 14, dueInDays: 14,
    description: 'Enrol him on the construction skills course', progressNote: 'Taster day attended.' },
  { child: 'Nathan', owner: K.CHARITY, category: C.SUPPORT, status: A.DONE, createdDaysAgo: 120, dueInDays: -100, finishedDaysAgo: 95,
    description: 'Young carers’ support assessment', closingNote: 'Assessment done; respite sessions in place.' },
];
