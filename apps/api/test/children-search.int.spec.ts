import { randomUUID } from 'node:crypto';
import { AuditOperation, AuditSubjectType, ChildStatus, Gender, RiskLevel } from '@mace/shared-domain';
import { createAgency, createChild, GraphQLTestClient, startTestApp, TestApp, uniqueSuffix } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { auditSince, buildWorld, lastAuditSeq, World } from './children-fixtures';

const SEARCH = `query($term: String!) {
  searchChildren(term: $term) {
    ref access matchedOn contactNote district { id name } contactAgency { id name }
    child { id fullName dateOfBirth accessPath }
  }
}`;
const DUPLICATES = `query($input: PossibleDuplicatesInput!) {
  possibleDuplicates(input: $input) { ref access matchedOn child { id fullName } }
}`;
const BREAK_GLASS = `mutation($input: BreakGlassInput!) { breakGlass(input: $input) { id fullName accessPath } }`;
const CHILD = `query($id: ID!) { child(id: $id) { id accessPath } }`;
const ACCESSES = `query { breakGlassAccesses(first: 100) { totalCount nodes { id childRef reason openedAt expiresAt user { id } agency { id } } } }`;
const STATISTICS = `query($districtId: ID) {
  childStatistics(districtId: $districtId) {
    total reviewOverdue byRisk { riskLevel count } byStatus { status count } byDistrict { district { id } count }
  }
}`;
const PSEUDONYMISED = `query($filter: ChildFilterInput) {
  pseudonymisedChildren(first: 100, filter: $filter) {
    totalCount nodes { pseudonym district { id } ageInYears gender ethnicitySelfDefined riskLevel status exploitationTypes }
  }
}`;

interface Hit {
  ref: string;
  access: string;
  matchedOn: string | null;
  contactNote: string;
  district: { id: string; name: string };
  contactAgency: { id: string; name: string } | null;
  child: { id: string; fullName: string; dateOfBirth: string; accessPath: string } | null;
}

