import { randomUUID } from 'node:crypto';
import { SessionService } from '@mace/api-auth';
import { RequestContext, RequestLoaders } from '@mace/api-core';
import {
  MeetingAccessService,
  MeetingEntity,
  MeetingEventPayload,
  MeetingEventsService,
  MeetingMinutesResolver,
  MinutesDraftService,
  MinutesReadService,
  PDF_MARKING,
  renderMeetingPdf,
  toMeetingModel,
} from '@mace/api-meetings';
import { countQueries, createAgendaItem, createChild, GraphQLTestClient, sessionFor, startTestApp, TestApp, TestSession } from '@mace/api-testing';
import { AgendaItemStatus, Role } from '@mace/shared-domain';
import { createApiApp } from '../src/bootstrap/create-api-app';
import {
  acceptStatement,
  ADDENDUM,
  APPROVE,
  ClosedMeeting,
  closedMeeting,
  download,
  MinutesData,
  minutesPeople,
  MinutesPeople,
  pdfText,
  SAVE,
} from './meetings-minutes-fixtures';

type Saved = { saveMinutes: MinutesData };
type Approved = { approveMinutes: MinutesData };
type Added = { addMinutesAddendum: MinutesData };

describe('minutes: drafted from the record, saved, approved, frozen, corrected by addenda, downloaded', () => {
  let t: TestApp;
  let p: MinutesPeople;

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    p = await minutesPeople(t);
  });
  afterAll(() => t.close());

  async function lastSeq(): Promise<string> {
    const [row] = await t.dataSource.query(`SELECT coalesce(max(seq), 0)::text AS seq FROM audit_event`);
    return row.seq;
  }
  async function eventsSince(seq: string) {
    return t.dataSource.query(
      `SELECT operation, subject_type, subject_ids, justification, recipients, actor_user_id FROM audit_event
       WHERE seq > $1 AND operation <> 'ACCESS_DENIED' ORDER BY seq`,
      [seq],
    );
  }
  /** The fresh draft as the chair sees it, through the first save of it unchanged. */
  async function saveDraftAsIs(m: ClosedMeeting): Promise<MinutesData> {
    const draft = await t.app.get(MinutesDraftService).draft(m.meetingId);
    const res = await p.chair.send<Saved>(SAVE, { input: { meetingId: m.meetingId, version: 0, sections: draft.map(({ key, heading, body }) => ({ key, heading, body })) } });
    expect(res.errors).toBeUndefined();
    return res.data!.saveMinutes;
  }

  it('drafts attendance, the earlier action, each item in agenda order (removed ones left out) and the next meeting', async () => {
    const m = await closedMeeting(t, p);
    const sections = await t.app.get(MinutesDraftService).draft(m.meetingId);
    const policeName = (await t.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [p.police]))[0].name;
    const healthName = (await t.dataSource.query(`SELECT name FROM agency WHERE id = $1`, [p.health]))[0].name;
    expect(sections.map((s) => s.key)).toEqual([
      'attendance',
      'actions-review',
      `actions-review:${m.reviewedActionId}`,
      `item:${m.discussed.itemId}`,
      `item:${m.notReached.itemId}`,
      'next-meeting',
    ]);
    const byKey = new Map(sections.map((s) => [s.key, s]));
    expect(byKey.get('attendance')!.body).toBe(`Present:\n- ${policeName}: A. Example, detective sergeant\n\nApologies:\n- ${healthName}`);
    expect(byKey.get(`actions-review:${m.reviewedActionId}`)).toMatchObject({
      heading: `Earlier action for ${m.discussed.name}`,
      body: `Action: Invented: visit the school\nOwner: ${policeName}\nStatus now: Not done by the agency\nReason: Invented: staff illness`,
    });
    expect(byKey.get(`item:${m.discussed.itemId}`)).toMatchObject({
      heading: `1. ${m.discussed.name}`,
      body: [
        'Discussion: Invented: missing twice since the last meeting.',
        'Agreed risk: High. Rationale: Invented: seen with older males.',
        'Decisions: Continue at MACE; National Referral Mechanism referral.',
        'Invented: NRM by the police.',
        'Actions:',
        `- Invented: return home interview. Owner: ${policeName}. Due 20 January 2026.`,
        'Next review: 22 January 2026.',
      ].join('\n'),
    });
    expect(byKey.get(`item:${m.notReached.itemId}`)).toMatchObject({ heading: `2. ${m.notReached.name}`, body: 'Not reached: carried to the next meeting.' });
    expect(byKey.get('next-meeting')!.body).toBe('Thursday 15 January 2026 at 10:00, Invented meeting room.');
    expect(JSON.stringify(sections)).not.toContain(m.removed.name);
  });

  it('saves the fresh draft at version 0, then edits need the current version: a stale one is a CONFLICT', async () => {
    const m = await closedMeeting(t, p);
    const seq = await lastSeq();
    const first = await saveDraftAsIs(m);
    expect(first).toMatchObject({ status: 'DRAFT', version: 1, approvedAt: null, approvedBy: null, pdfPath: `/api/meetings/${m.meetingId}/minutes.pdf` });
    expect(first.sections.find((s) => s.key === `item:${m.discussed.itemId}`)!.heading).toBe(`1. ${m.discussed.name}`);

    const edited = first.sections.map((s) => (s.key === 'next-meeting' ? { ...s, body: 'Invented: moved to the library.' } : s));
    const second = await p.chair.send<Saved>(SAVE, { input: { meetingId: m.meetingId, version: 1, sections: edited } });
    expect(second.errors).toBeUndefined();
    expect(second.data!.saveMinutes.version).toBe(2);
    expect(second.data!.saveMinutes.sections.find((s) => s.key === 'next-meeting')!.body).toBe('Invented: moved to the library.');

    const stale = await p.chair.send(SAVE, { input: { meetingId: m.meetingId, version: 1, sections: first.sections } });
    expect(GraphQLTestClient.codeOf(stale)).toBe('CONFLICT');
    const againZero = await p.chair.send(SAVE, { input: { meetingId: m.meetingId, version: 0, sections: first.sections } });
    expect(GraphQLTestClient.codeOf(againZero)).toBe('CONFLICT');
    const [row] = await t.dataSource.query(`SELECT version, sections FROM meeting_minutes WHERE meeting_id = $1`, [m.meetingId]);
    expect(row.version).toBe(2);
    expect(row.sections.find((s: { key: string }) => s.key === 'next-meeting').body).toBe('Invented: moved to the library.');

    const events = await eventsSince(seq);
    const changes = events.filter((e: { subject_type: string }) => e.subject_type === 'MEETING');
    expect(changes).toEqual([
      expect.objectContaining({ operation: 'COLLECTION', subject_ids: [m.meetingId], justification: 'minutes: draft saved', actor_user_id: p.chair.id }),
      expect.objectContaining({ operation: 'ALTERATION', subject_ids: [m.meetingId], justification: 'minutes: draft edited', actor_user_id: p.chair.id }),
    ]);
    // Reading the minutes back names the children: a CONSULTATION by the chair's oversight.
    expect(events).toContainEqual(
      expect.objectContaining({ operation: 'CONSULTATION', subject_type: 'CHILD', justification: 'district oversight', subject_ids: expect.arrayContaining([m.discussed.childId, m.notReached.childId]) }),
    );
  });

  it('of two first saves at once, one is kept and the other told of the conflict', async () => {
    const m = await closedMeeting(t, p);
    const draft = (await t.app.get(MinutesDraftService).draft(m.meetingId)).map(({ key, heading, body }) => ({ key, heading, body }));
    const answers = await Promise.all(
      ['first', 'second'].map((who) =>
        p.chair.send<Saved>(SAVE, { input: { meetingId: m.meetingId, version: 0, sections: draft.map((s) => (s.key === 'attendance' ? { ...s, body: who } : s)) } }),
      ),
    );
    expect(answers.map((a) => GraphQLTestClient.codeOf(a) ?? 'saved').sort()).toEqual(['CONFLICT', 'saved']);
    const kept = answers.find((a) => !a.errors)!.data!.saveMinutes.sections.find((s) => s.key === 'attendance')!.body;
    const [row] = await t.dataSource.query(`SELECT version, sections FROM meeting_minutes WHERE meeting_id = $1`, [m.meetingId]);
    expect(row.version).toBe(1);
    expect(row.sections.find((s: { key: string }) => s.key === 'attendance').body).toBe(kept);
  });

  it('drafts in the same number of SQL statements for 2 items as for 12', async () => {
    const small = await closedMeeting(t, p);
    const large = await closedMeeting(t, p);
    for (let i = 0; i < 10; i += 1) {
      const child = await createChild(t.dataSource, { districtId: p.district, leadAgencyId: p.police });
      await createAgendaItem(t.dataSource, { meetingId: large.meetingId, childId: child.id, status: AgendaItemStatus.DISCUSSED });
    }
    const drafts = t.app.get(MinutesDraftService);
    const few = await countQueries(t.dataSource, () => drafts.draft(small.meetingId));
    const many = await countQueries(t.dataSource, () => drafts.draft(large.meetingId));
    expect(many.result.filter((s) => s.key.startsWith('item:'))).toHaveLength(12);
    expect(many.count).toBe(few.count);
  });

  it('refuses keys that are not the draft’s and minutes of a meeting that has not closed', async () => {
    const m = await closedMeeting(t, p);
    const draft = (await t.app.get(MinutesDraftService).draft(m.meetingId)).map(({ key, heading, body }) => ({ key, heading, body }));
    const missing = await p.chair.send(SAVE, { input: { meetingId: m.meetingId, version: 0, sections: draft.slice(1) } });
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { sections: 'Send exactly the sections of the draft, with their keys' } });
    const invented = await p.chair.send(SAVE, { input: { meetingId: m.meetingId, version: 0, sections: [...draft.slice(1), { key: 'invented', heading: 'X', body: 'Y' }] } });
    expect(invented.errors?.[0].extensions?.fields).toEqual({ sections: 'Send exactly the sections of the draft, with their keys' });
    await t.dataSource.query(`UPDATE meeting SET status = 'IN_PROGRESS', closed_at = NULL WHERE id = $1`, [m.meetingId]);
    const open = await p.chair.send(SAVE, { input: { meetingId: m.meetingId, version: 0, sections: draft } });
    expect(open.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { meetingId: 'Minutes are written once the meeting has closed' } });
    expect(await t.dataSource.query(`SELECT 1 FROM meeting_minutes WHERE meeting_id = $1`, [m.meetingId])).toEqual([]);
  });

  it('approves: frozen through the API and in the database, and MINUTES_CHANGED goes out after each change', async () => {
    const m = await closedMeeting(t, p);
    const events: MeetingEventPayload[] = [];
    const iterator = t.app.get(MeetingEventsService).iterator(m.meetingId);
    const collecting = (async () => {
      for await (const event of { [Symbol.asyncIterator]: () => iterator }) events.push(event);
    })();
    const saved = await saveDraftAsIs(m);
    const seq = await lastSeq();
    const approved = await p.chair.send<Approved>(APPROVE, { meetingId: m.meetingId, version: saved.version });
    expect(approved.errors).toBeUndefined();
    const chairName = (await t.dataSource.query(`SELECT display_name FROM user_account WHERE id = $1`, [p.chair.id]))[0].display_name;
    expect(approved.data!.approveMinutes).toMatchObject({ status: 'APPROVED', version: 2, approvedBy: chairName });
    expect(approved.data!.approveMinutes.approvedAt).not.toBeNull();
    expect(await eventsSince(seq)).toContainEqual(expect.objectContaining({ operation: 'ALTERATION', subject_type: 'MEETING', justification: 'minutes: approved' }));

    const later = await p.chair.send(SAVE, { input: { meetingId: m.meetingId, version: 2, sections: saved.sections } });
    expect(later.errors?.[0].message).toBe('Approved minutes are frozen: add an addendum');
    expect(later.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { sections: 'Approved minutes are frozen: add an addendum' } });
    const twice = await p.chair.send(APPROVE, { meetingId: m.meetingId, version: 2 });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { meetingId: 'These minutes are already approved' } });

    // Whatever path a write takes, the database refuses it.
    await expect(t.dataSource.query(`UPDATE meeting_minutes SET sections = '[]'::jsonb WHERE meeting_id = $1`, [m.meetingId])).rejects.toThrow(
      /approved minutes are frozen/,
    );
    await expect(t.dataSource.query(`DELETE FROM meeting_minutes WHERE meeting_id = $1`, [m.meetingId])).rejects.toThrow(/approved minutes are frozen/);
    const [row] = await t.dataSource.query(`SELECT status, version, jsonb_array_length(sections) AS n FROM meeting_minutes WHERE meeting_id = $1`, [m.meetingId]);
    expect(row).toEqual({ status: 'APPROVED', version: 2, n: saved.sections.length });

    await iterator.return?.();
    await collecting;
    expect(events.map((e) => [e.kind, e.byUserId])).toEqual([
      ['MINUTES_CHANGED', p.chair.id],
      ['MINUTES_CHANGED', p.chair.id],
    ]);
  });

  it('approves the fresh draft directly with version 0', async () => {
    const m = await closedMeeting(t, p);
    const res = await p.chair.send<Approved>(APPROVE, { meetingId: m.meetingId, version: 0 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.approveMinutes).toMatchObject({ status: 'APPROVED', version: 2 });
    expect(res.data!.approveMinutes.sections.map((s) => s.key)).toContain(`item:${m.discussed.itemId}`);
    const stale = await p.chair.send(APPROVE, { meetingId: m.meetingId, version: 0 });
    expect(GraphQLTestClient.codeOf(stale)).toBe('BAD_USER_INPUT');
  });

  it('adds addenda to approved minutes only, with author, agency and time; a reader with restricted items sees only their own in full', async () => {
    const m = await closedMeeting(t, p);
    const draftOnly = await p.attending.send(ADDENDUM, { input: { meetingId: m.meetingId, body: 'Invented: too early' } });
    expect(draftOnly.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { meetingId: 'Addenda are added to approved minutes; until then the chair edits the draft' },
    });
    await p.chair.send(APPROVE, { meetingId: m.meetingId, version: 0 });

    const seq = await lastSeq();
    const byChair = await p.chair.send<Added>(ADDENDUM, { input: { meetingId: m.meetingId, body: `  Invented: ${m.discussed.name} was seen on 9 January.  ` } });
    expect(byChair.errors).toBeUndefined();
    const byMember = await p.member.send<Added>(ADDENDUM, { input: { meetingId: m.meetingId, body: 'Invented: health sent a report.' } });
    expect(byMember.errors).toBeUndefined();
    const [chairRow, memberRow] = await t.dataSource.query(
      `SELECT u.display_name, a.name FROM user_account u JOIN agency a ON a.id = u.agency_id WHERE u.id = ANY($1) ORDER BY (u.id = $2) DESC`,
      [[p.chair.id, p.member.id], p.chair.id],
    );

    // The chair sees every item, so every addendum in full.
    const chairView = (await p.chair.send<Added>(ADDENDUM, { input: { meetingId: m.meetingId, body: 'Invented: third' } })).data!.addMinutesAddendum;
    expect(chairView.addenda.map((a) => [a.body, a.author, a.agencyName])).toEqual([
      [`Invented: ${m.discussed.name} was seen on 9 January.`, chairRow.display_name, chairRow.name],
      ['Invented: health sent a report.', memberRow.display_name, memberRow.name],
      ['Invented: third', chairRow.display_name, chairRow.name],
    ]);
    expect(chairView.addenda.every((a) => !Number.isNaN(Date.parse(a.createdAt)))).toBe(true);

    // Health knows neither child: the items are placeholders and other agencies' addenda withheld.
    const memberView = byMember.data!.addMinutesAddendum;
    expect(memberView.sections.find((s) => s.key === `item:${m.discussed.itemId}`)).toEqual({
      key: `item:${m.discussed.itemId}`,
      heading: 'Restricted item',
      body: 'Your agency has no need to know about this item, and the chair has not shared it.',
    });
    expect(memberView.addenda.map((a) => a.body)).toEqual([
      'This addendum is withheld from you: it may concern an item you have no need to know about. Ask the chair if you need it.',
      'Invented: health sent a report.',
    ]);
    expect(JSON.stringify(memberView)).not.toMatch(new RegExp(`${m.discussed.name}|${m.notReached.name}`));

    const events = (await eventsSince(seq)).filter((e: { subject_type: string }) => e.subject_type === 'MEETING');
    expect(events.map((e: { operation: string; justification: string }) => [e.operation, e.justification])).toEqual([
      ['COLLECTION', 'minutes: addendum added'],
      ['COLLECTION', 'minutes: addendum added'],
      ['COLLECTION', 'minutes: addendum added'],
    ]);
    // Addenda never change the frozen minutes.
    expect((await t.dataSource.query(`SELECT version FROM meeting_minutes WHERE meeting_id = $1`, [m.meetingId]))[0].version).toBe(2);
  });

  it('keeps sections the chair cannot see in full as stored, and shows placeholders until the statement is accepted', async () => {
    const m = await closedMeeting(t, p);
    // A second chair of the district who has not accepted this meeting's statement.
    const newcomer = await sessionFor(t, Role.MACE_CHAIR, { districtIds: [p.district] });
    const draft = (await t.app.get(MinutesDraftService).draft(m.meetingId)).map(({ key, heading, body }) => ({ key, heading, body }));
    const res = await newcomer.send<Saved>(SAVE, {
      input: { meetingId: m.meetingId, version: 0, sections: draft.map((s) => ({ ...s, body: `${s.body} (edited)` })) },
    });
    expect(res.errors).toBeUndefined();
    const shown = res.data!.saveMinutes.sections.find((s) => s.key === `item:${m.discussed.itemId}`)!;
    expect(shown).toEqual({ key: `item:${m.discussed.itemId}`, heading: 'Restricted item', body: 'Accept the meeting’s confidentiality statement to see this item.' });
    const [row] = await t.dataSource.query(`SELECT sections FROM meeting_minutes WHERE meeting_id = $1`, [m.meetingId]);
    const stored = new Map(row.sections.map((s: { key: string; body: string }) => [s.key, s.body]));
    expect(stored.get(`item:${m.discussed.itemId}`)).toBe(draft.find((s) => s.key === `item:${m.discussed.itemId}`)!.body);
    expect(stored.get('attendance')).toMatch(/\(edited\)$/);

    await acceptStatement(t, m.meetingId, newcomer);
    const after = await newcomer.send<Saved>(SAVE, { input: { meetingId: m.meetingId, version: 1, sections: draft } });
    expect(after.data!.saveMinutes.sections.find((s) => s.key === `item:${m.discussed.itemId}`)!.heading).toBe(`1. ${m.discussed.name}`);
  });

  describe('Meeting.minutes (the field resolver, called as GraphQL would once the meeting queries put Meeting in the schema)', () => {
    async function minutesFor(session: TestSession, meetingId: string) {
      const actor = (await t.app.get(SessionService).resolve(session.token))!;
      const grant = (await t.app.get(MeetingAccessService).readable(actor, [meetingId])).get(meetingId)!;
      const entity = await t.dataSource.getRepository(MeetingEntity).findOneByOrFail({ id: meetingId });
      const resolver = new MeetingMinutesResolver(t.dataSource, t.app.get(MinutesReadService));
      const ctx = { req: { actor, id: 'test-request' }, loaders: new RequestLoaders() } as unknown as RequestContext;
      return resolver.minutes(toMeetingModel(entity, grant), ctx);
    }

    it('is null before the meeting closes, then a fresh draft (version 0) cut to the reader’s need to know, the read audited', async () => {
      const m = await closedMeeting(t, p);
      expect(await minutesFor(p.chair, m.nextMeetingId)).toBeNull();

      const seq = await lastSeq();
      const chairs = (await minutesFor(p.chair, m.meetingId))!;
      expect(chairs).toMatchObject({ status: 'DRAFT', version: 0, approvedAt: null, addenda: [], pdfPath: `/api/meetings/${m.meetingId}/minutes.pdf` });
      expect(chairs.sections.find((s) => s.key === `item:${m.discussed.itemId}`)!.heading).toBe(`1. ${m.discussed.name}`);
      const attending = (await minutesFor(p.attending, m.meetingId))!;
      expect(attending.sections.find((s) => s.key === `item:${m.discussed.itemId}`)!.heading).toBe(`1. ${m.discussed.name}`);
      const member = (await minutesFor(p.member, m.meetingId))!;
      expect(member.sections.map((s) => s.heading)).toEqual(['Attendance', 'Review of earlier actions', 'Restricted item', 'Restricted item', 'Restricted item', 'Next meeting']);
      expect(JSON.stringify(member)).not.toMatch(new RegExp(`${m.discussed.name}|${m.notReached.name}|return home|visit the school`));

      const reads = (await eventsSince(seq)).map((e: { actor_user_id: string; subject_type: string; justification: string; subject_ids: string[] }) => [
        e.actor_user_id,
        e.subject_type,
        e.justification,
        [...e.subject_ids].sort(),
      ]);
      expect(reads).toEqual([
        [p.chair.id, 'CHILD', 'district oversight', [m.discussed.childId, m.notReached.childId].sort()],
        // One event per access path: police leads both and owns her actions.
        [p.attending.id, 'CHILD', 'involvement: ACTION_OWNER, LEAD_AGENCY', [m.discussed.childId]],
        [p.attending.id, 'CHILD', 'involvement: LEAD_AGENCY', [m.notReached.childId]],
      ]);
    });

    it('shows an item the chair shared to every member, as shared', async () => {
      const m = await closedMeeting(t, p);
      await t.dataSource.query(`UPDATE agenda_item SET shared_at = now() WHERE id = $1`, [m.discussed.itemId]);
      const seq = await lastSeq();
      const member = (await minutesFor(p.member, m.meetingId))!;
      expect(member.sections.find((s) => s.key === `item:${m.discussed.itemId}`)!.heading).toBe(`1. ${m.discussed.name}`);
      // Her earlier action is shared with her item; his item was not shared.
      expect(member.sections.find((s) => s.key === `actions-review:${m.reviewedActionId}`)!.heading).toBe(`Earlier action for ${m.discussed.name}`);
      expect(member.sections.find((s) => s.key === `item:${m.notReached.itemId}`)!.heading).toBe('Restricted item');
      expect(await eventsSince(seq)).toEqual([
        expect.objectContaining({ operation: 'CONSULTATION', subject_type: 'CHILD', subject_ids: [m.discussed.childId], justification: 'shared with the meeting’s attendees' }),
      ]);
    });
  });

  describe('the PDF', () => {
    it('streams the chair’s minutes as application/pdf, marked on every page, and audits the read', async () => {
      const m = await closedMeeting(t, p);
      await p.chair.send(APPROVE, { meetingId: m.meetingId, version: 0 });
      await p.chair.send(ADDENDUM, { input: { meetingId: m.meetingId, body: 'Invented: a correction' } });
      const seq = await lastSeq();
      const res = await download(t, `/api/meetings/${m.meetingId}/minutes.pdf`, p.chair);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('application/pdf');
      expect(res.headers['cache-control']).toBe('no-store');
      const pdf = res.body as Buffer;
      expect(pdf.subarray(0, 4).toString()).toBe('%PDF');
      const text = pdfText(pdf).join('\n');
      expect(text).toContain(m.discussed.name);
      expect(text).toContain('Invented: a correction');
      expect(text).toContain('Attendance');
      expect(text).toMatch(/Minutes: Invented MACE \w+, Thursday 8 January 2026/);
      expect(await eventsSince(seq)).toEqual([
        expect.objectContaining({
          operation: 'CONSULTATION',
          subject_type: 'CHILD',
          justification: 'district oversight',
          subject_ids: expect.arrayContaining([m.discussed.childId, m.notReached.childId]),
          actor_user_id: p.chair.id,
        }),
      ]);
    });

    it('serves the draft too, with the session cookie as the browser sends it', async () => {
      const m = await closedMeeting(t, p);
      const res = await download(t, `/api/meetings/${m.meetingId}/minutes.pdf`).set('cookie', `mace_session=${p.attending.token}`);
      expect(res.status).toBe(200);
      expect(pdfText(res.body as Buffer).join('\n')).toContain('Draft minutes: not yet approved');
    });

    it('answers 404 for a non-member, an unknown meeting and a meeting not closed; 401 without a session; 403 without the permission', async () => {
      const m = await closedMeeting(t, p);
      const seq = await lastSeq();
      expect((await download(t, `/api/meetings/${m.meetingId}/minutes.pdf`, p.nonAttending)).status).toBe(404);
      expect((await download(t, `/api/meetings/${m.meetingId}/minutes.pdf`, p.otherChair)).status).toBe(404);
      expect((await download(t, `/api/meetings/${randomUUID()}/minutes.pdf`, p.chair)).status).toBe(404);
      expect((await download(t, `/api/meetings/not-a-meeting/minutes.pdf`, p.chair)).status).toBe(404);
      expect((await download(t, `/api/meetings/${m.nextMeetingId}/minutes.pdf`, p.chair)).status).toBe(404);
      const anonymous = await download(t, `/api/meetings/${m.meetingId}/minutes.pdf`);
      expect(anonymous.status).toBe(401);
      expect((await download(t, `/api/meetings/${m.meetingId}/minutes.pdf`, p.analyst)).status).toBe(403);
      expect(await eventsSince(seq)).toEqual([]);
    });

    it('marks the top and bottom of every page of a long document', async () => {
      const long = 'Invented line of text that goes on for a while. '.repeat(400);
      const pdf = await renderMeetingPdf({ title: 'Invented title', lines: ['Invented'], sections: [{ heading: 'A', body: long }, { heading: 'B', body: long }] });
      const pages = pdfText(pdf);
      expect(pages.length).toBeGreaterThan(2);
      // pdfkit writes each page's content into one stream: the body, then the two markings.
      for (const page of pages) expect(page.split(PDF_MARKING).length - 1).toBe(2);
    });
  });
});
