/**
 * Every link seen from both ends (a → b), as a subquery rather than a CTE so Postgres pushes the
 * caller's conditions on a_id / b_kind into both halves and uses the link_from / link_to indexes.
 */
export const EDGES = `(SELECT l.id, l.relation, l.from_kind AS a_kind, l.from_id AS a_id, l.to_kind AS b_kind, l.to_id AS b_id FROM link l
  UNION ALL SELECT l.id, l.relation, l.to_kind, l.to_id, l.from_kind, l.from_id FROM link l)`;
