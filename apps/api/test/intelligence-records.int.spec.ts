import { randomUUID } from 'node:crypto';
import { HandlingCode, IntelligenceStatus, LocationType } from '@mace/shared-domain';
import {
  createIntelligence,
  createLocation,
  createNetwork,
  createPerson,
  createVehicle,
  createIdentifier,
  GraphQLResponse,
  GraphQLTestClient,
  startTestApp,
  TestApp,
  TestSession,
  uniqueSuffix,
} from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { auditSince, INTEL_CALLERS, IntelCaller, intelWorld, IntelWorld, lastAuditSeq } from './intelligence-fixtures';

type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN';

const POLICE_OF_DISTRICT: Record<IntelCaller, Outcome> = {
  'SPOC of the district': 'allowed',
  'SPOC of another district': 'NOT_FOUND',
  chair: 'FORBIDDEN',
  'submitting school': 'FORBIDDEN',
  'partner with involvement': 'FORBIDDEN',
  'partner without involvement': 'FORBIDDEN',
  'partner of another district': 'FORBIDDEN',
  analyst: 'FORBIDDEN',
};
/** Vehicles and identifiers are force-wide police records. */
const ANY_POLICE: Record<IntelCaller, Outcome> = { ...POLICE_OF_DISTRICT, 'SPOC of another district': 'allowed' };
const SUBMITTERS: Record<IntelCaller, Outcome> = {
  'SPOC of the district': 'allowed',
  'SPOC of another district': 'FORBIDDEN',
  chair: 'allowed',
  'submitting school': 'allowed',
  'partner with involvement': 'allowed',
  'partner without involvement': 'allowed',
  'partner of another district': 'FORBIDDEN',
  analyst: 'FORBIDDEN',
};

/** Every RECORDS operation × caller; for lists, NOT_FOUND means "not listed". Refusals change nothing. */
const MATRIX: Record<string, Record<IntelCaller, Outcome>> = {
  persons: POLICE_OF_DISTRICT,
  person: POLICE_OF_DISTRICT,
  createPerson: POLICE_OF_DISTRICT,
  updatePerson: POLICE_OF_DISTRICT,
  locations: POLICE_OF_DISTRICT,
  location: POLICE_OF_DISTRICT,
  createLocation: POLICE_OF_DISTRICT,
  updateLocation: POLICE_OF_DISTRICT,
  networks: POLICE_OF_DISTRICT,
  network: POLICE_OF_DISTRICT,
  createNetwork: POLICE_OF_DISTRICT,
  updateNetwork: POLICE_OF_DISTRICT,
  vehicles: ANY_POLICE,
  vehicle: ANY_POLICE,
  createVehicle: ANY_POLICE,
  identifiers: ANY_POLICE,
  createIdentifier: ANY_POLICE,
  linksOf: POLICE_OF_DISTRICT,
  createLink: POLICE_OF_DISTRICT,
  submitIntelligence: SUBMITTERS,
  gradeIntelligence: POLICE_OF_DISTRICT,
  setIntelligenceStatus: POLICE_OF_DISTRICT,
  intelligence: {
    'SPOC of the district': 'allowed',
    'SPOC of another district': 'NOT_FOUND',
    chair: 'allowed',
    'submitting school': 'allowed',
    'partner with involvement': 'allowed',
    'partner without involvement': 'NOT_FOUND',
    'partner of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
  },
};
MATRIX['intelligenceReports'] = MATRIX['intelligence'];

interface Target {
  person: string;
  location: string;
  network: string;
  vehicle: string;
  identifier: string;
  submitted: string;
  graded: string;
}

