/** The items a (re)build added: those in the new agenda that were not in the one before it. */
export function addedItems<T extends { id: string }>(before: readonly { id: string }[], after: readonly T[]): T[] {
  const known = new Set(before.map((item) => item.id));
  return after.filter((item) => !known.has(item.id));
}
