/** What the chair adds: a child found by search, or a theme. */
export type AddKind = 'child' | 'theme';

export interface AddItemQuery {
  kind: AddKind;
  /** The search for a child, as typed. */
  term: string;
}

export function readAddItemQuery(params: URLSearchParams): AddItemQuery {
  return { kind: params.get('kind') === 'theme' ? 'theme' : 'child', term: (params.get('term') ?? '').trim() };
}

export function writeAddItemQuery(query: AddItemQuery): string {
  const params = new URLSearchParams();
  if (query.kind === 'theme') params.set('kind', 'theme');
  else if (query.term) params.set('term', query.term);
  return params.toString();
}

/** A search is worth sending from two characters (a date of birth or a short name). */
export function searchable(term: string): boolean {
  return term.trim().length >= 2;
}
