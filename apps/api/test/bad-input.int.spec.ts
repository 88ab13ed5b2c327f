import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { AgencyKind, Role } from '@mace/shared-domain';
import {
  createAgency,
  createChild,
  createDistrict,
  createUser,
  GraphQLTestClient,
  sessionFor,
  startTestApp,
  TestApp,
  TestSession,
  TestUser,
  uniqueSuffix,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';

/**
 * Every mutation that takes arguments, sent bad input by an administrator: each answer is
 * BAD_USER_INPUT with a message per field, and nothing is written. The table is checked against
 * the running schema, so a new mutation without cases here fails the suite.
 */

const MUTATIONS: Record<string, string> = {
  login: `mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }`,
  createUser: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
  updateUser: `mutation($input: UpdateUserInput!) { updateUser(input: $input) { id version } }`,
  setUserActive: `mutation($input: SetUserActiveInput!) { setUserActive(input: $input) { id version } }`,
  createAgency: `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`,
  updateAgency: `mutation($input: UpdateAgencyInput!) { updateAgency(input: $input) { id version } }`,
  updateChild: `mutation($input: UpdateChildInput!) { updateChild(input: $input) { id version } }`,
  setChildRisk: `mutation($input: SetChildRiskInput!) { setChildRisk(input: $input) { id version } }`,
  setChildStatus: `mutation($input: SetChildStatusInput!) { setChildStatus(input: $input) { id version } }`,
  addChildFlag: `mutation($input: AddChildFlagInput!) { addChildFlag(input: $input) { id } }`,
  removeChildFlag: `mutation($input: RemoveChildFlagInput!) { removeChildFlag(input: $input) { id } }`,
  grantChildAccess: `mutation($input: GrantChildAccessInput!) { grantChildAccess(input: $input) { id } }`,
  breakGlass: `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id } }`,
  markNotificationsRead: `mutation($ids: [ID!], $all: Boolean) { markNotificationsRead(ids: $ids, all: $all) }`,
};

/**
 * Mutations whose bad-input cases need sessions other than an administrator's, so they live in
 * their own file (which must exist and name the mutation).
 */
const COVERED_IN: Record<string, string> = {
  submitReferral: 'referrals-bad-input.int.spec.ts',
  decideReferral: 'referrals-bad-input.int.spec.ts',
  createAction: 'actions-bad-input.int.spec.ts',
  updateAction: 'actions-bad-input.int.spec.ts',
  updateActions: 'actions-bad-input.int.spec.ts',
  createMeetingType: 'meetings-agenda-bad-input.int.spec.ts',
  updateMeetingType: 'meetings-agenda-bad-input.int.spec.ts',
  scheduleMeeting: 'meetings-agenda-bad-input.int.spec.ts',
  cancelMeeting: 'meetings-agenda-bad-input.int.spec.ts',
  buildAgenda: 'meetings-agenda-bad-input.int.spec.ts',
  addAgendaItem: 'meetings-agenda-bad-input.int.spec.ts',
  removeAgendaItem: 'meetings-agenda-bad-input.int.spec.ts',
  moveAgendaItem: 'meetings-agenda-bad-input.int.spec.ts',
  updateAgendaItem: 'meetings-agenda-bad-input.int.spec.ts',
  lockAgenda: 'meetings-agenda-bad-input.int.spec.ts',
  saveAgendaItemUpdate: 'meetings-agenda-bad-input.int.spec.ts',
  shareAgendaItem: 'meetings-agenda-bad-input.int.spec.ts',
  saveMinutes: 'meetings-minutes-bad-input.int.spec.ts',
  approveMinutes: 'meetings-minutes-bad-input.int.spec.ts',
  addMinutesAddendum: 'meetings-minutes-bad-input.int.spec.ts',
  produceAgencyPack: 'meetings-minutes-bad-input.int.spec.ts',
  startMeeting: 'meetings-live-bad-input.int.spec.ts',
  acceptConfidentiality: 'meetings-live-bad-input.int.spec.ts',
  recordAttendance: 'meetings-live-bad-input.int.spec.ts',
  reviewAction: 'meetings-live-bad-input.int.spec.ts',
  setCurrentItem: 'meetings-live-bad-input.int.spec.ts',
  saveDiscussionNote: 'meetings-live-bad-input.int.spec.ts',
  recordItemOutcome: 'meetings-live-bad-input.int.spec.ts',
  closeMeeting: 'meetings-live-bad-input.int.spec.ts',
  createPerson: 'intelligence-records-bad-input.int.spec.ts',
  updatePerson: 'intelligence-records-bad-input.int.spec.ts',
  createLocation: 'intelligence-records-bad-input.int.spec.ts',
  updateLocation: 'intelligence-records-bad-input.int.spec.ts',
  createVehicle: 'intelligence-records-bad-input.int.spec.ts',
  createIdentifier: 'intelligence-records-bad-input.int.spec.ts',
  createNetwork: 'intelligence-records-bad-input.int.spec.ts',
  updateNetwork: 'intelligence-records-bad-input.int.spec.ts',
  createLink: 'intelligence-records-bad-input.int.spec.ts',
  submitIntelligence: 'intelligence-records-bad-input.int.spec.ts',
  gradeIntelligence: 'intelligence-records-bad-input.int.spec.ts',
  setIntelligenceStatus: 'intelligence-records-bad-input.int.spec.ts',
};

/** Records the cases refer to, made in beforeAll. */
interface Fixtures {
  admin: TestSession;
  agencyId: string;
  inactiveAgencyId: string;
  otherAgencyName: string;
  districtId: string;
  user: TestUser;
  targetAgencyId: string;
  /** Chair of the district of `childId`: child mutations are refused to administrators before validation. */
  chair: TestSession;
  /** A practitioner of another district, for break-glass. */
  outsider: TestSession;
  childId: string;
  flagId: string;
}

interface BadInputCase {
  mutation: keyof typeof MUTATIONS;
  name: string;
  variables: (f: Fixtures) => Record<string, unknown>;
  fields: Record<string, string>;
  /** Who sends it; the administrator unless the mutation needs a case-data role. */
  as?: 'chair' | 'outsider';
}

const ENTER_EMAIL_FORMAT = 'Enter an email address in the correct format, like name@example.org';
const NAME_TOO_LONG = 'Name must be 100 characters or fewer';
const AGENCY_NAME_TOO_LONG = 'Agency name must be 120 characters or fewer';
const VERSION = 'version must not be less than 1';

const newUser = (f: Fixtures, overrides: Record<string, unknown>) => ({
  input: {
    email: `invented.${uniqueSuffix()}@example.test`,
    displayName: 'Invented Person',
    agencyId: f.agencyId,
    roles: [Role.ANALYST],
    districtIds: [f.districtId],
    ...overrides,
  },
});
const userChange = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { id: f.user.id, version: 1, ...overrides } });
const newAgency = (f: Fixtures, overrides: Record<string, unknown>) => ({
  input: { name: `Invented Agency ${uniqueSuffix()}`, kind: AgencyKind.HOUSING, districtId: f.districtId, ...overrides },
});
const agencyChange = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { id: f.targetAgencyId, version: 1, ...overrides } });
const childChange = (f: Fixtures, overrides: Record<string, unknown>) => ({ input: { id: f.childId, version: 1, ...overrides } });
const childRisk = (f: Fixtures, overrides: Record<string, unknown>) => ({
  input: { childId: f.childId, version: 1, level: 'HIGH', rationale: 'Seen with older males', source: 'MEETING', ...overrides },
});
const TOO_LONG = 'x'.repeat(100_000);
const FUTURE = '2999-01-01';

