import { startTestApp, TestApp } from '@mace/api-testing';
import { createApiApp } from '../src/bootstrap/create-api-app';
import { intelWorld, IntelWorld } from './intelligence-fixtures';

const SUBMIT = `mutation($input: SubmitIntelligenceInput!) { submitIntelligence(input: $input) { id } }`;
const INBOX = `{ notifications(first: 10) { nodes { kind message link } } }`;

interface Inbox {
  notifications: { nodes: { kind: string; message: string; link: string }[] };
}

/** Intelligence waits for grading: the SPOCs of its district hear about it, nobody else does, and the words name no one. */
describe('intelligence submitted: the district’s SPOCs are told', () => {
  let t: TestApp;
  let w: IntelWorld;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    w = await intelWorld(t);
  });
  afterAll(() => t.close());

  it('notifies the SPOC of the district once, with a link and no personal data; not the other district’s SPOC or the submitter', async () => {
    const what = 'Invented: a silver car with the registration ZZ11ABC outside the gates, driver called Gledhill';
    const submitted = await w.s['submitting school'].send<{ submitIntelligence: { id: string } }>(SUBMIT, {
      input: { districtId: w.district, what, provenance: 'SEEN_OR_HEARD', childIds: [w.child] },
    });
    expect(submitted.errors).toBeUndefined();
    const id = submitted.data!.submitIntelligence.id;

    const spoc = await w.s['SPOC of the district'].send<Inbox>(INBOX);
    const told = spoc.data!.notifications.nodes.filter((n) => n.kind === 'INTELLIGENCE_SUBMITTED');
    expect(told).toEqual([{ kind: 'INTELLIGENCE_SUBMITTED', message: 'New intelligence is waiting to be graded', link: `/intelligence/${id}` }]);
    for (const word of ['ZZ11ABC', 'Gledhill', 'silver']) expect(JSON.stringify(told)).not.toContain(word);

    for (const other of ['SPOC of another district', 'submitting school', 'chair', 'partner with involvement'] as const) {
      const inbox = await w.s[other].send<Inbox>(INBOX);
      expect({ other, told: inbox.data!.notifications.nodes.filter((n) => n.kind === 'INTELLIGENCE_SUBMITTED') }).toEqual({ other, told: [] });
    }
  });
});
