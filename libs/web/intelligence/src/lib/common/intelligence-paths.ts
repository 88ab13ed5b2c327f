import { EntityKind } from '@mace/shared-domain';

export const INTELLIGENCE_PATH = '/intelligence';
export const SUBMIT_PATH = '/intelligence/new';
export const SUBMIT_CHECK_PATH = '/intelligence/new/check';
export const SUBMIT_DONE_PATH = '/intelligence/new/confirmation';
export const RECORD_SEARCH_PATH = '/intelligence/records/search';
export const SHARED_CONTEXTS_PATH = '/intelligence/shared-contexts';
export const NETWORKS_PATH = '/intelligence/networks';
export const BRIEFING_PATH = '/intelligence/briefing';

/** Record kinds as they appear in addresses: /intelligence/records/vehicle/:id. */
const SLUGS: Record<EntityKind, string> = {
  [EntityKind.CHILD]: 'child',
  [EntityKind.PERSON]: 'person',
  [EntityKind.LOCATION]: 'location',
  [EntityKind.VEHICLE]: 'vehicle',
  [EntityKind.IDENTIFIER]: 'identifier',
  [EntityKind.NETWORK]: 'network',
};

export function kindSlug(kind: EntityKind): string {
  return SLUGS[kind];
}

/** The kind an address names, or undefined for an address that names none. */
export function kindFromSlug(slug: string | undefined): EntityKind | undefined {
  return (Object.keys(SLUGS) as EntityKind[]).find((kind) => SLUGS[kind] === slug);
}

export const intelligencePath = (id: string) => `${INTELLIGENCE_PATH}/${id}`;
export const gradePath = (id: string) => `${INTELLIGENCE_PATH}/${id}/grade`;
export const statusPath = (id: string) => `${INTELLIGENCE_PATH}/${id}/status`;
export const linkIntelligencePath = (id: string) => `${INTELLIGENCE_PATH}/${id}/link`;

/** A record's page; children keep their own profile page. */
export function recordPath(ref: { kind: EntityKind; id: string }): string {
  return ref.kind === EntityKind.CHILD ? `/children/${ref.id}` : `/intelligence/records/${kindSlug(ref.kind)}/${ref.id}`;
}

export const addLinkPath = (ref: { kind: EntityKind; id: string }) => `/intelligence/records/${kindSlug(ref.kind)}/${ref.id}/link`;
export const graphPath = (ref: { kind: EntityKind; id: string }) => `/intelligence/graph/${kindSlug(ref.kind)}/${ref.id}`;
export const newRecordPath = (kind: EntityKind) => `/intelligence/records/new/${kindSlug(kind)}`;