describe('intelligence records: who may do what', () => {
  let t: TestApp;
  let w: IntelWorld;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await intelWorld(t);
  });
  afterAll(() => t.close());

  async function prepare(): Promise<Target> {
    const by = w.s['SPOC of the district'].id;
    const d = { districtId: w.district, createdBy: by };
    const base = { districtId: w.district, submittedBy: w.s['submitting school'].id, submittedByAgencyId: w.school, childIds: [w.child] };
    return {
      person: await createPerson(t.dataSource, d),
      location: await createLocation(t.dataSource, d),
      network: await createNetwork(t.dataSource, d),
      vehicle: await createVehicle(t.dataSource, { createdBy: by }),
      identifier: await createIdentifier(t.dataSource, { createdBy: by }),
      submitted: await createIntelligence(t.dataSource, base),
      graded: await createIntelligence(t.dataSource, { ...base, status: IntelligenceStatus.GRADED, handlingCode: HandlingCode.P }),
    };
  }

  const state = async () =>
    t.dataSource.query(`SELECT (SELECT count(*) FROM person_of_concern)::int AS p, (SELECT count(*) FROM location)::int AS l,
      (SELECT count(*) FROM network)::int AS n, (SELECT count(*) FROM vehicle)::int AS v, (SELECT count(*) FROM online_identifier)::int AS i,
      (SELECT count(*) FROM link)::int AS k, (SELECT count(*) FROM intelligence)::int AS g,
      (SELECT coalesce(sum(version), 0)::int FROM intelligence)::int AS gv, (SELECT coalesce(sum(version), 0)::int FROM person_of_concern) AS pv`);

  const SEND: Record<string, (s: TestSession, x: Target) => Promise<GraphQLResponse>> = {
    persons: (s) => s.send(`{ persons(first: 100) { nodes { id } } }`),
    person: (s, x) => s.send(`query($id: ID!) { person(id: $id) { id linkCount district { id } } }`, { id: x.person }),
    createPerson: (s) =>
      s.send(`mutation($input: CreatePersonInput!) { createPerson(input: $input) { id } }`, {
        input: { districtId: w.district, givenName: 'Invented', familyName: 'Suspect' },
      }),
    updatePerson: (s, x) =>
      s.send(`mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { id } }`, { input: { id: x.person, version: 1, ocgNominal: true } }),
    locations: (s) => s.send(`{ locations(first: 100) { nodes { id } } }`),
    location: (s, x) => s.send(`query($id: ID!) { location(id: $id) { id } }`, { id: x.location }),
    createLocation: (s) =>
      s.send(`mutation($input: CreateLocationInput!) { createLocation(input: $input) { id } }`, {
        input: { districtId: w.district, type: LocationType.HOTEL, name: 'Invented Hotel', makesafeStatus: 'ENGAGED' },
      }),
    updateLocation: (s, x) =>
      s.send(`mutation($input: UpdateLocationInput!) { updateLocation(input: $input) { id } }`, { input: { id: x.location, version: 1, postcode: 's1 2ab' } }),
    networks: (s) => s.send(`{ networks(first: 100) { nodes { id } } }`),
    network: (s, x) => s.send(`query($id: ID!) { network(id: $id) { id } }`, { id: x.network }),
    createNetwork: (s) =>
      s.send(`mutation($input: CreateNetworkInput!) { createNetwork(input: $input) { id } }`, {
        input: { districtId: w.district, name: 'Invented Network', model: 'ORGANISED_NETWORK', groupBasedCse: true },
      }),
    updateNetwork: (s, x) =>
      s.send(`mutation($input: UpdateNetworkInput!) { updateNetwork(input: $input) { id } }`, { input: { id: x.network, version: 1, status: 'DISRUPTED' } }),
    vehicles: (s) => s.send(`{ vehicles(first: 100) { nodes { id } } }`),
    vehicle: (s, x) => s.send(`query($id: ID!) { vehicle(id: $id) { id } }`, { id: x.vehicle }),
    createVehicle: (s) =>
      s.send(`mutation($input: CreateVehicleInput!) { createVehicle(input: $input) { id } }`, { input: { registration: `yy${uniqueSuffix()}` } }),
    identifiers: (s) => s.send(`{ identifiers(first: 100) { nodes { id } } }`),
    createIdentifier: (s) =>
      s.send(`mutation($input: CreateIdentifierInput!) { createIdentifier(input: $input) { id } }`, {
        input: { kind: 'HANDLE', platform: 'TIKTOK', value: `@inv_${uniqueSuffix()}` },
      }),
    linksOf: (s, x) => s.send(`query($s: EntityRefInput!) { linksOf(subject: $s) { id } }`, { s: { kind: 'PERSON', id: x.person } }),
    createLink: (s, x) =>
      s.send(`mutation($input: CreateLinkInput!) { createLink(input: $input) { id } }`, {
        input: { from: { kind: 'PERSON', id: x.person }, to: { kind: 'LOCATION', id: x.location }, relation: 'FREQUENTS', confidence: 'PROBABLE' },
      }),
    submitIntelligence: (s) =>
      s.send(`mutation($input: SubmitIntelligenceInput!) { submitIntelligence(input: $input) { id } }`, {
        input: { districtId: w.district, what: 'Invented: a car outside the gates', provenance: 'SEEN_OR_HEARD' },
      }),
    gradeIntelligence: (s, x) =>
      s.send(`mutation($input: GradeIntelligenceInput!) { gradeIntelligence(input: $input) { id } }`, {
        input: { id: x.submitted, version: 1, sourceEvaluation: 'RELIABLE', intelligenceAssessment: 'B', handlingCode: 'P', sanitisedText: 'Invented' },
      }),
    setIntelligenceStatus: (s, x) =>
      s.send(`mutation($input: SetIntelligenceStatusInput!) { setIntelligenceStatus(input: $input) { id } }`, { input: { id: x.graded, version: 1, status: 'TABLED' } }),
    intelligence: (s, x) => s.send(`query($id: ID!) { intelligence(id: $id) { id } }`, { id: x.graded }),
    intelligenceReports: (s) => s.send(`{ intelligenceReports(first: 100) { nodes { id } } }`),
  };

  const LISTED: Record<string, (res: GraphQLResponse, x: Target) => boolean> = {
    persons: (r, x) => ids(r, 'persons').includes(x.person),
    locations: (r, x) => ids(r, 'locations').includes(x.location),
    networks: (r, x) => ids(r, 'networks').includes(x.network),
    vehicles: (r) => ids(r, 'vehicles').length > 0,
    identifiers: (r) => ids(r, 'identifiers').length > 0,
    intelligenceReports: (r, x) => ids(r, 'intelligenceReports').includes(x.graded),
  };
  const ids = (r: GraphQLResponse, key: string) => ((r.data as Record<string, { nodes: { id: string }[] }>)[key]?.nodes ?? []).map((n) => n.id);

  const CASES = Object.entries(MATRIX).flatMap(([operation, row]) => INTEL_CALLERS.map((who) => ({ operation, who, outcome: row[who] })));

  it.each(CASES)('$operation by $who: $outcome', async ({ operation, who, outcome }) => {
    const target = await prepare();
    const before = await state();
    const res = await SEND[operation](w.s[who], target);
    const listed = LISTED[operation];
    if (outcome === 'allowed') {
      expect(res.errors).toBeUndefined();
      if (listed) expect(listed(res, target)).toBe(true);
      return;
    }
    if (listed && outcome === 'NOT_FOUND') {
      expect(res.errors).toBeUndefined();
      expect(listed(res, target)).toBe(false);
      return;
    }
    expect(GraphQLTestClient.codeOf(res)).toBe(outcome);
    if (outcome === 'NOT_FOUND' && !operation.startsWith('create') && operation !== 'submitIntelligence') {
      const unknown = Object.fromEntries(Object.keys(target).map((k) => [k, randomUUID()])) as unknown as Target;
      const missing = await SEND[operation](w.s[who], unknown);
      expect(res.errors?.[0].message).toBe(missing.errors?.[0].message);
    }
    expect(await state()).toEqual(before);
  });
});