describe('children: search, possible duplicates, break-glass and figures', () => {
  let t: TestApp;
  let w: World;
  /** A family name unique to this file's run, so hits come only from the children made here. */
  let family: string;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await buildWorld(t);
    family = `Quillfeather${uniqueSuffix().replace(/\d/g, '')}`;
  });
  afterAll(() => t.close());

  describe('misspelling-tolerant search on names, aliases and dates of birth', () => {
    let kayleigh: string;
    let jasmine: string;
    beforeAll(async () => {
      kayleigh = (await w.child({ givenName: 'Kayleigh', familyName: 'Brennan', dateOfBirth: '2011-04-09' })).id;
      jasmine = (await w.child({ givenName: 'Jasmine', familyName: 'Okonkwo-Hale', aliases: ['Jaz Hale'], dateOfBirth: '2010-12-01' })).id;
    });
    const chair = () => w.sessions['chair of the district'];

    it('finds "Kayleigh Brennan" for the misspelt "Kaylee Brenan", as a FULL hit matched on the name', async () => {
      const res = await chair().send<{ searchChildren: Hit[] }>(SEARCH, { term: 'Kaylee Brenan' });
      expect(res.errors).toBeUndefined();
      const hit = res.data!.searchChildren.find((h) => h.ref === kayleigh);
      expect(hit).toMatchObject({ access: 'FULL', matchedOn: 'name', child: { id: kayleigh, fullName: 'Kayleigh Brennan', accessPath: 'DISTRICT_OVERSIGHT' } });
      expect(res.data!.searchChildren.map((h) => h.ref)).not.toContain(jasmine);
    });

    it('finds a child by a name they are known as', async () => {
      const res = await chair().send<{ searchChildren: Hit[] }>(SEARCH, { term: 'Jazz Hale' });
      expect(res.data!.searchChildren.find((h) => h.ref === jasmine)).toMatchObject({ access: 'FULL', matchedOn: 'known as: Jaz Hale' });
    });

    it.each(['09/04/2011', '2011-04-09', 'Kayleigh 9/4/2011'])('finds a child by the date of birth in "%s"', async (term) => {
      const res = await chair().send<{ searchChildren: Hit[] }>(SEARCH, { term });
      const hit = res.data!.searchChildren.find((h) => h.ref === kayleigh);
      expect(hit?.matchedOn).toMatch(/date of birth$/);
      expect(res.data!.searchChildren[0].ref).toBe(kayleigh);
    });

    it('possibleDuplicates ranks a matching date of birth first, and matches aliases', async () => {
      const sameName = (await w.child({ givenName: 'Kayleigh', familyName: 'Brennan', dateOfBirth: '2012-01-01' })).id;
      const res = await w.sessions['practitioner of the referring agency'].send<{ possibleDuplicates: Hit[] }>(DUPLICATES, {
        input: { givenName: 'Kaylee', familyName: 'Brenan', dateOfBirth: '2012-01-01' },
      });
      expect(res.errors).toBeUndefined();
      const refs = res.data!.possibleDuplicates.map((h) => h.ref);
      expect(refs[0]).toBe(sameName);
      expect(refs).toContain(kayleigh);
      expect(res.data!.possibleDuplicates[0].matchedOn).toBe('name, date of birth');

      const byAlias = await w.sessions['practitioner of the referring agency'].send<{ possibleDuplicates: Hit[] }>(DUPLICATES, {
        input: { givenName: 'Unrelated', familyName: 'Person', knownAs: ['Jaz Hale'] },
      });
      expect(byAlias.data!.possibleDuplicates.find((h) => h.ref === jasmine)).toMatchObject({ access: 'FULL', matchedOn: 'known as: Jaz Hale' });
    });

    it('possibleDuplicates needs referral:submit: an analyst is refused', async () => {
      const res = await w.sessions['analyst of the district'].send(DUPLICATES, { input: { givenName: 'Kaylee', familyName: 'Brenan' } });
      expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
    });

    it('audits the FULL hits as one CONSULTATION with the grant', async () => {
      const session = w.sessions['practitioner of the referring agency'];
      const seq = await lastAuditSeq(t);
      const res = await session.send<{ searchChildren: Hit[] }>(SEARCH, { term: 'Jaz Hale' });
      expect(res.data!.searchChildren.map((h) => h.access)).toEqual(['FULL']);
      expect(await auditSince(t, seq)).toEqual([
        {
          operation: AuditOperation.CONSULTATION,
          actor_user_id: session.id,
          subject_type: AuditSubjectType.CHILD,
          subject_ids: [jasmine],
          justification: 'search: involvement: REFERRER',
          recipients: [],
        },
      ]);
    });
  });

  describe('existence-only and restricted results', () => {
    let open: string;
    let restricted: string;
    let leadName: string;
    beforeAll(async () => {
      const lead = await createAgency(t.dataSource, { districtId: w.districtId, name: `Lead Services ${uniqueSuffix()}` });
      leadName = lead.name;
      open = (await createChild(t.dataSource, { districtId: w.districtId, givenName: 'Rowan', familyName: family, leadAgencyId: lead.id })).id;
      restricted = (await createChild(t.dataSource, { districtId: w.districtId, givenName: 'Robin', familyName: family, restricted: true })).id;
    });

    it('tells a practitioner of another district only that the child is known, where, and whom to contact, disclosed to their agency', async () => {
      const session = w.sessions['practitioner in another district'];
      const seq = await lastAuditSeq(t);
      const res = await session.send<{ searchChildren: Hit[] }>(SEARCH, { term: family });
      expect(res.errors).toBeUndefined();
      const [districtName] = (await t.dataSource.query(`SELECT name FROM district WHERE id = $1`, [w.districtId])).map((r: { name: string }) => r.name);
      expect(res.data!.searchChildren).toEqual([
        {
          ref: open,
          access: 'EXISTENCE_ONLY',
          matchedOn: null,
          child: null,
          district: { id: w.districtId, name: districtName },
          contactAgency: { id: expect.any(String), name: leadName },
          contactNote: `Known to the MACE in ${districtName}. Contact the lead agency, ${leadName}, or the ${districtName} MACE chair.`,
        },
      ]);
      expect(JSON.stringify(res.data)).not.toContain('Rowan');
      expect(await auditSince(t, seq)).toEqual([
        {
          operation: AuditOperation.DISCLOSURE,
          actor_user_id: session.id,
          subject_type: AuditSubjectType.CHILD,
          subject_ids: [open],
          justification: 'existence-only search result',
          recipients: [session.agencyId],
        },
      ]);
    });

    it('shows the chair of the district both, the restricted one included, in full', async () => {
      const res = await w.sessions['chair of the district'].send<{ searchChildren: Hit[] }>(SEARCH, { term: family });
      expect(res.data!.searchChildren.map((h) => [h.ref, h.access]).sort()).toEqual([[open, 'FULL'], [restricted, 'FULL']].sort());
    });

    it('leaves a restricted child out entirely for those who cannot read it, with nothing audited about it', async () => {
      const seq = await lastAuditSeq(t);
      const res = await w.sessions['practitioner of an uninvolved agency in the district'].send<{ searchChildren: Hit[] }>(SEARCH, { term: `Robin ${family}` });
      expect(res.data!.searchChildren.map((h) => h.ref)).not.toContain(restricted);
      expect(res.data!.searchChildren.find((h) => h.ref === open)?.access).toBe('EXISTENCE_ONLY');
      const events = await auditSince(t, seq);
      expect(events.flatMap((e) => e.subject_ids)).not.toContain(restricted);
    });

    it('refuses a search term shorter than 2 or longer than 100 characters', async () => {
      for (const term of ['a', 'x'.repeat(101)]) {
        const res = await w.sessions['chair of the district'].send(SEARCH, { term });
        expect(GraphQLTestClient.codeOf(res)).toBe('BAD_USER_INPUT');
        expect(res.errors?.[0].extensions?.fields).toEqual({ term: 'Enter 2 to 100 characters to search for' });
      }
    });
  });

  describe('break-glass', () => {
    const practitioner = () => w.sessions['practitioner in another district'];
    const REASON = 'Child presented at our A&E tonight; need the safety plan';

    it('opens a record for a while with a reason: audited as CONSULTATION "break-glass: <reason>", then readable by that user only', async () => {
      const child = await w.child();
      expect(GraphQLTestClient.codeOf(await practitioner().send(CHILD, { id: child.id }))).toBe('NOT_FOUND');
      const seq = await lastAuditSeq(t);
      const res = await practitioner().send<{ breakGlass: { id: string; accessPath: string } }>(BREAK_GLASS, { input: { childId: child.id, reason: REASON } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.breakGlass).toMatchObject({ id: child.id, accessPath: 'BREAK_GLASS' });
      expect(await auditSince(t, seq)).toEqual([
        {
          operation: AuditOperation.CONSULTATION,
          actor_user_id: practitioner().id,
          subject_type: AuditSubjectType.CHILD,
          subject_ids: [child.id],
          justification: `break-glass: ${REASON}`,
          recipients: [],
        },
      ]);
      const [row] = await t.dataSource.query(
        `SELECT round(extract(epoch FROM expires_at - opened_at) / 60)::int AS minutes, user_id, agency_id FROM break_glass_access WHERE child_id = $1`,
        [child.id],
      );
      expect(row).toEqual({ minutes: t.config.BREAK_GLASS_MINUTES, user_id: practitioner().id, agency_id: practitioner().agencyId });

      const read = await practitioner().send<{ child: { accessPath: string } }>(CHILD, { id: child.id });
      expect(read.data!.child.accessPath).toBe('BREAK_GLASS');
      // The opening is personal: a colleague of another agency in the same district still cannot see it.
      expect(GraphQLTestClient.codeOf(await w.sessions['practitioner of an uninvolved agency in the district'].send(CHILD, { id: child.id }))).toBe('NOT_FOUND');

      // Expiry: move the opening into the past and the record is out of reach again.
      await t.dataSource.query(`UPDATE break_glass_access SET opened_at = now() - interval '2 hours', expires_at = now() - interval '1 minute' WHERE child_id = $1`, [child.id]);
      expect(GraphQLTestClient.codeOf(await practitioner().send(CHILD, { id: child.id }))).toBe('NOT_FOUND');
    });

    it('lists openings newest first for auditors, audited as a CONSULTATION of the audit trail; others are refused', async () => {
      const child = await w.child();
      await practitioner().send(BREAK_GLASS, { input: { childId: child.id, reason: 'Second opening for the auditor list' } });
      const seq = await lastAuditSeq(t);
      const res = await w.sessions.auditor.send<{ breakGlassAccesses: { totalCount: number; nodes: { childRef: string; reason: string; openedAt: string; user: { id: string }; agency: { id: string } }[] } }>(ACCESSES);
      expect(res.errors).toBeUndefined();
      const nodes = res.data!.breakGlassAccesses.nodes;
      expect(nodes[0]).toMatchObject({ childRef: child.id, reason: 'Second opening for the auditor list', user: { id: practitioner().id }, agency: { id: practitioner().agencyId } });
      expect(nodes.map((n) => n.openedAt)).toEqual([...nodes.map((n) => n.openedAt)].sort().reverse());
      expect(await auditSince(t, seq)).toEqual([
        expect.objectContaining({ operation: 'CONSULTATION', actor_user_id: w.sessions.auditor.id, subject_type: 'AUDIT_TRAIL', subject_ids: [] }),
      ]);
      for (const who of ['chair of the district', 'admin'] as const) {
        expect(GraphQLTestClient.codeOf(await w.sessions[who].send(ACCESSES))).toBe('FORBIDDEN');
      }
    });

    it('refuses a record the caller can already see, a restricted one (like a missing one) and a short reason, writing nothing', async () => {
      const child = await w.child();
      const restricted = await w.child({ restricted: true });
      const count = async () => (await t.dataSource.query(`SELECT count(*)::int AS n FROM break_glass_access`))[0].n;
      const before = await count();

      const own = await w.sessions['practitioner of the referring agency'].send(BREAK_GLASS, { input: { childId: child.id, reason: REASON } });
      expect(GraphQLTestClient.codeOf(own)).toBe('BAD_USER_INPUT');
      expect(own.errors?.[0].extensions?.fields).toEqual({ reason: 'You can already see this record' });

      const hidden = await practitioner().send(BREAK_GLASS, { input: { childId: restricted.id, reason: REASON } });
      const missing = await practitioner().send(BREAK_GLASS, { input: { childId: randomUUID(), reason: REASON } });
      expect(GraphQLTestClient.codeOf(hidden)).toBe('NOT_FOUND');
      expect({ data: hidden.data, errors: hidden.errors }).toEqual({ data: missing.data, errors: missing.errors });

      const short = await practitioner().send(BREAK_GLASS, { input: { childId: child.id, reason: 'because' } });
      expect(short.errors?.[0].extensions?.fields).toEqual({ reason: 'Enter why you need to see this record, in 10 to 1000 characters' });
      expect(await count()).toBe(before);
    });

    it('is refused to roles without child:break-glass', async () => {
      const child = await w.child();
      for (const who of ['analyst of the district', 'auditor', 'admin'] as const) {
        expect(GraphQLTestClient.codeOf(await w.sessions[who].send(BREAK_GLASS, { input: { childId: child.id, reason: REASON } }))).toBe('FORBIDDEN');
      }
    });
  });

  describe('figures for analysts: counts and pseudonymised lists of their districts, never names', () => {
    let districtChildren: string[];
    let figuresDistrictId: string;
    const figuresDistrict = () => figuresDistrictId;
    beforeAll(async () => {
      // A district of its own, so the counts are exactly the children made here.
      const [district] = await t.dataSource.query(`INSERT INTO district (name) VALUES ($1) RETURNING id`, [`Figures ${uniqueSuffix()}`]);
      const other = await createChild(t.dataSource, { districtId: w.otherDistrictId });
      districtChildren = [
        (await createChild(t.dataSource, { districtId: district.id, riskLevel: RiskLevel.HIGH, nextReviewOn: '2020-01-01', status: ChildStatus.OPEN })).id,
        (await createChild(t.dataSource, { districtId: district.id, riskLevel: RiskLevel.HIGH, nextReviewOn: '2999-01-01', status: ChildStatus.OPEN })).id,
        (await createChild(t.dataSource, { districtId: district.id, riskLevel: RiskLevel.LOW, status: ChildStatus.CLOSED })).id,
      ];
      expect(other.id).toBeTruthy();
      await t.dataSource.query(`INSERT INTO user_district (user_id, district_id) VALUES ($1, $2)`, [w.sessions['analyst of the district'].id, district.id]);
      figuresDistrictId = district.id;
    });

    it('counts by risk, status, district and overdue review', async () => {
      const res = await w.sessions['analyst of the district'].send<{ childStatistics: Record<string, unknown> }>(STATISTICS, { districtId: figuresDistrict() });
      expect(res.errors).toBeUndefined();
      expect(res.data!.childStatistics).toEqual({
        total: 3,
        reviewOverdue: 1,
        byRisk: [
          { riskLevel: 'HIGH', count: 2 },
          { riskLevel: 'MEDIUM', count: 0 },
          { riskLevel: 'LOW', count: 1 },
          { riskLevel: 'NONE', count: 0 },
        ],
        byStatus: [
          { status: 'REFERRED', count: 0 },
          { status: 'OPEN', count: 2 },
          { status: 'STEPPED_DOWN', count: 0 },
          { status: 'CLOSED', count: 1 },
        ],
        byDistrict: [{ district: { id: figuresDistrict() }, count: 3 }],
      });
    });

    it('refuses figures for a district that is not the caller’s', async () => {
      const res = await w.sessions['analyst of the district'].send(STATISTICS, { districtId: w.otherDistrictId });
      expect(GraphQLTestClient.codeOf(res)).toBe('FORBIDDEN');
    });

    it('lists pseudonymised children without names, dates of birth or addresses, audited as "pseudonymised list"', async () => {
      const session = w.sessions['analyst of the district'];
      const seq = await lastAuditSeq(t);
      const res = await session.send<{ pseudonymisedChildren: { totalCount: number; nodes: Record<string, unknown>[] } }>(PSEUDONYMISED, {
        filter: { districtId: figuresDistrict(), riskLevels: ['HIGH'] },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.pseudonymisedChildren.totalCount).toBe(2);
      for (const node of res.data!.pseudonymisedChildren.nodes) {
        expect(node).toEqual({
          pseudonym: expect.stringMatching(/^C-[0-9A-F]{8}$/),
          district: { id: figuresDistrict() },
          ageInYears: 14,
          gender: Gender.NOT_KNOWN,
          ethnicitySelfDefined: 'NOT_YET_RECORDED',
          riskLevel: 'HIGH',
          status: 'OPEN',
          exploitationTypes: [],
        });
      }
      const events = await auditSince(t, seq);
      expect(events).toEqual([expect.objectContaining({ operation: 'CONSULTATION', subject_type: 'CHILD', justification: 'pseudonymised list' })]);
      expect([...events[0].subject_ids].sort()).toEqual(districtChildren.slice(0, 2).sort());
      // The schema offers analysts nothing else about a child: no child:read.
      expect(GraphQLTestClient.codeOf(await session.send(CHILD, { id: districtChildren[0] }))).toBe('FORBIDDEN');
    });

    it('is refused to practitioners, auditors and administrators', async () => {
      for (const who of ['practitioner of the lead agency', 'auditor', 'admin'] as const) {
        expect(GraphQLTestClient.codeOf(await w.sessions[who].send(STATISTICS, {}))).toBe('FORBIDDEN');
        expect(GraphQLTestClient.codeOf(await w.sessions[who].send(PSEUDONYMISED, {}))).toBe('FORBIDDEN');
      }
    });
  });
});
