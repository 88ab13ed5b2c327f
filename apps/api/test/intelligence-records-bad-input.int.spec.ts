import { randomUUID } from 'node:crypto';
import { IntelligenceStatus, LocationType } from '@mace/shared-domain';
import {
  createChild,
  createIntelligence,
  createLocation,
  createNetwork,
  createPerson,
  GraphQLTestClient,
  startTestApp,
  TestApp,
  TestSession,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { intelWorld, IntelWorld } from './intelligence-fixtures';

const M = {
  createPerson: `mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`,
  updatePerson: `mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`,
  createLocation: `mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }`,
  updateLocation: `mutation($input: UpdateLocationInput!) { updateLocation(input: $input) { id } }`,
  createVehicle: `mutation($input: CreateVehicleInput!) { createVehicle(input: $input) { id } }`,
  createIdentifier: `mutation($input: CreateIdentifierInput!) { createIdentifier(input: $input) { id } }`,
  createNetwork: `mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`,
  updateNetwork: `mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { id } }`,
  createLink: `mutation($input: CreateLinkInput!) { createLink(input: $input) { id } }`,
  submitIntelligence: `mutation($input: SubmitIntelligenceInput!) { submitIntelligence(input: $input) { id } }`,
  gradeIntelligence: `mutation($input: GradeIntelligenceInput!) { gradeIntelligence(input: $input) { id } }`,
  setIntelligenceStatus: `mutation($input: SetIntelligenceStatusInput!) { setIntelligenceStatus(input: $input) { id } }`,
};

interface Fixture {
  w: IntelWorld;
  spoc: TestSession;
  person: string;
  otherPerson: string;
  park: string;
  network: string;
  submitted: string;
  graded: string;
  otherIntelligence: string;
  otherChild: string;
}

interface Case {
  mutation: keyof typeof M;
  name: string;
  input: (f: Fixture) => Record<string, unknown>;
  code: 'BAD_USER_INPUT' | 'NOT_FOUND';
  /** The fields named (BAD_USER_INPUT from the service or validation); undefined when the variable itself does not fit its type. */
  fields?: Record<string, string>;
  as?: 'school';
}

const grade = (f: Fixture, over: Record<string, unknown>) => ({
  id: f.submitted,
  version: 1,
  sourceEvaluation: 'RELIABLE',
  intelligenceAssessment: 'B',
  handlingCode: 'P',
  sanitisedText: 'Invented',
  ...over,
});
const link = (f: Fixture, over: Record<string, unknown>) => ({
  from: { kind: 'PERSON', id: f.person },
  to: { kind: 'CHILD', id: f.w.child },
  relation: 'SUSPECTED_EXPLOITER_OF',
  confidence: 'PROBABLE',
  ...over,
});

const CASES: Case[] = [
  { mutation: 'createPerson', name: 'an empty given name', input: (f) => ({ districtId: f.w.district, givenName: ' ', familyName: 'X' }), code: 'BAD_USER_INPUT', fields: { givenName: 'Enter the given name' } },
  { mutation: 'createPerson', name: 'an impossible date of birth', input: (f) => ({ districtId: f.w.district, givenName: 'A', familyName: 'B', dateOfBirth: '1990-02-30' }), code: 'BAD_USER_INPUT', fields: { dateOfBirth: 'Enter the date of birth as a real date, like 2026-03-27' } },
  { mutation: 'createPerson', name: 'another district', input: (f) => ({ districtId: f.w.otherDistrict, givenName: 'A', familyName: 'B' }), code: 'NOT_FOUND' },
  { mutation: 'updatePerson', name: 'a version of 0', input: (f) => ({ id: f.person, version: 0, ocgNominal: true }), code: 'BAD_USER_INPUT', fields: { version: 'version must not be less than 1' } },
  { mutation: 'updatePerson', name: 'a person of another district', input: (f) => ({ id: f.otherPerson, version: 1, ocgNominal: true }), code: 'NOT_FOUND' },
  { mutation: 'createLocation', name: 'Op Makesafe on a park', input: (f) => ({ districtId: f.w.district, type: 'PARK', name: 'Invented Park', makesafeStatus: 'ENGAGED' }), code: 'BAD_USER_INPUT', fields: { makesafeStatus: 'Op Makesafe applies to hotels only' } },
  { mutation: 'createLocation', name: 'a long postcode', input: (f) => ({ districtId: f.w.district, type: 'HOTEL', name: 'Invented', postcode: 'S1 2AB 3CD 4EF' }), code: 'BAD_USER_INPUT', fields: { postcode: 'Postcode must be 10 characters or fewer' } },
  { mutation: 'updateLocation', name: 'Op Makesafe on a park', input: (f) => ({ id: f.park, version: 1, makesafeCheckedOn: '2026-01-01' }), code: 'BAD_USER_INPUT', fields: { makesafeCheckedOn: 'Op Makesafe applies to hotels only' } },
  { mutation: 'createVehicle', name: 'a registration without letters or digits', input: () => ({ registration: ' - ' }), code: 'BAD_USER_INPUT', fields: { registration: 'Enter the registration in letters and digits, like AB12 CDE' } },
  { mutation: 'createVehicle', name: 'an over-long registration', input: () => ({ registration: 'A'.repeat(21) }), code: 'BAD_USER_INPUT', fields: { registration: 'Registration must be 20 characters or fewer' } },
  { mutation: 'createIdentifier', name: 'an over-long handle', input: () => ({ kind: 'HANDLE', platform: 'SNAPCHAT', value: `@${'x'.repeat(100)}` }), code: 'BAD_USER_INPUT', fields: { value: 'Value must be 100 characters or fewer' } },
  { mutation: 'createIdentifier', name: 'a handle without a platform', input: () => ({ kind: 'HANDLE', value: '@invented' }), code: 'BAD_USER_INPUT', fields: { platform: 'Choose the platform of the handle' } },
  { mutation: 'createIdentifier', name: 'a phone that is not a number', input: () => ({ kind: 'PHONE', value: 'call me' }), code: 'BAD_USER_INPUT', fields: { value: 'Enter a phone number, like 07700 900123 or +44 7700 900123' } },
  { mutation: 'createNetwork', name: 'an empty name', input: (f) => ({ districtId: f.w.district, name: '', model: 'ORGANISED_NETWORK' }), code: 'BAD_USER_INPUT', fields: { name: 'Enter the name of the network' } },
  { mutation: 'updateNetwork', name: 'a null name', input: (f) => ({ id: f.network, version: 1, name: null }), code: 'BAD_USER_INPUT', fields: { name: 'Enter the name of the network' } },
  { mutation: 'createLink', name: 'a record linked to itself', input: (f) => link(f, { to: { kind: 'PERSON', id: f.person } }), code: 'BAD_USER_INPUT', fields: { to: 'A record cannot be linked to itself' } },
  { mutation: 'createLink', name: 'an end before its start', input: (f) => link(f, { validFrom: '2026-02-01', validTo: '2026-01-01' }), code: 'BAD_USER_INPUT', fields: { validTo: 'The end date must be on or after the start date' } },
  { mutation: 'createLink', name: 'an impossible date', input: (f) => link(f, { validFrom: '2026-02-30' }), code: 'BAD_USER_INPUT', fields: { validFrom: 'Enter the date the link began as a real date, like 2026-03-27' } },
  { mutation: 'createLink', name: 'a person you cannot see', input: (f) => link(f, { from: { kind: 'PERSON', id: f.otherPerson } }), code: 'NOT_FOUND' },
  { mutation: 'createLink', name: 'a child you cannot see', input: (f) => link(f, { to: { kind: 'CHILD', id: f.otherChild } }), code: 'NOT_FOUND' },
  { mutation: 'createLink', name: 'an unknown id', input: (f) => link(f, { to: { kind: 'VEHICLE', id: randomUUID() } }), code: 'NOT_FOUND' },
  { mutation: 'createLink', name: 'intelligence you cannot see in full', input: (f) => link(f, { intelligenceId: f.otherIntelligence }), code: 'NOT_FOUND' },
  { mutation: 'submitIntelligence', name: 'no text', input: (f) => ({ districtId: f.w.district, what: '  ', provenance: 'ONLINE' }), code: 'BAD_USER_INPUT', fields: { what: 'Enter what happened' }, as: 'school' },
  { mutation: 'submitIntelligence', name: 'a child you cannot see', input: (f) => ({ districtId: f.w.district, what: 'Invented', provenance: 'ONLINE', childIds: [f.otherChild] }), code: 'NOT_FOUND', as: 'school' },
  { mutation: 'gradeIntelligence', name: 'an unknown handling code', input: (f) => grade(f, { handlingCode: 'X' }), code: 'BAD_USER_INPUT' },
  { mutation: 'gradeIntelligence', name: 'C without conditions', input: (f) => grade(f, { handlingCode: 'C' }), code: 'BAD_USER_INPUT', fields: { handlingConditions: 'Enter the handling conditions of a C code' } },
  { mutation: 'gradeIntelligence', name: 'an empty sanitised text', input: (f) => grade(f, { sanitisedText: ' ' }), code: 'BAD_USER_INPUT', fields: { sanitisedText: 'Enter the sanitised text for partners' } },
  { mutation: 'gradeIntelligence', name: 'no sanitised text', input: (f) => ({ ...grade(f, {}), sanitisedText: undefined }), code: 'BAD_USER_INPUT' },
  { mutation: 'gradeIntelligence', name: 'an over-long sanitised text', input: (f) => grade(f, { sanitisedText: 'x'.repeat(4001) }), code: 'BAD_USER_INPUT', fields: { sanitisedText: 'Sanitised text must be 4000 characters or fewer' } },
  { mutation: 'setIntelligenceStatus', name: 'a move back to submitted', input: (f) => ({ id: f.graded, version: 1, status: 'SUBMITTED' }), code: 'BAD_USER_INPUT', fields: { status: 'Intelligence cannot move from GRADED to SUBMITTED' } },
];

describe('intelligence records: bad input is refused and writes nothing', () => {
  let t: TestApp;
  let f: Fixture;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    const w = await intelWorld(t);
    const spoc = w.s['SPOC of the district'];
    const by = spoc.id;
    const base = { districtId: w.district, submittedBy: w.s['submitting school'].id, submittedByAgencyId: w.school };
    f = {
      w,
      spoc,
      person: await createPerson(t.dataSource, { districtId: w.district, createdBy: by }),
      otherPerson: await createPerson(t.dataSource, { districtId: w.otherDistrict, createdBy: by }),
      park: await createLocation(t.dataSource, { districtId: w.district, createdBy: by, type: LocationType.PARK }),
      network: await createNetwork(t.dataSource, { districtId: w.district, createdBy: by }),
      submitted: await createIntelligence(t.dataSource, base),
      graded: await createIntelligence(t.dataSource, { ...base, status: IntelligenceStatus.GRADED }),
      otherIntelligence: await createIntelligence(t.dataSource, { ...base, districtId: w.otherDistrict }),
      otherChild: (await createChild(t.dataSource, { districtId: w.otherDistrict })).id,
    };
  });
  afterAll(() => t.close());

  const state = () =>
    t.dataSource.query(`SELECT (SELECT count(*) FROM person_of_concern)::int AS p, (SELECT count(*) FROM location)::int AS l,
      (SELECT count(*) FROM network)::int AS n, (SELECT count(*) FROM vehicle)::int AS v, (SELECT count(*) FROM online_identifier)::int AS i,
      (SELECT count(*) FROM link)::int AS k, (SELECT count(*) FROM intelligence)::int AS g, (SELECT count(*) FROM intelligence_child)::int AS gc,
      (SELECT sum(version)::int FROM intelligence) AS gv, (SELECT count(*) FROM audit_event WHERE operation NOT IN ('ACCESS_DENIED', 'LOGIN'))::int AS a`);

  it.each(CASES)('$mutation refuses $name: $code', async ({ mutation, input, code, fields, as }) => {
    const before = await state();
    const session = as === 'school' ? f.w.s['submitting school'] : f.spoc;
    const res = await session.send(M[mutation], { input: input(f) });
    expect(GraphQLTestClient.codeOf(res)).toBe(code);
    if (fields) expect(res.errors?.[0].extensions?.fields).toEqual(fields);
    expect(res.data ?? null).toBeNull();
    expect(await state()).toEqual(before);
  });
});