const CASES: BadInputCase[] = [
  // login
  { mutation: 'login', name: 'empty e-mail and password', variables: () => ({ email: '', password: '' }), fields: { email: 'Enter your email address', password: 'Enter your password' } },
  { mutation: 'login', name: 'malformed e-mail', variables: () => ({ email: 'not-an-email', password: 'some-password' }), fields: { email: ENTER_EMAIL_FORMAT } },
  { mutation: 'login', name: 'password too long', variables: () => ({ email: 'someone@example.test', password: 'x'.repeat(1025) }), fields: { password: 'Password must be 1024 characters or fewer' } },

  // createUser
  { mutation: 'createUser', name: 'empty e-mail and name', variables: (f) => newUser(f, { email: '', displayName: '' }), fields: { email: 'Enter an email address', displayName: 'Enter the person’s name' } },
  { mutation: 'createUser', name: 'name of spaces only', variables: (f) => newUser(f, { displayName: '   ' }), fields: { displayName: 'Enter the person’s name' } },
  { mutation: 'createUser', name: 'malformed e-mail', variables: (f) => newUser(f, { email: 'person.example.test' }), fields: { email: ENTER_EMAIL_FORMAT } },
  { mutation: 'createUser', name: 'name too long', variables: (f) => newUser(f, { displayName: 'N'.repeat(101) }), fields: { displayName: NAME_TOO_LONG } },
  { mutation: 'createUser', name: 'malformed agency id', variables: (f) => newUser(f, { agencyId: 'agency-1' }), fields: { agencyId: 'Choose an agency' } },
  { mutation: 'createUser', name: 'unknown agency id', variables: (f) => newUser(f, { agencyId: randomUUID() }), fields: { agencyId: 'Choose an active agency that exists' } },
  { mutation: 'createUser', name: 'inactive agency', variables: (f) => newUser(f, { agencyId: f.inactiveAgencyId }), fields: { agencyId: 'Choose an active agency that exists' } },
  { mutation: 'createUser', name: 'empty roles', variables: (f) => newUser(f, { roles: [] }), fields: { roles: 'Choose at least one role' } },
  { mutation: 'createUser', name: 'a role twice', variables: (f) => newUser(f, { roles: [Role.ANALYST, Role.ANALYST] }), fields: { roles: 'Choose each role once' } },
  { mutation: 'createUser', name: 'malformed district id', variables: (f) => newUser(f, { districtIds: ['district-1'] }), fields: { districtIds: 'Choose districts from the list' } },
  { mutation: 'createUser', name: 'unknown district id', variables: (f) => newUser(f, { districtIds: [f.districtId, randomUUID()] }), fields: { districtIds: 'Choose districts that exist' } },
  { mutation: 'createUser', name: 'a district twice', variables: (f) => newUser(f, { districtIds: [f.districtId, f.districtId] }), fields: { districtIds: 'Choose each district once' } },
  { mutation: 'createUser', name: 'unknown agency and unknown district together', variables: (f) => newUser(f, { agencyId: randomUUID(), districtIds: [randomUUID()] }), fields: { agencyId: 'Choose an active agency that exists', districtIds: 'Choose districts that exist' } },
  { mutation: 'createUser', name: 'password too short', variables: (f) => newUser(f, { password: 'short-pw' }), fields: { password: 'Password must be at least 12 characters' } },
  { mutation: 'createUser', name: 'e-mail already in use (other case)', variables: (f) => newUser(f, { email: f.user.email.toUpperCase() }), fields: { email: 'A user with this email address already exists' } },

  // updateUser
  { mutation: 'updateUser', name: 'malformed user id', variables: (f) => userChange(f, { id: 'user-1' }), fields: { id: 'User id is not valid' } },
  { mutation: 'updateUser', name: 'version 0', variables: (f) => userChange(f, { version: 0 }), fields: { version: VERSION } },
  { mutation: 'updateUser', name: 'empty name', variables: (f) => userChange(f, { displayName: '' }), fields: { displayName: 'Enter the person’s name' } },
  { mutation: 'updateUser', name: 'name too long', variables: (f) => userChange(f, { displayName: 'N'.repeat(101) }), fields: { displayName: NAME_TOO_LONG } },
  { mutation: 'updateUser', name: 'name sent as null', variables: (f) => userChange(f, { displayName: null }), fields: { displayName: 'Enter the person’s name' } },
  { mutation: 'updateUser', name: 'empty roles', variables: (f) => userChange(f, { roles: [] }), fields: { roles: 'Choose at least one role' } },
  { mutation: 'updateUser', name: 'roles sent as null', variables: (f) => userChange(f, { roles: null }), fields: { roles: 'Choose at least one role' } },
  { mutation: 'updateUser', name: 'malformed agency id', variables: (f) => userChange(f, { agencyId: 'agency-1' }), fields: { agencyId: 'Choose an agency' } },
  { mutation: 'updateUser', name: 'agency sent as null', variables: (f) => userChange(f, { agencyId: null }), fields: { agencyId: 'Choose an agency' } },
  { mutation: 'updateUser', name: 'unknown agency id', variables: (f) => userChange(f, { agencyId: randomUUID() }), fields: { agencyId: 'Choose an active agency that exists' } },
  { mutation: 'updateUser', name: 'malformed district id', variables: (f) => userChange(f, { districtIds: ['district-1'] }), fields: { districtIds: 'Choose districts from the list' } },
  { mutation: 'updateUser', name: 'unknown district id', variables: (f) => userChange(f, { districtIds: [randomUUID()] }), fields: { districtIds: 'Choose districts that exist' } },

  // setUserActive
  { mutation: 'setUserActive', name: 'malformed user id', variables: () => ({ input: { id: 'user-1', version: 1, active: false } }), fields: { id: 'User id is not valid' } },
  { mutation: 'setUserActive', name: 'version 0', variables: (f) => ({ input: { id: f.user.id, version: 0, active: false } }), fields: { version: VERSION } },
  { mutation: 'setUserActive', name: 'deactivating your own account', variables: (f) => ({ input: { id: f.admin.id, version: 1, active: false } }), fields: { active: 'You cannot deactivate your own account' } },

  // createAgency
  { mutation: 'createAgency', name: 'empty name', variables: (f) => newAgency(f, { name: '' }), fields: { name: 'Enter the agency name' } },
  { mutation: 'createAgency', name: 'name of spaces only', variables: (f) => newAgency(f, { name: '   ' }), fields: { name: 'Enter the agency name' } },
  { mutation: 'createAgency', name: 'name too long', variables: (f) => newAgency(f, { name: 'A'.repeat(121) }), fields: { name: AGENCY_NAME_TOO_LONG } },
  { mutation: 'createAgency', name: 'malformed district id', variables: (f) => newAgency(f, { districtId: 'district-1' }), fields: { districtId: 'Choose a district' } },
  { mutation: 'createAgency', name: 'unknown district id', variables: (f) => newAgency(f, { districtId: randomUUID() }), fields: { districtId: 'Choose a district that exists' } },
  { mutation: 'createAgency', name: 'name already in use (other case)', variables: (f) => newAgency(f, { name: f.otherAgencyName.toLowerCase() }), fields: { name: 'An agency with this name already exists' } },

  // updateAgency
  { mutation: 'updateAgency', name: 'malformed agency id', variables: (f) => agencyChange(f, { id: 'agency-1' }), fields: { id: 'Agency id is not valid' } },
  { mutation: 'updateAgency', name: 'version 0', variables: (f) => agencyChange(f, { version: 0 }), fields: { version: VERSION } },
  { mutation: 'updateAgency', name: 'empty name', variables: (f) => agencyChange(f, { name: '' }), fields: { name: 'Enter the agency name' } },
  { mutation: 'updateAgency', name: 'name too long', variables: (f) => agencyChange(f, { name: 'A'.repeat(121) }), fields: { name: AGENCY_NAME_TOO_LONG } },
  { mutation: 'updateAgency', name: 'name already in use (other case)', variables: (f) => agencyChange(f, { name: f.otherAgencyName.toUpperCase() }), fields: { name: 'An agency with this name already exists' } },
  { mutation: 'updateAgency', name: 'name sent as null', variables: (f) => agencyChange(f, { name: null }), fields: { name: 'Enter the agency name' } },
  { mutation: 'updateAgency', name: 'kind sent as null', variables: (f) => agencyChange(f, { kind: null }), fields: { kind: 'Choose the kind of agency' } },
  { mutation: 'updateAgency', name: 'active sent as null', variables: (f) => agencyChange(f, { active: null }), fields: { active: 'Choose whether the agency is active' } },

  // updateChild
  { as: 'chair', mutation: 'updateChild', name: 'malformed child id', variables: (f) => childChange(f, { id: 'child-1' }), fields: { id: 'Child id is not valid' } },
  { as: 'chair', mutation: 'updateChild', name: 'date of birth in the future', variables: (f) => childChange(f, { dateOfBirth: FUTURE }), fields: { dateOfBirth: 'Date of birth must be in the past' } },
  { as: 'chair', mutation: 'updateChild', name: 'date of birth over 25 years ago', variables: (f) => childChange(f, { dateOfBirth: '1990-01-01' }), fields: { dateOfBirth: 'Date of birth must be no more than 25 years ago' } },
  { as: 'chair', mutation: 'updateChild', name: 'unknown enum value', variables: (f) => childChange(f, { ethnicityObserved: 'MARTIAN' }), fields: { ethnicityObserved: 'Choose an option from the list' } },
  { as: 'chair', mutation: 'updateChild', name: '100 KB address and a long name', variables: (f) => childChange(f, { address: TOO_LONG, givenName: 'N'.repeat(101) }), fields: { address: 'Address must be 500 characters or fewer', givenName: 'First name must be 100 characters or fewer' } },
  { as: 'chair', mutation: 'updateChild', name: 'first name sent as null', variables: (f) => childChange(f, { givenName: null }), fields: { givenName: 'Enter the child’s first name' } },
  { as: 'chair', mutation: 'updateChild', name: 'unknown lead agency', variables: (f) => childChange(f, { leadAgencyId: f.inactiveAgencyId }), fields: { leadAgencyId: 'Choose an active agency that exists' } },

  // setChildRisk
  { as: 'chair', mutation: 'setChildRisk', name: 'empty rationale', variables: (f) => childRisk(f, { rationale: ' ' }), fields: { rationale: 'Enter why the risk is at this level' } },
  { as: 'chair', mutation: 'setChildRisk', name: '100 KB rationale', variables: (f) => childRisk(f, { rationale: TOO_LONG }), fields: { rationale: 'Rationale must be 10000 characters or fewer' } },
  { as: 'chair', mutation: 'setChildRisk', name: 'next review not a date', variables: (f) => childRisk(f, { nextReviewOn: 'next week' }), fields: { nextReviewOn: 'Enter the next review date as a real date, like 2026-03-27' } },

  // setChildStatus
  { as: 'chair', mutation: 'setChildStatus', name: 'closing without a reason', variables: (f) => ({ input: { childId: f.childId, version: 1, status: 'CLOSED' } }), fields: { reason: 'Enter the reason for stepping down or closing' } },
  { as: 'chair', mutation: 'setChildStatus', name: 'version 0', variables: (f) => ({ input: { childId: f.childId, version: 0, status: 'OPEN' } }), fields: { version: VERSION } },

  // addChildFlag
  { as: 'chair', mutation: 'addChildFlag', name: 'empty label and reason', variables: (f) => ({ input: { childId: f.childId, label: '', reason: '' } }), fields: { label: 'Enter the flag', reason: 'Enter why the flag is set' } },
  { as: 'chair', mutation: 'addChildFlag', name: 'expiry in the past', variables: (f) => ({ input: { childId: f.childId, label: 'Flag', reason: 'Reason', expiresOn: '2020-01-01' } }), fields: { expiresOn: 'The expiry date must be in the future' } },

  // removeChildFlag
  { as: 'chair', mutation: 'removeChildFlag', name: 'malformed flag id and no reason', variables: () => ({ input: { flagId: 'flag-1', reason: '' } }), fields: { flagId: 'Flag id is not valid', reason: 'Enter why the flag is removed' } },
  { as: 'chair', mutation: 'removeChildFlag', name: '100 KB reason', variables: (f) => ({ input: { flagId: f.flagId, reason: TOO_LONG } }), fields: { reason: 'Reason must be 2000 characters or fewer' } },

  // grantChildAccess
  { as: 'chair', mutation: 'grantChildAccess', name: 'inactive agency', variables: (f) => ({ input: { childId: f.childId, agencyId: f.inactiveAgencyId, reason: 'Needs to know' } }), fields: { agencyId: 'Choose an active agency that exists' } },
  { as: 'chair', mutation: 'grantChildAccess', name: 'no reason', variables: (f) => ({ input: { childId: f.childId, agencyId: f.agencyId, reason: '' } }), fields: { reason: 'Enter why the agency needs to see this record' } },

  // breakGlass
  { as: 'outsider', mutation: 'breakGlass', name: 'reason too short', variables: (f) => ({ input: { childId: f.childId, reason: 'urgent' } }), fields: { reason: 'Enter why you need to see this record, in 10 to 1000 characters' } },
  { as: 'outsider', mutation: 'breakGlass', name: '100 KB reason', variables: (f) => ({ input: { childId: f.childId, reason: TOO_LONG } }), fields: { reason: 'Enter why you need to see this record, in 10 to 1000 characters' } },

  // markNotificationsRead
  { mutation: 'markNotificationsRead', name: 'malformed id', variables: () => ({ ids: [randomUUID(), 'notification-1'], all: true }), fields: { ids: 'Notification ids are not valid' } },
  { mutation: 'markNotificationsRead', name: 'more than 100 ids', variables: () => ({ ids: Array.from({ length: 101 }, () => randomUUID()) }), fields: { ids: 'Mark at most 100 notifications at a time, or all of them' } },
];

