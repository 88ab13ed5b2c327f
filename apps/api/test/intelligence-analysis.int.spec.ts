import { randomUUID } from 'node:crypto';
import { ChildStatus, EntityKind, LinkRelation, RiskLevel } from '@mace/shared-domain';
import { countQueries, createChild, GraphQLTestClient, startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import {
  analysisWorld,
  AnalysisWorld,
  child,
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

const GRAPH = `query($s: EntityRefInput!, $d: Int, $f: LinkGraphFilter) {
  linkGraph(subject: $s, depth: $d, filter: $f) {
    centre { kind id label } truncated
    nodes { depth ref { kind id label } }
    links { id relation validFrom validTo createdBy from { id } to { id } }
  } }`;

interface GraphOut {
  linkGraph: { centre: RefOut; truncated: boolean; nodes: { depth: number; ref: RefOut }[]; links: { id: string; relation: LinkRelation; from: { id: string }; to: { id: string } }[] };
}

describe('analysis of the link records (police)', () => {
  let t: TestApp;
  let w: AnalysisWorld;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await analysisWorld(t);
  });
  afterAll(() => t.close());

  const kid = async (name: string, o: { riskLevel?: RiskLevel; status?: ChildStatus; districtId?: string } = {}) =>
    child(
      (
        await createChild(t.dataSource, {
          districtId: o.districtId ?? w.district,
          givenName: name,
          familyName: `Invented-${randomUUID().slice(0, 6)}`,
          status: o.status ?? ChildStatus.OPEN,
          riskLevel: o.riskLevel,
        })
      ).id,
    );
  const link = (from: Ref, to: Ref, o: Parameters<typeof insertLink>[4] = {}) => insertLink(t.dataSource, w.spoc, from, to, o);

  describe('sharedContexts: contextual safeguarding', () => {
    it('finds two children linked only through a hotel, and not children linked to each other or sharing a network', async () => {
      const district = w.district;
      const hotel = location(await insertLocation(t.dataSource, w.spoc, { districtId: district, name: 'Invented Shared Hotel' }));
      const amy = await kid('Amy');
      const bea = await kid('Bea');
      await link(amy, hotel, { relation: LinkRelation.FOUND_AT });
      await link(bea, hotel, { relation: LinkRelation.FOUND_AT });

      // Linked to each other: same associate, but not "only" through him.
      const man = person(await insertPerson(t.dataSource, w.spoc, { districtId: district }));
      const cal = await kid('Cal');
      const dee = await kid('Dee');
      await link(cal, man);
      await link(dee, man);
      await link(cal, dee);

      // Sharing a network: same park, same network.
      const park = location(await insertLocation(t.dataSource, w.spoc, { districtId: district, type: 'PARK', name: 'Invented Park' }));
      const net = network(await insertNetwork(t.dataSource, w.spoc, { districtId: district }));
      const eve = await kid('Eve');
      const fay = await kid('Fay');
      for (const c of [eve, fay]) {
        await link(c, park, { relation: LinkRelation.FREQUENTS });
        await link(c, net, { relation: LinkRelation.MEMBER_OF });
      }

      const res = await w.spoc.send(`query($d: ID!) { sharedContexts(districtId: $d) { through { kind id label } children { id } } }`, { d: district });
      expect(res.errors).toBeUndefined();
      const contexts = (res.data as { sharedContexts: { through: RefOut; children: { id: string }[] }[] }).sharedContexts;
      const byThrough = new Map(contexts.map((c) => [c.through.id, c.children.map((x) => x.id).sort()]));
      expect(byThrough.get(hotel.id)).toEqual([amy.id, bea.id].sort());
      expect(contexts.find((c) => c.through.id === hotel.id)?.through.label).toBe('Invented Shared Hotel');
      expect(byThrough.has(man.id)).toBe(false);
      expect(byThrough.has(park.id)).toBe(false);
    });
  });

  describe('linkGraph', () => {
    /** child — person — {vehicle, hotel}; hotel — other child; person — person of another district — hotel of that district. */
    async function neighbourhood() {
      const centre = await kid('Gus');
      const man = person(await insertPerson(t.dataSource, w.spoc, { districtId: w.district, givenName: 'Graph' }));
      const car = vehicle(await insertVehicle(t.dataSource, w.spoc, { registration: `GR${randomUUID().slice(0, 5)}`.toUpperCase() }));
      const hotel = location(await insertLocation(t.dataSource, w.spoc, { districtId: w.district }));
      const other = await kid('Hal');
      const elsewhere = person(await insertPerson(t.dataSource, w.spoc, { districtId: w.otherDistrict }));
      const elsewhereHotel = location(await insertLocation(t.dataSource, w.spoc, { districtId: w.otherDistrict }));
      const links = {
        centreMan: await link(centre, man, { relation: LinkRelation.SUSPECTED_EXPLOITER_OF, validFrom: '2026-01-01', validTo: '2026-03-31' }),
        manCar: await link(man, car, { relation: LinkRelation.USES_VEHICLE, validFrom: '2026-02-01' }),
        manHotel: await link(man, hotel, { relation: LinkRelation.FREQUENTS }),
        hotelOther: await link(hotel, other, { relation: LinkRelation.FOUND_AT }),
        centreElsewhere: await link(centre, elsewhere),
        elsewhereHotel: await link(elsewhere, elsewhereHotel, { relation: LinkRelation.FREQUENTS }),
      };
      return { centre, man, car, hotel, other, elsewhere, elsewhereHotel, links };
    }

    const depths = (out: GraphOut) => Object.fromEntries(out.linkGraph.nodes.map((node) => [node.ref.id, node.depth]));

    it('shows two hops, never what lies beyond, and drops records of another district with what hangs only off them', async () => {
      const n = await neighbourhood();
      const res = await w.spoc.send(GRAPH, { s: n.centre });
      expect(res.errors).toBeUndefined();
      const out = res.data as unknown as GraphOut;
      expect(depths(out)).toEqual({ [n.centre.id]: 0, [n.man.id]: 1, [n.car.id]: 2, [n.hotel.id]: 2 });
      expect(out.linkGraph.links.map((l) => l.id).sort()).toEqual([n.links.centreMan, n.links.manCar, n.links.manHotel].sort());
      expect(out.linkGraph.truncated).toBe(false);
      expect(out.linkGraph.centre.id).toBe(n.centre.id);

      const one = (await w.spoc.send(GRAPH, { s: n.centre, d: 1 })).data as unknown as GraphOut;
      expect(depths(one)).toEqual({ [n.centre.id]: 0, [n.man.id]: 1 });

      // From the hotel: the other child is two hops from the person.
      const fromHotel = (await w.spoc.send(GRAPH, { s: n.hotel })).data as unknown as GraphOut;
      expect(depths(fromHotel)).toEqual({ [n.hotel.id]: 0, [n.man.id]: 1, [n.other.id]: 1, [n.centre.id]: 2, [n.car.id]: 2 });
    });

    it('filters by relation and by the dates links are valid', async () => {
      const n = await neighbourhood();
      const byRelation = (await w.spoc.send(GRAPH, { s: n.man, f: { relations: [LinkRelation.USES_VEHICLE, LinkRelation.FREQUENTS] } })).data as unknown as GraphOut;
      expect(depths(byRelation)).toEqual({ [n.man.id]: 0, [n.car.id]: 1, [n.hotel.id]: 1 });

      // Valid at any time in April 2026: the exploitation link ended in March; the vehicle link is open-ended.
      const april = (await w.spoc.send(GRAPH, { s: n.man, d: 1, f: { from: '2026-04-01', to: '2026-04-30' } })).data as unknown as GraphOut;
      expect(depths(april)).toEqual({ [n.man.id]: 0, [n.car.id]: 1, [n.hotel.id]: 1 });
      // January 2026: the vehicle link had not started.
      const january = (await w.spoc.send(GRAPH, { s: n.man, d: 1, f: { from: '2026-01-01', to: '2026-01-31' } })).data as unknown as GraphOut;
      expect(depths(january)).toEqual({ [n.man.id]: 0, [n.centre.id]: 1, [n.hotel.id]: 1 });
    });

    it('a SPOC of another district gets NOT_FOUND for the centre, and does not see nodes outside their districts', async () => {
      const n = await neighbourhood();
      const res = await w.s['SPOC of another district'].send(GRAPH, { s: n.centre });
      expect(GraphQLTestClient.codeOf(res)).toBe('NOT_FOUND');
      const missing = await w.s['SPOC of another district'].send(GRAPH, { s: { kind: EntityKind.CHILD, id: randomUUID() } });
      expect(res.errors?.[0].message).toBe(missing.errors?.[0].message);

      // Around the vehicle (force-wide): only their district's records.
      const fromCar = (await w.s['SPOC of another district'].send(GRAPH, { s: n.car })).data as unknown as GraphOut;
      expect(depths(fromCar)).toEqual({ [n.car.id]: 0 });
      const fromElsewhere = (await w.s['SPOC of another district'].send(GRAPH, { s: n.elsewhere })).data as unknown as GraphOut;
      expect(depths(fromElsewhere)).toEqual({ [n.elsewhere.id]: 0, [n.elsewhereHotel.id]: 1 });
    });

    it('depth outside 1..2 and impossible dates are bad input', async () => {
      const n = await neighbourhood();
      for (const variables of [{ s: n.man, d: 3 }, { s: n.man, d: 0 }, { s: n.man, f: { from: '2026-02-30' } }, { s: n.man, f: { from: '2026-05-01', to: '2026-04-01' } }]) {
        expect(GraphQLTestClient.codeOf(await w.spoc.send(GRAPH, variables))).toBe('BAD_USER_INPUT');
      }
    });

    it('records a consultation of the children shown', async () => {
      const n = await neighbourhood();
      await w.spoc.send(GRAPH, { s: n.hotel });
      const rows: { subject_ids: string[] }[] = await t.dataSource.query(
        `SELECT subject_ids FROM audit_event WHERE operation = 'CONSULTATION' AND subject_type = 'CHILD' AND justification = $1`,
        [`link graph around location ${n.hotel.id}`],
      );
      expect(rows.flatMap((row) => row.subject_ids).sort()).toEqual([n.centre.id, n.other.id].sort());
    });

    it('the statement count does not grow with the neighbourhood, and a large one is capped', async () => {
      /** A person with `size` children and `size` hotels around it, each hotel with a second child. */
      async function star(size: number) {
        const centre = person(await insertPerson(t.dataSource, w.spoc, { districtId: w.district }));
        for (let i = 0; i < size; i++) {
          const c = await kid(`Star${i}`);
          const h = location(await insertLocation(t.dataSource, w.spoc, { districtId: w.district }));
          await link(centre, c);
          await link(centre, h, { relation: LinkRelation.FREQUENTS });
          await link(h, await kid(`Far${i}`), { relation: LinkRelation.FOUND_AT });
        }
        return centre;
      }
      const small = await star(1);
      const large = await star(110);
      const run = (centre: Ref) => countQueries(t.dataSource, () => w.spoc.send(GRAPH, { s: centre }));
      const a = await run(small);
      const b = await run(large);
      expect(a.result.errors).toBeUndefined();
      expect(b.result.errors).toBeUndefined();
      expect((a.result.data as unknown as GraphOut).linkGraph.nodes).toHaveLength(4);
      const big = (b.result.data as unknown as GraphOut).linkGraph;
      expect(big.truncated).toBe(true);
      expect(big.nodes).toHaveLength(301); // the centre and the 300 nearest
      expect(big.nodes.filter((node) => node.depth === 1)).toHaveLength(220);
      expect(b.count).toBe(a.count);
    });
  });
});
