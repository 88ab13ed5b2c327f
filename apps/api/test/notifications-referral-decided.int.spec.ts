import { NotificationKind, RiskLevel, Role, TriageDecision } from '@mace/shared-domain';
import {
  createDistrict,
  GraphQLTestClient,
  notificationsAbout,
  referChild,
  sessionFor,
  startTestApp,
  TestApp,
  TestSession,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

const DECIDE = `mutation($input: DecideReferralInput!) { decideReferral(input: $input) { id status } }`;
const INBOX = `{ notifications { nodes { kind message link read } unreadCount } }`;

describe('notifications: the referrer hears that their referral was decided', () => {
  let t: TestApp;
  let districtId: string;
  let chair: TestSession;
  let referrer: TestSession;
  let referrersColleague: TestSession;
  let otherPractitioner: TestSession;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    districtId = (await createDistrict(t.dataSource)).id;
    chair = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [districtId] });
    referrer = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [districtId] });
    referrersColleague = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [districtId], agencyId: referrer.agencyId });
    otherPractitioner = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [districtId] });
  });
  afterAll(() => t.close());

  it.each([
    { decision: TriageDecision.NO_FURTHER_ACTION, extra: {} },
    { decision: TriageDecision.ACCEPTED, extra: { provisionalLevel: RiskLevel.MEDIUM } },
  ])('deciding $decision notifies the referrer and nobody else, with no personal data', async ({ decision, extra }) => {
    const referral = await referChild(referrer, t.dataSource, { districtId });
    expect(await notificationsAbout(t.dataSource, [referral.referralId])).toEqual([]);

    const decided = await chair.send(DECIDE, {
      input: { referralId: referral.referralId, version: referral.version, decision, rationale: 'Invented triage rationale', ...extra },
    });
    expect(decided.errors).toBeUndefined();

    expect(await notificationsAbout(t.dataSource, [referral.referralId])).toEqual([
      {
        user_id: referrer.id,
        kind: NotificationKind.REFERRAL_DECIDED,
        subject_id: referral.referralId,
        message: 'A referral you made has been decided',
        link: '/referrals',
      },
    ]);
    const inbox = await referrer.send<{ notifications: { nodes: { kind: string; message: string; link: string; read: boolean }[] } }>(INBOX);
    expect(inbox.data?.notifications.nodes).toContainEqual({
      kind: NotificationKind.REFERRAL_DECIDED,
      message: 'A referral you made has been decided',
      link: '/referrals',
      read: false,
    });
    for (const outsider of [chair, referrersColleague, otherPractitioner]) {
      const theirs = await outsider.send<{ notifications: { unreadCount: number } }>(INBOX);
      expect(theirs.data?.notifications.unreadCount).toBe(0);
    }
  });

  it('a refused decision notifies nobody: bad input, or a stale version', async () => {
    const referral = await referChild(referrer, t.dataSource, { districtId });
    const input = { referralId: referral.referralId, version: referral.version, decision: TriageDecision.NO_FURTHER_ACTION, rationale: 'Invented' };
    const noLevel = await chair.send(DECIDE, { input: { ...input, decision: TriageDecision.ACCEPTED } });
    expect(GraphQLTestClient.codeOf(noLevel)).toBe('BAD_USER_INPUT');
    const stale = await chair.send(DECIDE, { input: { ...input, version: referral.version + 1 } });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
    expect(await notificationsAbout(t.dataSource, [referral.referralId])).toEqual([]);
  });
});
