import { ActionStatus, AgendaItemStatus, AttendanceStatus, MeetingDecision, RiskLevel } from '@mace/shared-domain';
import { draftMinutes, NOT_REACHED_BODY, RecordedMeeting } from './minutes-drafting';

const base: RecordedMeeting = { members: [], reviews: [], items: [], nextMeeting: null };

describe('draftMinutes', () => {
  it('drafts attendance grouped by status, with the names given, in a fixed order', () => {
    const [attendance] = draftMinutes({
      ...base,
      members: [
        { agencyName: 'Invented Health', attendance: AttendanceStatus.APOLOGIES, attendeeNames: null },
        { agencyName: 'Invented Police', attendance: AttendanceStatus.PRESENT, attendeeNames: 'A. Example, sergeant' },
        { agencyName: 'Invented School', attendance: AttendanceStatus.INFORMATION_SENT, attendeeNames: null },
        { agencyName: 'Invented Youth', attendance: AttendanceStatus.OBSERVER, attendeeNames: 'B. Example' },
      ],
    });
    expect(attendance).toEqual({
      key: 'attendance',
      heading: 'Attendance',
      body: 'Present:\n- Invented Police: A. Example, sergeant\n\nApologies:\n- Invented Health\n\nInformation sent:\n- Invented School\n\nObserver:\n- Invented Youth: B. Example',
    });
  });

  it('keys every section stably: attendance, actions review, one per earlier action, one per item in order, next meeting', () => {
    const sections = draftMinutes({
      ...base,
      reviews: [
        {
          actionId: 'a1',
          childId: 'c9',
          childName: 'Invented Earlier',
          description: 'Visit the school',
          ownerAgencyName: 'Invented School',
          statusNow: ActionStatus.NOT_DONE,
          reviewedStatus: ActionStatus.NOT_DONE,
          reason: 'Staff illness',
        },
      ],
      items: [
        { id: 'i1', position: 1, childId: 'c1', subjectName: 'Invented One', status: AgendaItemStatus.NOT_REACHED, outcome: null, actions: [] },
        { id: 'i2', position: 2, childId: null, subjectName: 'Invented theme', status: AgendaItemStatus.PENDING, outcome: null, actions: [] },
      ],
    });
    expect(sections.map((s) => s.key)).toEqual(['attendance', 'actions-review', 'actions-review:a1', 'item:i1', 'item:i2', 'next-meeting']);
    expect(sections[1].body).toBe('1 unfinished action from earlier meetings was reviewed.');
    expect(sections[2]).toEqual({
      key: 'actions-review:a1',
      heading: 'Earlier action for Invented Earlier',
      body: 'Action: Visit the school\nOwner: Invented School\nStatus now: Not done by the agency\nReason: Staff illness',
      subject: { itemId: null, childId: 'c9' },
    });
    expect(sections[3]).toEqual({ key: 'item:i1', heading: '1. Invented One', body: NOT_REACHED_BODY, subject: { itemId: 'i1', childId: 'c1' } });
    expect(sections[3].body).toBe('Not reached: carried to the next meeting.');
    expect(sections[4].subject).toEqual({ itemId: 'i2', childId: null });
    expect(sections[5]).toEqual({ key: 'next-meeting', heading: 'Next meeting', body: 'No further meeting of this type is scheduled.' });
  });

  it('numbers a child’s earlier actions when it has several, within the child only, so no two sections share a heading', () => {
    const action = (actionId: string, childId: string, childName: string) => ({
      actionId,
      childId,
      childName,
      description: `Invented action ${actionId}`,
      ownerAgencyName: 'Invented School',
      statusNow: ActionStatus.IN_PROGRESS,
      reviewedStatus: ActionStatus.IN_PROGRESS,
      reason: null,
    });
    const sections = draftMinutes({
      ...base,
      reviews: [action('a1', 'c1', 'Invented Twice'), action('a2', 'c2', 'Invented Once'), action('a3', 'c1', 'Invented Twice')],
    });
    expect(sections.filter((s) => s.key.startsWith('actions-review:')).map((s) => [s.key, s.heading])).toEqual([
      ['actions-review:a1', 'Earlier action for Invented Twice (1 of 2)'],
      ['actions-review:a2', 'Earlier action for Invented Once'],
      ['actions-review:a3', 'Earlier action for Invented Twice (2 of 2)'],
    ]);
  });

  it('writes a discussed item as a chair would: summary, agreed risk and rationale, decisions in words, actions, next review', () => {
    const [, , item] = draftMinutes({
      ...base,
      items: [
        {
          id: 'i1',
          position: 3,
          childId: 'c1',
          subjectName: 'Invented Child',
          status: AgendaItemStatus.DISCUSSED,
          outcome: {
            discussionSummary: 'Missing twice since the last meeting.',
            agreedRiskLevel: RiskLevel.HIGH,
            riskRationale: 'Found with older males.',
            decisions: [MeetingDecision.CONTINUE, MeetingDecision.NRM_REFERRAL],
            decisionNotes: 'NRM by the police.',
            nextReviewOn: '2026-12-10',
          },
          actions: [
            { description: 'Return home interview', ownerAgencyName: 'Invented Care', ownerName: 'C. Example', dueOn: '2026-12-04' },
            { description: 'Flag the address.', ownerAgencyName: 'Invented Police', ownerName: null, dueOn: '2026-12-05' },
          ],
        },
      ],
    });
    expect(item.heading).toBe('3. Invented Child');
    expect(item.body).toBe(
      [
        'Discussion: Missing twice since the last meeting.',
        'Agreed risk: High. Rationale: Found with older males.',
        'Decisions: Continue at MACE; National Referral Mechanism referral.',
        'NRM by the police.',
        'Actions:',
        '- Return home interview. Owner: Invented Care (C. Example). Due 4 December 2026.',
        '- Flag the address. Owner: Invented Police. Due 5 December 2026.',
        'Next review: 10 December 2026.',
      ].join('\n'),
    );
  });

  it('says when nothing was reviewed and names the next meeting in London time', () => {
    const sections = draftMinutes({ ...base, nextMeeting: { startsAt: new Date('2026-12-10T10:00:00Z'), place: 'Invented Town Hall' } });
    expect(sections.find((s) => s.key === 'actions-review')!.body).toBe('There were no unfinished actions from earlier meetings to review.');
    expect(sections.find((s) => s.key === 'next-meeting')!.body).toBe('Thursday 10 December 2026 at 10:00, Invented Town Hall.');
    const summer = draftMinutes({ ...base, nextMeeting: { startsAt: new Date('2026-06-11T09:00:00Z'), place: null } });
    expect(summer.find((s) => s.key === 'next-meeting')!.body).toBe('Thursday 11 June 2026 at 10:00.');
  });
});
