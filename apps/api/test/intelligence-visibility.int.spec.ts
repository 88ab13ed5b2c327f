import { randomUUID } from 'node:crypto';
import { EntityKind, HandlingCode, IntelligenceStatus } from '@mace/shared-domain';
import { createIntelligence, createLink, createVehicle, GraphQLTestClient, startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { auditSince, INTEL_CALLERS, IntelCaller, intelWorld, IntelWorld, lastAuditSeq } from './intelligence-fixtures';

type Outcome = 'FULL' | 'SHARED' | 'AWAITING' | 'NOT_FOUND' | 'FORBIDDEN';
type Scenario = 'submitted' | 'graded P' | 'graded C' | 'graded P about no child' | 'graded P about a child in another district';

/** Who sees what of an item of district D submitted by the school about child C (or about nobody). */
const MATRIX: Record<Scenario, Record<IntelCaller, Outcome>> = {
  submitted: {
    'SPOC of the district': 'FULL',
    'SPOC of another district': 'NOT_FOUND',
    chair: 'NOT_FOUND',
    'submitting school': 'AWAITING',
    'partner with involvement': 'NOT_FOUND',
    'partner without involvement': 'NOT_FOUND',
    'partner of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
  },
  'graded P': {
    'SPOC of the district': 'FULL',
    'SPOC of another district': 'NOT_FOUND',
    chair: 'SHARED',
    'submitting school': 'SHARED',
    'partner with involvement': 'SHARED',
    'partner without involvement': 'NOT_FOUND',
    'partner of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
  },
  'graded C': {
    'SPOC of the district': 'FULL',
    'SPOC of another district': 'NOT_FOUND',
    chair: 'SHARED',
    'submitting school': 'SHARED',
    'partner with involvement': 'SHARED',
    'partner without involvement': 'NOT_FOUND',
    'partner of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
  },
  'graded P about no child': {
    'SPOC of the district': 'FULL',
    'SPOC of another district': 'NOT_FOUND',
    chair: 'NOT_FOUND',
    'submitting school': 'SHARED',
    'partner with involvement': 'NOT_FOUND',
    'partner without involvement': 'NOT_FOUND',
    'partner of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
  },
  // Police of another district see it as a partner would: through the child, not through the grading.
  'graded P about a child in another district': {
    'SPOC of the district': 'FULL',
    'SPOC of another district': 'SHARED',
    chair: 'NOT_FOUND',
    'submitting school': 'NOT_FOUND',
    'partner with involvement': 'NOT_FOUND',
    'partner without involvement': 'NOT_FOUND',
    'partner of another district': 'NOT_FOUND',
    analyst: 'FORBIDDEN',
  },
};

const FIELDS = `id reference status submittedAt mine sanitisedText handlingConditions what occurredOn occurredTime place who
  provenance provenanceDetail submittedBy sourceEvaluation intelligenceAssessment handlingCode gradedBy gradedAt version
  district { id } submittedByAgency { id } children { id } links { id }`;
const ONE = `query($id: ID!) { intelligence(id: $id) { ${FIELDS} } }`;
const LIST = `query { intelligenceReports(first: 100) { totalCount nodes { id sanitisedText what } } }`;
const POLICE_ONLY = [
  'what',
  'occurredOn',
  'occurredTime',
  'place',
  'who',
  'provenance',
  'provenanceDetail',
  'submittedBy',
  'sourceEvaluation',
  'intelligenceAssessment',
  'handlingCode',
  'gradedBy',
  'gradedAt',
] as const;

type Item = Record<string, unknown> & { children: { id: string }[]; links: { id: string }[] };

describe('intelligence: every field × every caller', () => {
  let t: TestApp;
  let w: IntelWorld;
  let otherChild: string;
  const items = {} as Record<Scenario, string>;
  let linkId: string;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await intelWorld(t);
    const spoc = w.s['SPOC of the district'];
    const submitter = w.s['submitting school'];
    const base = { districtId: w.district, submittedBy: submitter.id, submittedByAgencyId: w.school };
    const [{ id }]: { id: string }[] = await t.dataSource.query(
      `INSERT INTO child (district_id, given_name, family_name, date_of_birth, gender, risk_level, status)
       VALUES ($1, 'Invented', 'Elsewhere', '2012-01-01', 'NOT_KNOWN', 'NONE', 'REFERRED') RETURNING id`,
      [w.otherDistrict],
    );
    otherChild = id;
    items.submitted = await createIntelligence(t.dataSource, { ...base, childIds: [w.child] });
    items['graded P'] = await createIntelligence(t.dataSource, { ...base, childIds: [w.child], status: IntelligenceStatus.GRADED, gradedBy: spoc.id });
    items['graded C'] = await createIntelligence(t.dataSource, {
      ...base,
      childIds: [w.child],
      status: IntelligenceStatus.GRADED,
      handlingCode: HandlingCode.C,
      handlingConditions: 'Invented: not to be shared with the family',
      gradedBy: spoc.id,
    });
    items['graded P about no child'] = await createIntelligence(t.dataSource, { ...base, status: IntelligenceStatus.LINKED, gradedBy: spoc.id });
    items['graded P about a child in another district'] = await createIntelligence(t.dataSource, {
      ...base,
      childIds: [otherChild],
      status: IntelligenceStatus.GRADED,
      gradedBy: spoc.id,
    });
    await t.dataSource.query(`UPDATE intelligence SET occurred_on = '2026-01-10', occurred_time = 'about 15:30' WHERE id = ANY($1::uuid[])`, [Object.values(items)]);
    const vehicle = await createVehicle(t.dataSource, { createdBy: spoc.id });
    linkId = await createLink(t.dataSource, {
      from: { kind: EntityKind.CHILD, id: w.child },
      to: { kind: EntityKind.VEHICLE, id: vehicle },
      createdBy: spoc.id,
      intelligenceId: items['graded P'],
    });
  });
  afterAll(() => t.close());

  const CASES = (Object.keys(MATRIX) as Scenario[]).flatMap((scenario) => INTEL_CALLERS.map((who) => ({ scenario, who, outcome: MATRIX[scenario][who] })));

  it.each(CASES)('$scenario, read by $who: $outcome', async ({ scenario, who, outcome }) => {
    const session = w.s[who];
    const id = items[scenario];
    const since = await lastAuditSeq(t);
    const res = await session.send<{ intelligence: Item }>(ONE, { id });
    const list = await session.send<{ intelligenceReports: { nodes: { id: string }[] } }>(LIST);

    if (outcome === 'FORBIDDEN' || outcome === 'NOT_FOUND') {
      expect(GraphQLTestClient.codeOf(res)).toBe(outcome);
      if (outcome === 'NOT_FOUND') {
        const unknown = await session.send(ONE, { id: randomUUID() });
        expect(res.errors?.[0].message).toBe(unknown.errors?.[0].message);
        expect(list.data?.intelligenceReports.nodes.map((n) => n.id)).not.toContain(id);
      } else {
        expect(GraphQLTestClient.codeOf(list)).toBe('FORBIDDEN');
      }
      const audit = await auditSince(t, since);
      expect(audit.filter((e) => e.subject_ids.includes(id))).toEqual([]);
      return;
    }

    expect(res.errors).toBeUndefined();
    const item = res.data!.intelligence;
    expect(list.data?.intelligenceReports.nodes.map((n) => n.id)).toContain(id);
    // Everyone who may see it sees these.
    expect(item.id).toBe(id);
    expect(item.reference).toEqual(expect.any(String));
    expect(item.status).toBe(scenario === 'submitted' ? 'SUBMITTED' : scenario === 'graded P about no child' ? 'LINKED' : 'GRADED');
    expect(item.submittedAt).toEqual(expect.any(String));
    expect(item.district).toEqual({ id: w.district });
    expect(item.submittedByAgency).toEqual({ id: w.school });
    expect(item.mine).toBe(who === 'submitting school');
    expect(item.version).toBe(1);

    const graded = scenario !== 'submitted';
    const code = scenario === 'graded C' ? 'C' : 'P';
    if (outcome === 'FULL') {
      for (const field of ['what', 'occurredOn', 'occurredTime', 'place', 'who', 'provenance', 'provenanceDetail', 'submittedBy'] as const) {
        expect(item[field]).not.toBeNull();
      }
      for (const field of ['sourceEvaluation', 'intelligenceAssessment', 'handlingCode', 'gradedBy', 'gradedAt', 'sanitisedText'] as const) {
        expect(item[field] !== null).toBe(graded);
      }
      if (graded) expect(item.handlingCode).toBe(code);
      expect(item.handlingConditions !== null).toBe(scenario === 'graded C');
      expect(item.links.map((l) => l.id)).toEqual(scenario === 'graded P' ? [linkId] : []);
    } else {
      for (const field of POLICE_ONLY) expect(item[field]).toBeNull();
      expect(item.links).toEqual([]);
      if (outcome === 'AWAITING') {
        expect(item.sanitisedText).toBeNull();
        expect(item.handlingConditions).toBeNull();
      } else {
        expect(item.sanitisedText).toBe('Invented sanitised text');
        expect(item.handlingConditions).toBe(scenario === 'graded C' ? 'Invented: not to be shared with the family' : null);
      }
    }
    const expectedChildren = scenario === 'graded P about no child' ? [] : scenario.includes('another district') ? [otherChild] : [w.child];
    const visibleChildren = outcome === 'FULL' && scenario.includes('another district') ? [] : expectedChildren;
    expect(item.children.map((c) => c.id)).toEqual(visibleChildren);

    // Audit: the read is a CONSULTATION; the sanitised text shown to a partner is a DISCLOSURE to their agency.
    const audit = (await auditSince(t, since)).filter((e) => e.actor_user_id === session.id);
    const consulted = audit.filter((e) => e.operation === 'CONSULTATION' && e.subject_type === 'INTELLIGENCE' && e.subject_ids.includes(id));
    expect(consulted.length).toBe(2); // the item, then the list
    const disclosures = audit.filter((e) => e.operation === 'DISCLOSURE' && e.subject_ids.includes(id));
    if (outcome === 'SHARED') {
      expect(disclosures.length).toBe(2);
      for (const d of disclosures) expect(d.recipients).toEqual([session.agencyId]);
    } else {
      expect(disclosures).toEqual([]);
    }
    if (visibleChildren.length) {
      expect(audit.some((e) => e.operation === 'CONSULTATION' && e.subject_type === 'CHILD' && e.subject_ids.includes(visibleChildren[0]))).toBe(true);
    }
  });
});