describe('intelligence records: normalisation, links and the grading journey', () => {
  let t: TestApp;
  let w: IntelWorld;
  let spoc: TestSession;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await intelWorld(t);
    spoc = w.s['SPOC of the district'];
  });
  afterAll(() => t.close());

  const CREATE_VEHICLE = `mutation($input: CreateVehicleInput!) { createVehicle(input: $input) { id registration registrationNormalised } }`;

  it('finds a vehicle by a differently spaced registration and never makes a duplicate', async () => {
    const reg = `k${uniqueSuffix().slice(0, 4)}`;
    const first = await spoc.send<{ createVehicle: { id: string; registrationNormalised: string } }>(CREATE_VEHICLE, { input: { registration: `${reg} cde` } });
    expect(first.errors).toBeUndefined();
    const normalised = `${reg}CDE`.toUpperCase();
    expect(first.data!.createVehicle.registrationNormalised).toBe(normalised);
    const again = await spoc.send<{ createVehicle: { id: string } }>(CREATE_VEHICLE, { input: { registration: ` ${reg.toUpperCase()}-Cde` } });
    expect(again.data!.createVehicle.id).toBe(first.data!.createVehicle.id);
    // Concurrent creates of one registration: one row.
    const burst = await Promise.all([1, 2, 3].map(() => spoc.send<{ createVehicle: { id: string } }>(CREATE_VEHICLE, { input: { registration: `${reg}cde` } })));
    expect(new Set(burst.map((r) => r.data?.createVehicle.id))).toEqual(new Set([first.data!.createVehicle.id]));
    const [{ count }] = await t.dataSource.query(`SELECT count(*)::int AS count FROM vehicle WHERE registration_normalised = $1`, [normalised]);
    expect(count).toBe(1);
    // The database refuses a duplicate normal form whatever writes it.
    await expect(
      t.dataSource.query(`INSERT INTO vehicle (registration, registration_normalised, created_by_user_id) VALUES ('x', $1, $2)`, [normalised, spoc.id]),
    ).rejects.toThrow();
    const found = await spoc.send<{ vehicles: { nodes: { id: string }[] } }>(`query($s: String) { vehicles(filter: { search: $s }) { nodes { id } } }`, {
      s: `${reg.toUpperCase()} c-d-e`,
    });
    expect(found.data!.vehicles.nodes.map((n) => n.id)).toEqual([first.data!.createVehicle.id]);
  });

  it('finds phones and handles however they are written', async () => {
    const CREATE = `mutation($input: CreateIdentifierInput!) { createIdentifier(input: $input) { id valueNormalised } }`;
    const digits = String(Math.floor(100000 + Math.random() * 899999));
    const phone = await spoc.send<{ createIdentifier: { id: string; valueNormalised: string } }>(CREATE, { input: { kind: 'PHONE', value: `07700 9${digits}` } });
    expect(phone.data!.createIdentifier.valueNormalised).toBe(`+4477009${digits}`);
    const same = await spoc.send<{ createIdentifier: { id: string } }>(CREATE, { input: { kind: 'PHONE', value: `+44 (0)7700 9${digits.slice(0, 2)}-${digits.slice(2)}` } });
    expect(same.data!.createIdentifier.id).toBe(phone.data!.createIdentifier.id);
    const handle = `Inv_${uniqueSuffix()}`;
    const snap = await spoc.send<{ createIdentifier: { id: string; valueNormalised: string } }>(CREATE, { input: { kind: 'HANDLE', platform: 'SNAPCHAT', value: `@${handle}` } });
    expect(snap.data!.createIdentifier.valueNormalised).toBe(handle.toLowerCase());
    const sameHandle = await spoc.send<{ createIdentifier: { id: string } }>(CREATE, { input: { kind: 'HANDLE', platform: 'SNAPCHAT', value: ` ${handle.toUpperCase()} ` } });
    expect(sameHandle.data!.createIdentifier.id).toBe(snap.data!.createIdentifier.id);
    // One handle on another platform is another account.
    const insta = await spoc.send<{ createIdentifier: { id: string } }>(CREATE, { input: { kind: 'HANDLE', platform: 'INSTAGRAM', value: handle } });
    expect(insta.data!.createIdentifier.id).not.toBe(snap.data!.createIdentifier.id);
    const search = await spoc.send<{ identifiers: { nodes: { id: string }[] } }>(`query($s: String) { identifiers(filter: { search: $s }) { nodes { id } } }`, {
      s: `0044 7700 9${digits}`,
    });
    expect(search.data!.identifiers.nodes.map((n) => n.id)).toEqual([phone.data!.createIdentifier.id]);
  });

  it('a school submits, the SPOC grades C and links it to the child: the school sees only the sanitised text with its conditions', async () => {
    const school = w.s['submitting school'];
    const submitted = await school.send<{ submitIntelligence: { id: string; reference: string; status: string; what: string | null; sanitisedText: string | null; mine: boolean } }>(
      `mutation($input: SubmitIntelligenceInput!) { submitIntelligence(input: $input) { id reference status what sanitisedText mine } }`,
      { input: { districtId: w.district, what: 'Invented: a grey car outside the gates at 15:30', provenance: 'SEEN_OR_HEARD', childIds: [w.child] } },
    );
    expect(submitted.errors).toBeUndefined();
    const item = submitted.data!.submitIntelligence;
    expect(item).toMatchObject({ status: 'SUBMITTED', what: null, sanitisedText: null, mine: true });
    expect(item.reference).toMatch(/^INT-\d{4}-\d{6}$/);

    const since = await lastAuditSeq(t);
    const graded = await spoc.send<{ gradeIntelligence: { status: string; handlingCode: string; version: number } }>(
      `mutation($input: GradeIntelligenceInput!) { gradeIntelligence(input: $input) { status handlingCode version } }`,
      {
        input: {
          id: item.id,
          version: 1,
          sourceEvaluation: 'RELIABLE',
          intelligenceAssessment: 'B',
          handlingCode: 'C',
          handlingConditions: 'Invented: do not share with the family',
          sanitisedText: 'Invented: a vehicle seen near the school',
        },
      },
    );
    expect(graded.data!.gradeIntelligence).toEqual({ status: 'GRADED', handlingCode: 'C', version: 2 });

    const vehicle = await createVehicle(t.dataSource, { createdBy: spoc.id });
    const link = await spoc.send<{ createLink: { id: string; from: { label: string }; to: { kind: string }; intelligenceReference: string; createdBy: string } }>(
      `mutation($input: CreateLinkInput!) { createLink(input: $input) { id from { label } to { kind } intelligenceReference createdBy } }`,
      { input: { from: { kind: 'CHILD', id: w.child }, to: { kind: 'VEHICLE', id: vehicle }, relation: 'USES_VEHICLE', confidence: 'POSSIBLE', intelligenceId: item.id } },
    );
    expect(link.errors).toBeUndefined();
    expect(link.data!.createLink.intelligenceReference).toBe(item.reference);
    const [row] = await t.dataSource.query(`SELECT status, version FROM intelligence WHERE id = $1`, [item.id]);
    expect(row).toEqual({ status: 'LINKED', version: 3 });
    const audit = await auditSince(t, since);
    expect(audit.filter((e) => e.operation === 'COMBINATION').map((e) => [e.subject_type, e.subject_ids])).toEqual([
      ['CHILD', [w.child]],
      ['VEHICLE', [vehicle]],
    ]);

    const seen = await school.send<{ intelligence: { sanitisedText: string; handlingConditions: string; what: string | null; handlingCode: string | null; status: string } }>(
      `query($id: ID!) { intelligence(id: $id) { sanitisedText handlingConditions what handlingCode status } }`,
      { id: item.id },
    );
    expect(seen.data!.intelligence).toEqual({
      sanitisedText: 'Invented: a vehicle seen near the school',
      handlingConditions: 'Invented: do not share with the family',
      what: null,
      handlingCode: null,
      status: 'LINKED',
    });

    const links = await spoc.send<{ linksOf: { id: string }[] }>(`query($s: EntityRefInput!) { linksOf(subject: $s) { id } }`, { s: { kind: 'VEHICLE', id: vehicle } });
    expect(links.data!.linksOf.map((l) => l.id)).toEqual([link.data!.createLink.id]);
    const count = await spoc.send<{ vehicle: { linkCount: number } }>(`query($id: ID!) { vehicle(id: $id) { linkCount } }`, { id: vehicle });
    expect(count.data!.vehicle.linkCount).toBe(1);
  });

  it('moves intelligence only along the allowed statuses', async () => {
    const id = await createIntelligence(t.dataSource, {
      districtId: w.district,
      submittedBy: spoc.id,
      submittedByAgencyId: spoc.agencyId,
      status: IntelligenceStatus.GRADED,
    });
    const SET = `mutation($input: SetIntelligenceStatusInput!) { setIntelligenceStatus(input: $input) { status version } }`;
    const back = await spoc.send(SET, { input: { id, version: 1, status: 'SUBMITTED' } });
    expect(GraphQLTestClient.codeOf(back)).toBe('BAD_USER_INPUT');
    expect((await spoc.send(SET, { input: { id, version: 1, status: 'TABLED' } })).data).toEqual({ setIntelligenceStatus: { status: 'TABLED', version: 2 } });
    const stale = await spoc.send(SET, { input: { id, version: 1, status: 'ACTIONED' } });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
    expect((await spoc.send(SET, { input: { id, version: 2, status: 'ACTIONED' } })).data).toEqual({ setIntelligenceStatus: { status: 'ACTIONED', version: 3 } });
  });

  it('lists persons found by an alias, with their district and linkCount', async () => {
    for (let i = 0; i < 3; i++) await createPerson(t.dataSource, { districtId: w.district, createdBy: spoc.id, aliases: ['Invented Alias'] });
    const res = await spoc.send<{ persons: { totalCount: number; nodes: { linkCount: number; district: { id: string } }[] } }>(
      `query($d: ID) { persons(filter: { districtId: $d, search: "invented alias" }) { totalCount nodes { linkCount district { id } } } }`,
      { d: w.district },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.persons.totalCount).toBeGreaterThanOrEqual(3);
    expect(res.data!.persons.nodes.every((n) => n.linkCount === 0 && n.district.id === w.district)).toBe(true);
  });
});
