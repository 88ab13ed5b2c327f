/** What the move buttons need of an agenda row. */
export interface MovableRow {
  id: string;
  position: number;
}

export type MoveDirection = 'up' | 'down';

/** Rows in agenda order (the API's position), whatever order they arrived in. */
export function inAgendaOrder<T extends MovableRow>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.position - b.position);
}

/**
 * The position to send for moving a row one place: its neighbour's, which the API then shifts the
 * other way. Undefined when the row is already first (up) or last (down), or unknown.
 */
export function moveTargetPosition(rows: readonly MovableRow[], id: string, direction: MoveDirection): number | undefined {
  const ordered = inAgendaOrder(rows);
  const index = ordered.findIndex((row) => row.id === id);
  if (index < 0) return undefined;
  const neighbour = ordered[direction === 'up' ? index - 1 : index + 1];
  return neighbour?.position;
}

/** The agenda as it will read after the move: the row at `position`'s place, the rows between shifted by one. */
export function applyMove<T extends MovableRow>(rows: readonly T[], id: string, position: number): T[] {
  const ordered = inAgendaOrder(rows);
  const moving = ordered.find((row) => row.id === id);
  if (!moving) return ordered;
  const rest = ordered.filter((row) => row.id !== id);
  const index = rest.findIndex((row) => row.position >= position);
  const at = index < 0 ? rest.length : moving.position < position ? index + 1 : index;
  const reordered = [...rest.slice(0, at), moving, ...rest.slice(at)];
  return reordered.map((row, i) => ({ ...row, position: i + 1 }));
}

/** The id of a row's move button; focus returns to it after the move. */
export function moveButtonId(id: string, direction: MoveDirection): string {
  return `move-${direction}-${id}`;
}

/**
 * Where focus goes once a row has moved: the same button, unless the row reached the end it was
 * moving towards, where that button is gone and the other direction's button takes focus.
 */
export function focusAfterMove(rows: readonly MovableRow[], id: string, direction: MoveDirection): string {
  const ordered = inAgendaOrder(rows);
  const index = ordered.findIndex((row) => row.id === id);
  const atEnd = direction === 'up' ? index === 0 : index === ordered.length - 1;
  const other: MoveDirection = direction === 'up' ? 'down' : 'up';
  return moveButtonId(id, atEnd && ordered.length > 1 ? other : direction);
}
