import { randomUUID } from 'node:crypto';
import { ChildStatus, EntityKind, LinkRelation, RiskLevel } from '@mace/shared-domain';
import { createChild, GraphQLTestClient, startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import {
  analysisWorld,
  AnalysisWorld,
  child,
  insertIdentifier,
  insertLink,
  insertLocation,
  insertNetwork,
  insertPerson,
  insertVehicle,
  location,
  network,
  person,
  Ref,
  vehicle,
} from './intelligence-analysis-fixtures';

interface RefOut {
  kind: EntityKind;
  id: string;
  label: string;
  detail: string | null;
}

describe('analysis reports: search, children linked, networks, briefing', () => {
  let t: TestApp;
  let w: AnalysisWorld;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await analysisWorld(t);
  });
  afterAll(() => t.close());

  const kid = async (name: string, o: { riskLevel?: RiskLevel; status?: ChildStatus; districtId?: string; exploitationTypes?: string[] } = {}) => {
    const created = await createChild(t.dataSource, {
      districtId: o.districtId ?? w.district,
      givenName: name,
      familyName: `Invented-${randomUUID().slice(0, 6)}`,
      status: o.status ?? ChildStatus.OPEN,
      riskLevel: o.riskLevel,
    });
    if (o.exploitationTypes) await t.dataSource.query(`UPDATE child SET exploitation_types = $2 WHERE id = $1`, [created.id, o.exploitationTypes]);
    return { ...child(created.id), name: `${created.givenName} ${created.familyName}` };
  };
  const link = (from: Ref, to: Ref, o: Parameters<typeof insertLink>[4] = {}) => insertLink(t.dataSource, w.spoc, { kind: from.kind, id: from.id }, { kind: to.kind, id: to.id }, o);

  describe('searchRecords: tolerant of formatting', () => {
    const SEARCH = `query($t: String!) { searchRecords(term: $t) { matchedOn ref { kind id label } } }`;
    const search = async (term: string, session = w.spoc) => {
      const res = await session.send(SEARCH, { t: term });
      expect(res.errors).toBeUndefined();
      return (res.data as { searchRecords: { matchedOn: string; ref: RefOut }[] }).searchRecords;
    };
    const suffix = randomUUID().replace(/\D/g, '').slice(0, 3).padEnd(3, '7');

    it.each([
      { name: 'registration without the space', term: 'qz12cde', kind: EntityKind.VEHICLE, matched: 'registration QZ12 CDE' },
      { name: 'phone in national form', term: `07700900${suffix}`, kind: EntityKind.IDENTIFIER, matched: `phone +44 7700 900${suffix}` },
      { name: 'handle with @ and capitals', term: '@Example_Invented_User', kind: EntityKind.IDENTIFIER, matched: 'handle @example_invented_user' },
      { name: 'e-mail in capitals', term: 'Someone.Invented@Example.ORG', kind: EntityKind.IDENTIFIER, matched: 'e-mail someone.invented@example.org' },
      { name: 'postcode in lower case without the space', term: 'zz12ab', kind: EntityKind.LOCATION, matched: 'postcode ZZ1 2AB' },
      { name: 'location name misspelt', term: 'Quixotik Hotel', kind: EntityKind.LOCATION, matched: 'name' },
      { name: 'person by name, misspelt', term: 'Zebedee Quorne', kind: EntityKind.PERSON, matched: 'name' },
      { name: 'person by alias', term: 'Big Zed', kind: EntityKind.PERSON, matched: 'alias Big Zed' },
    ])('$name', async ({ term, kind, matched }) => {
      await ensureRecords();
      const hits = await search(term);
      expect(hits.find((hit) => hit.ref.kind === kind)?.matchedOn).toBe(matched);
    });

    let made = false;
    async function ensureRecords() {
      if (made) return;
      made = true;
      await insertVehicle(t.dataSource, w.spoc, { registration: 'QZ12 CDE', colour: 'silver', make: 'Ford', model: 'Focus' });
      await insertIdentifier(t.dataSource, w.spoc, { kind: 'PHONE', value: `+44 7700 900${suffix}`, normalised: `+447700900${suffix}` });
      await insertIdentifier(t.dataSource, w.spoc, { kind: 'HANDLE', value: '@Example_Invented_User', normalised: 'example_invented_user' });
      await insertIdentifier(t.dataSource, w.spoc, { kind: 'EMAIL', value: 'someone.invented@example.org', normalised: 'someone.invented@example.org' });
      await insertLocation(t.dataSource, w.spoc, { districtId: w.district, name: 'Quixotic Hotel', postcode: 'ZZ1 2AB' });
      await insertPerson(t.dataSource, w.spoc, { districtId: w.district, givenName: 'Zebedee', familyName: 'Quorn', aliases: ['Big Zed'] });
    }

    it('persons and locations of another district are not found', async () => {
      await ensureRecords();
      const hits = await search('Zebedee Quorn', w.s['SPOC of another district']);
      expect(hits.filter((hit) => hit.ref.kind === EntityKind.PERSON)).toEqual([]);
      expect((await search('zz12ab', w.s['SPOC of another district'])).filter((hit) => hit.ref.kind === EntityKind.LOCATION)).toEqual([]);
    });

    it('a term of one character is bad input', async () => {
      expect(GraphQLTestClient.codeOf(await w.spoc.send(SEARCH, { t: ' x ' }))).toBe('BAD_USER_INPUT');
    });
  });

  it('childrenLinkedTo: children linked to a network directly or through its members, to a location, to a person', async () => {
    const net = network(await insertNetwork(t.dataSource, w.spoc, { districtId: w.district }));
    const member = person(await insertPerson(t.dataSource, w.spoc, { districtId: w.district }));
    const direct = await kid('Ivy');
    const through = await kid('Jo');
    const unrelated = await kid('Kit');
    await link(member, net, { relation: LinkRelation.MEMBER_OF });
    await link(direct, net, { relation: LinkRelation.MEMBER_OF });
    await link(member, through, { relation: LinkRelation.SUSPECTED_EXPLOITER_OF });
    const hotel = location(await insertLocation(t.dataSource, w.spoc, { districtId: w.district }));
    await link(unrelated, hotel, { relation: LinkRelation.FOUND_AT });

    const Q = `query($s: EntityRefInput!) { childrenLinkedTo(subject: $s) { id } }`;
    const ids = async (subject: Ref) => {
      const res = await w.spoc.send(Q, { s: { kind: subject.kind, id: subject.id } });
      expect(res.errors).toBeUndefined();
      return (res.data as { childrenLinkedTo: { id: string }[] }).childrenLinkedTo.map((c) => c.id).sort();
    };
    expect(await ids(net)).toEqual([direct.id, through.id].sort());
    expect(await ids(member)).toEqual([through.id]);
    expect(await ids(hotel)).toEqual([unrelated.id]);
    expect(GraphQLTestClient.codeOf(await w.spoc.send(Q, { s: { kind: EntityKind.VEHICLE, id: randomUUID() } }))).toBe('BAD_USER_INPUT');
    expect(GraphQLTestClient.codeOf(await w.s['SPOC of another district'].send(Q, { s: net }))).toBe('NOT_FOUND');
  });

  it('groupBasedNetworks: every group-based CSE network of the caller’s districts with its children and persons', async () => {
    const cse = network(await insertNetwork(t.dataSource, w.spoc, { districtId: w.district, name: 'Invented group', groupBasedCse: true }));
    const notCse = network(await insertNetwork(t.dataSource, w.spoc, { districtId: w.district, groupBasedCse: false }));
    const other = network(await insertNetwork(t.dataSource, w.spoc, { districtId: w.otherDistrict, groupBasedCse: true }));
    const a = person(await insertPerson(t.dataSource, w.spoc, { districtId: w.district }));
    const b = person(await insertPerson(t.dataSource, w.spoc, { districtId: w.district }));
    const victim = await kid('Lou');
    const direct = await kid('Mo');
    await link(a, cse, { relation: LinkRelation.MEMBER_OF });
    await link(b, cse, { relation: LinkRelation.MEMBER_OF });
    await link(a, victim, { relation: LinkRelation.SUSPECTED_EXPLOITER_OF });
    await link(direct, cse);
    await link(a, notCse, { relation: LinkRelation.MEMBER_OF });

    const Q = `query($d: ID) { groupBasedNetworks(districtId: $d) { network { id name groupBasedCse linkCount district { id } } children { id } persons { id } } }`;
    const res = await w.spoc.send(Q, {});
    expect(res.errors).toBeUndefined();
    const list = (res.data as { groupBasedNetworks: { network: { id: string; linkCount: number; district: { id: string } }; children: { id: string }[]; persons: { id: string }[] }[] }).groupBasedNetworks;
    const ids = list.map((s) => s.network.id);
    expect(ids).toContain(cse.id);
    expect(ids).not.toContain(notCse.id);
    expect(ids).not.toContain(other.id);
    const summary = list.find((s) => s.network.id === cse.id)!;
    expect(summary.network.linkCount).toBe(3);
    expect(summary.network.district.id).toBe(w.district);
    expect(summary.children.map((c) => c.id).sort()).toEqual([victim.id, direct.id].sort());
    expect(summary.persons.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(GraphQLTestClient.codeOf(await w.spoc.send(Q, { d: w.otherDistrict }))).toBe('NOT_FOUND');
  });

  it('districtBriefing: open children at risk, highest first, with associates, places, vehicles and a collection plan', async () => {
    const district = (await t.dataSource.query(`INSERT INTO district (name) VALUES ($1) RETURNING id`, [`Briefing ${randomUUID()}`]))[0].id as string;
    await t.dataSource.query(`INSERT INTO user_district (user_id, district_id) VALUES ($1, $2)`, [w.spoc.id, district]);
    const high = await kid('Ned', { districtId: district, riskLevel: RiskLevel.HIGH, exploitationTypes: ['SEXUAL'] });
    const medium = await kid('Ola', { districtId: district, riskLevel: RiskLevel.MEDIUM });
    await kid('Pip', { districtId: district, riskLevel: RiskLevel.NONE });
    await kid('Quin', { districtId: district, riskLevel: RiskLevel.HIGH, status: ChildStatus.CLOSED });
    const man = person(await insertPerson(t.dataSource, w.spoc, { districtId: district, givenName: 'Rex', familyName: 'Invented' }));
    const car = vehicle(await insertVehicle(t.dataSource, w.spoc, { registration: `BR${randomUUID().slice(0, 2)} CDE`.toUpperCase(), colour: 'silver', make: 'Ford', model: 'Focus' }));
    const hotel = location(await insertLocation(t.dataSource, w.spoc, { districtId: district, name: 'Example Hotel', postcode: 'S1 2AB' }));
    await link(man, high, { relation: LinkRelation.SUSPECTED_EXPLOITER_OF });
    await link(man, car, { relation: LinkRelation.USES_VEHICLE });
    await link(man, hotel, { relation: LinkRelation.FREQUENTS });

    const Q = `query($d: ID!) { districtBriefing(districtId: $d) { district { id } producedAt children {
      child { id label } riskLevel exploitationTypes associates { label } places { label } vehicles { label detail } collectionPlan } } }`;
    const res = await w.spoc.send(Q, { d: district });
    expect(res.errors).toBeUndefined();
    const briefing = (res.data as { districtBriefing: { district: { id: string }; children: { child: RefOut; riskLevel: RiskLevel; exploitationTypes: string[]; associates: { label: string }[]; places: { label: string }[]; vehicles: { label: string; detail: string }[]; collectionPlan: string }[] } }).districtBriefing;
    expect(briefing.district.id).toBe(district);
    expect(briefing.children.map((c) => c.child.id)).toEqual([high.id, medium.id]);
    const first = briefing.children[0];
    expect(first.riskLevel).toBe(RiskLevel.HIGH);
    expect(first.exploitationTypes).toHaveLength(1);
    expect(first.associates.map((a) => a.label)).toEqual(['Rex Invented']);
    expect(first.places.map((p) => p.label)).toEqual(['Example Hotel, S1 2AB']);
    const reg = first.vehicles[0].label;
    expect(first.vehicles[0].detail).toBe('silver Ford Focus');
    expect(first.collectionPlan).toBe(`Look out for ${reg} (silver Ford Focus) near Example Hotel, S1 2AB; associates: Rex Invented.`);
    expect(briefing.children[1].collectionPlan).toBe('No associates, places or vehicles linked yet: nothing to look out for.');
    expect(GraphQLTestClient.codeOf(await w.s['SPOC of another district'].send(Q, { d: district }))).toBe('NOT_FOUND');
  });
});
