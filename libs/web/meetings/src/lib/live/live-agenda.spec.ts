import { AgendaItemStatus, MeetingEventKind } from '@mace/shared-domain';
import { adjacentItemId, announcementFor, itemNumber, runningOrder } from './live-agenda';

const { PENDING, DISCUSSED, REMOVED } = AgendaItemStatus;
// Given out of order, with a removed item in the middle.
const agenda = [
  { id: 'c', position: 4, status: PENDING },
  { id: 'a', position: 1, status: DISCUSSED },
  { id: 'x', position: 2, status: REMOVED },
  { id: 'b', position: 3, status: PENDING },
];

describe('running order', () => {
  it('leaves out removed items and follows the positions', () => {
    expect(runningOrder(agenda).map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('numbers items as the meeting counts them', () => {
    expect(itemNumber(agenda, 'a')).toBe(1);
    expect(itemNumber(agenda, 'c')).toBe(3);
    expect(itemNumber(agenda, 'x')).toBeNull();
    expect(itemNumber(agenda, null)).toBeNull();
  });
});

describe('adjacentItemId', () => {
  it.each([
    ['a', 1, 'b'],
    ['b', 1, 'c'],
    ['c', 1, null],
    ['c', -1, 'b'],
    ['a', -1, null],
    ['unknown', 1, null],
  ] as const)('from %s by %i -> %s', (from, step, expected) => {
    expect(adjacentItemId(agenda, from, step)).toBe(expected);
  });

  it('from the overview, goes to the first item still to discuss', () => {
    expect(adjacentItemId(agenda, null, 1)).toBe('b');
    expect(adjacentItemId(agenda, null, -1)).toBeNull();
  });

  it('from the overview of a fully discussed agenda, goes to the first item', () => {
    expect(adjacentItemId([{ id: 'a', position: 1, status: DISCUSSED }], null, 1)).toBe('a');
    expect(adjacentItemId([], null, 1)).toBeNull();
  });
});

describe('announcementFor', () => {
  it.each([
    [{ kind: MeetingEventKind.CURRENT_ITEM_CHANGED, itemId: 'c' }, 'Now discussing item 3'],
    [{ kind: MeetingEventKind.CURRENT_ITEM_CHANGED, itemId: null }, 'Back to the meeting overview'],
    [{ kind: MeetingEventKind.OUTCOME_RECORDED, itemId: 'b' }, 'Outcome recorded for item 2'],
    [{ kind: MeetingEventKind.OUTCOME_RECORDED, itemId: 'gone' }, 'An outcome was recorded'],
    [{ kind: MeetingEventKind.MEETING_STARTED }, 'The meeting has started'],
    [{ kind: MeetingEventKind.MEETING_CLOSED }, 'The meeting has closed'],
    [{ kind: MeetingEventKind.NOTE_CHANGED, itemId: 'b' }, null],
    [{ kind: MeetingEventKind.ATTENDANCE_RECORDED }, null],
  ])('%o -> %s', (event, expected) => {
    expect(announcementFor(event, agenda)).toBe(expected);
  });
});
