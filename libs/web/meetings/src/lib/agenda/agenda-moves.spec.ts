import { applyMove, focusAfterMove, inAgendaOrder, moveButtonId, moveTargetPosition } from './agenda-moves';

const rows = [
  { id: 'c', position: 3 },
  { id: 'a', position: 1 },
  { id: 'b', position: 2 },
  { id: 'd', position: 4 },
];
const ids = (list: { id: string }[]) => list.map((row) => row.id).join('');

describe('agenda moves', () => {
  it('orders rows by position', () => {
    expect(ids(inAgendaOrder(rows))).toBe('abcd');
  });

  it('sends the neighbour’s position', () => {
    expect(moveTargetPosition(rows, 'c', 'up')).toBe(2);
    expect(moveTargetPosition(rows, 'c', 'down')).toBe(4);
  });

  it('has no move beyond either end, nor for an unknown row', () => {
    expect(moveTargetPosition(rows, 'a', 'up')).toBeUndefined();
    expect(moveTargetPosition(rows, 'd', 'down')).toBeUndefined();
    expect(moveTargetPosition(rows, 'x', 'up')).toBeUndefined();
  });

  it.each([
    ['c', 2, 'acbd'],
    ['c', 4, 'abdc'],
    ['a', 4, 'bcda'],
    ['d', 1, 'dabc'],
    ['b', 2, 'abcd'],
  ])('moving %s to position %i reads %s, renumbered from 1', (id, position, order) => {
    const moved = applyMove(rows, id, position);
    expect(ids(moved)).toBe(order);
    expect(moved.map((row) => row.position)).toEqual([1, 2, 3, 4]);
  });

  it('keeps positions with gaps in order', () => {
    expect(ids(applyMove([{ id: 'a', position: 2 }, { id: 'b', position: 5 }, { id: 'c', position: 9 }], 'c', 5))).toBe('acb');
  });

  it('keeps focus on the moved row’s button, or its other button at the end it reached', () => {
    expect(focusAfterMove(applyMove(rows, 'c', 2), 'c', 'up')).toBe(moveButtonId('c', 'up'));
    expect(focusAfterMove(applyMove(rows, 'b', 1), 'b', 'up')).toBe(moveButtonId('b', 'down'));
    expect(focusAfterMove(applyMove(rows, 'c', 4), 'c', 'down')).toBe(moveButtonId('c', 'up'));
    expect(moveButtonId('c', 'down')).toBe('move-down-c');
  });
});
