import { Actor, NotFoundError } from '@mace/api-core';

/**
 * Persons, locations and networks belong to a district: only police of that district may see or
 * change them; to anyone else they answer exactly like ids that do not exist.
 */
export function assertOwnDistrict(actor: Actor, districtId: string, what: string): void {
  if (!actor.districtIds.includes(districtId)) throw new NotFoundError(what);
}

/** `%term%` for ILIKE, with the pattern characters of the term taken literally. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