describe('bad input to every mutation: BAD_USER_INPUT with a message per field, and nothing written', () => {
  let t: TestApp;
  const f = {} as Fixtures;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    f.districtId = (await createDistrict(t.dataSource)).id;
    f.agencyId = (await createAgency(t.dataSource, { districtId: f.districtId })).id;
    f.targetAgencyId = (await createAgency(t.dataSource, { districtId: f.districtId })).id;
    const other = await createAgency(t.dataSource, { name: `Existing Agency ${uniqueSuffix()}` });
    f.otherAgencyName = other.name;
    const inactive = await createAgency(t.dataSource);
    await t.dataSource.query(`UPDATE agency SET active = false WHERE id = $1`, [inactive.id]);
    f.inactiveAgencyId = inactive.id;
    f.user = await createUser(t.dataSource, { roles: [Role.ANALYST], agencyId: f.agencyId, districtIds: [f.districtId] });
    f.admin = await sessionFor(t, Role.ADMIN, { agencyId: f.agencyId });
    // Unread, so a markNotificationsRead that got past validation would show in state().
    await t.dataSource.query(
      `INSERT INTO notification (user_id, kind, subject_type, subject_id, message, link, dedupe_key)
       VALUES ($1, 'REFERRAL_DECIDED', 'REFERRAL', $2, 'A referral you made has been decided', '/referrals', 'bad-input')`,
      [f.admin.id, randomUUID()],
    );
    f.chair = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [f.districtId] });
    f.outsider = await sessionFor(t, Role.AGENCY_PRACTITIONER, { districtIds: [(await createDistrict(t.dataSource)).id] });
    f.childId = (await createChild(t.dataSource, { districtId: f.districtId })).id;
    const [flag] = await t.dataSource.query(`INSERT INTO child_flag (child_id, label, reason) VALUES ($1, 'Flag', 'Reason') RETURNING id`, [f.childId]);
    f.flagId = flag.id;
  });
  afterAll(() => t.close());

  /** Rows (and a digest of their content) of everything a mutation could write. */
  async function state(): Promise<Record<string, unknown>> {
    const out: Record<string, unknown> = {};
    for (const table of [
      'user_account', 'agency', 'user_district', 'district',
      'child', 'child_alias', 'child_risk', 'child_status_change', 'child_flag', 'child_involvement', 'break_glass_access',
      'notification',
    ]) {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS digest FROM ${table} t`,
      );
      out[table] = row;
    }
    const [audit] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE operation IN ('COLLECTION', 'ALTERATION', 'CONSULTATION')`,
    );
    out['audit COLLECTION/ALTERATION/CONSULTATION'] = audit.n;
    const [sessions] = await t.dataSource.query(`SELECT count(*)::int AS n FROM user_session WHERE revoked_at IS NULL`);
    out['live sessions'] = sessions.n;
    const [attempts] = await t.dataSource.query(`SELECT count(*)::int AS n FROM login_attempt`);
    out['login attempts'] = attempts.n;
    return out;
  }

  it('has bad-input cases for every mutation in the schema that takes arguments, and for no other', () => {
    const mutationType = t.app.get(GraphQLSchemaHost).schema.getMutationType();
    expect(mutationType).toBeTruthy();
    const withArguments = Object.values(mutationType!.getFields())
      .filter((field) => field.args.length > 0)
      .map((field) => field.name)
      .sort();
    const here = withArguments.filter((name) => !COVERED_IN[name]);
    expect(Object.keys(MUTATIONS).sort()).toEqual(here);
    expect([...new Set(CASES.map((c) => c.mutation))].sort()).toEqual(here);
    for (const [name, file] of Object.entries(COVERED_IN)) {
      expect(withArguments).toContain(name);
      // The file sends the mutation: `name(input:` or, for mutations taking ids, `name(meetingId:` and the like.
      expect(readFileSync(join(__dirname, file), 'utf8')).toMatch(new RegExp(`\\b${name}\\(\\w+:`));
    }
  });

  it('sends valid input that works (so the cases below fail for the reason they name)', async () => {
    const created = await f.admin.send<{ createAgency: { id: string } }>(MUTATIONS.createAgency, newAgency(f, {}));
    expect(created.errors).toBeUndefined();
    const changed = await f.admin.send(MUTATIONS.updateAgency, {
      input: { id: created.data!.createAgency.id, version: 1, name: `Renamed ${uniqueSuffix()}`, kind: AgencyKind.HEALTH, active: false },
    });
    expect(changed.errors).toBeUndefined();
    const user = await f.admin.send<{ createUser: { id: string } }>(MUTATIONS.createUser, newUser(f, { password: 'a-long-enough-passphrase' }));
    expect(user.errors).toBeUndefined();
    const id = user.data!.createUser.id;
    const updated = await f.admin.send(MUTATIONS.updateUser, {
      input: { id, version: 1, displayName: 'Valid Name', roles: [Role.AUDITOR], agencyId: f.targetAgencyId, districtIds: [] },
    });
    expect(updated.errors).toBeUndefined();
    expect((await f.admin.send(MUTATIONS.setUserActive, { input: { id, version: 2, active: false } })).errors).toBeUndefined();
  });

  it.each(CASES.map((c) => ({ ...c, fieldList: Object.keys(c.fields).join(', ') })))(
    '$mutation refuses $name: BAD_USER_INPUT on $fieldList',
    async ({ mutation, variables, fields, as }) => {
      const before = await state();
      const res = await (as ? f[as] : f.admin).send(MUTATIONS[mutation], variables(f));
      expect(res.errors).toHaveLength(1);
      expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0].extensions?.fields).toEqual(fields);
      // A variable that does not fit its type stops the request before execution: no data at all.
      expect(res.data ?? null).toBeNull();
      expect(await state()).toEqual(before);
    },
  );
});
