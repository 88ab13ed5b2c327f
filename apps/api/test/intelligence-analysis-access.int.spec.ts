import { randomUUID } from 'node:crypto';
import { ChildStatus, EntityKind, LinkRelation } from '@mace/shared-domain';
import { createChild, GraphQLResponse, GraphQLTestClient, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { ANALYSIS_CALLERS, AnalysisCaller, analysisWorld, AnalysisWorld, child, insertLink, insertLocation, location } from './intelligence-analysis-fixtures';

type Outcome = 'allowed' | 'NOT_FOUND' | 'FORBIDDEN' | 'empty';

/**
 * Every ANALYSIS query × caller. Only the police SPOC reads links (LINKS_READ): everyone else is
 * FORBIDDEN. A SPOC of another district may not see the district's records: NOT_FOUND exactly as
 * for an unknown id; a search of theirs finds nothing of the district.
 */
const POLICE_OF_THE_DISTRICT: Record<AnalysisCaller, Outcome> = {
  'SPOC of the district': 'allowed',
  'SPOC of another district': 'NOT_FOUND',
  'chair of the district': 'FORBIDDEN',
  practitioner: 'FORBIDDEN',
  analyst: 'FORBIDDEN',
};
const MATRIX: Record<string, Record<AnalysisCaller, Outcome>> = {
  searchRecords: { ...POLICE_OF_THE_DISTRICT, 'SPOC of another district': 'empty' },
  linkGraph: POLICE_OF_THE_DISTRICT,
  childrenLinkedTo: POLICE_OF_THE_DISTRICT,
  sharedContexts: POLICE_OF_THE_DISTRICT,
  groupBasedNetworks: POLICE_OF_THE_DISTRICT,
  districtBriefing: POLICE_OF_THE_DISTRICT,
};

interface Target {
  hotelId: string;
  districtId: string;
  hotelName: string;
}

describe('analysis queries: who may ask', () => {
  let t: TestApp;
  let w: AnalysisWorld;
  let x: Target;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await analysisWorld(t);
    const hotelName = `Invented Access Hotel ${randomUUID().slice(0, 6)}`;
    const hotel = location(await insertLocation(t.dataSource, w.spoc, { districtId: w.district, name: hotelName }));
    for (const name of ['Ann', 'Ben']) {
      const c = await createChild(t.dataSource, { districtId: w.district, givenName: name, status: ChildStatus.OPEN });
      await insertLink(t.dataSource, w.spoc, child(c.id), hotel, { relation: LinkRelation.FOUND_AT });
    }
    x = { hotelId: hotel.id, districtId: w.district, hotelName };
  });
  afterAll(() => t.close());

  const SEND: Record<string, (s: TestSession, target: Target) => Promise<GraphQLResponse>> = {
    searchRecords: (s, target) => s.send(`query($t: String!) { searchRecords(term: $t) { ref { id } } }`, { t: target.hotelName }),
    linkGraph: (s, target) => s.send(`query($s: EntityRefInput!) { linkGraph(subject: $s) { centre { id } } }`, { s: { kind: EntityKind.LOCATION, id: target.hotelId } }),
    childrenLinkedTo: (s, target) => s.send(`query($s: EntityRefInput!) { childrenLinkedTo(subject: $s) { id } }`, { s: { kind: EntityKind.LOCATION, id: target.hotelId } }),
    sharedContexts: (s, target) => s.send(`query($d: ID!) { sharedContexts(districtId: $d) { through { id } } }`, { d: target.districtId }),
    groupBasedNetworks: (s, target) => s.send(`query($d: ID) { groupBasedNetworks(districtId: $d) { network { id } } }`, { d: target.districtId }),
    districtBriefing: (s, target) => s.send(`query($d: ID!) { districtBriefing(districtId: $d) { district { id } } }`, { d: target.districtId }),
  };

  const CASES = Object.entries(MATRIX).flatMap(([operation, row]) => ANALYSIS_CALLERS.map((who) => ({ operation, who, outcome: row[who] })));

  it.each(CASES)('$operation by $who: $outcome', async ({ operation, who, outcome }) => {
    const res = await SEND[operation](w.s[who], x);
    if (outcome === 'allowed') {
      expect(res.errors).toBeUndefined();
      expect(res.data?.[operation]).toBeTruthy();
      return;
    }
    if (outcome === 'empty') {
      expect(res.errors).toBeUndefined();
      expect(res.data?.[operation]).toEqual([]);
      return;
    }
    expect(GraphQLTestClient.codeOf(res)).toBe(outcome);
    if (outcome === 'NOT_FOUND') {
      const missing = await SEND[operation](w.s[who], { hotelId: randomUUID(), districtId: randomUUID(), hotelName: 'none' });
      expect(GraphQLTestClient.codeOf(missing)).toBe('NOT_FOUND');
      expect(res.errors?.[0].message).toBe(missing.errors?.[0].message);
    }
  });

  it('the SPOC of the district sees what the others may not', async () => {
    const res = await SEND.sharedContexts(w.spoc, x);
    expect((res.data as { sharedContexts: { through: { id: string } }[] }).sharedContexts.map((c) => c.through.id)).toContain(x.hotelId);
    const search = await SEND.searchRecords(w.spoc, x);
    expect((search.data as { searchRecords: { ref: { id: string } }[] }).searchRecords.map((h) => h.ref.id)).toContain(x.hotelId);
  });
});
