import { MeetingStatus } from '@mace/shared-domain';
import { meetingLinks, updateState } from './meeting-links';

const texts = (status: MeetingStatus, canManage: boolean) => meetingLinks({ id: 'm1', status, canManage }).map((link) => link.text);

describe('overview links', () => {
  it.each([
    [MeetingStatus.SCHEDULED, true, ['Edit the agenda', 'Cancel the meeting']],
    [MeetingStatus.SCHEDULED, false, []],
    [MeetingStatus.AGENDA_LOCKED, true, ['Run the meeting']],
    [MeetingStatus.AGENDA_LOCKED, false, []],
    [MeetingStatus.IN_PROGRESS, true, ['Run the meeting']],
    [MeetingStatus.IN_PROGRESS, false, ['Follow the meeting']],
    [MeetingStatus.CLOSED, false, ['Minutes']],
    [MeetingStatus.CANCELLED, true, []],
  ])('%s, chair %s: %j', (status, canManage, expected) => {
    expect(texts(status, canManage)).toEqual(expected);
  });

  it('leads to the live and minutes screens', () => {
    expect(meetingLinks({ id: 'm1', status: MeetingStatus.IN_PROGRESS, canManage: false })[0].to).toBe('/meetings/m1/live');
    expect(meetingLinks({ id: 'm1', status: MeetingStatus.CLOSED, canManage: true })[0].to).toBe('/meetings/m1/minutes');
  });
});

describe('update from your agency', () => {
  const open = { status: MeetingStatus.SCHEDULED, canContribute: true };
  const mine = { agency: { id: 'a1' } };
  const theirs = { agency: { id: 'a2' } };

  it('says posted when your agency has, whoever else did', () => {
    expect(updateState(open, { visibility: 'FULL', updates: [theirs, mine] }, 'a1')).toBe('posted');
    expect(updateState({ ...open, status: MeetingStatus.CLOSED }, { visibility: 'FULL', updates: [mine] }, 'a1')).toBe('posted');
  });

  it('offers to post until the meeting starts', () => {
    expect(updateState(open, { visibility: 'FULL', updates: [theirs] }, 'a1')).toBe('post');
    expect(updateState({ ...open, status: MeetingStatus.AGENDA_LOCKED }, { visibility: 'FULL', updates: [] }, 'a1')).toBe('post');
    expect(updateState({ ...open, status: MeetingStatus.IN_PROGRESS }, { visibility: 'FULL', updates: [] }, 'a1')).toBe('closed');
    expect(updateState({ ...open, canContribute: false }, { visibility: 'FULL', updates: [] }, 'a1')).toBe('closed');
  });

  it('offers nothing on an item whose details you cannot see', () => {
    expect(updateState(open, { visibility: 'RESTRICTED', updates: [] }, 'a1')).toBe('hidden');
    expect(updateState(open, { visibility: 'NEEDS_CONFIDENTIALITY', updates: [] }, 'a1')).toBe('hidden');
  });
});
