/** What the plan is drafted from: labels and details as the caller sees them (EntityRef). */
export interface PlanRef {
  label: string;
  detail: string | null;
}

const list = (items: readonly string[], last: string) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${last} ${items[items.length - 1]}`;

/**
 * The intelligence collection plan for one child, in plain sentences officers can act on: the
 * vehicles to look out for (with colour, make and model), where, and the associates to note.
 * "Look out for AB12CDE (silver Ford Focus) near Example Hotel, S1 2AB; associates: Jon Doe."
 * Pure; unit-tested.
 */
export function collectionPlan(parts: { vehicles: readonly PlanRef[]; places: readonly PlanRef[]; associates: readonly PlanRef[] }): string {
  const vehicles = parts.vehicles.map((vehicle) => (vehicle.detail ? `${vehicle.label} (${vehicle.detail})` : vehicle.label));
  const places = parts.places.map((place) => place.label);
  const sentences: string[] = [];
  if (vehicles.length && places.length) sentences.push(`Look out for ${list(vehicles, 'or')} near ${list(places, 'or')}`);
  else if (vehicles.length) sentences.push(`Look out for ${list(vehicles, 'or')}`);
  else if (places.length) sentences.push(`Look out for the child and associates at ${list(places, 'or')}`);
  if (parts.associates.length) sentences.push(`associates: ${parts.associates.map((person) => person.label).join(', ')}`);
  if (!sentences.length) return 'No associates, places or vehicles linked yet: nothing to look out for.';
  const text = sentences.join('; ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}
