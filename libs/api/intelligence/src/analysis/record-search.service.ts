import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { EntityKind } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { normaliseEmail, normaliseHandle, normalisePhone, normalisePostcode, normaliseRegistration } from '../normalise/normalise';
import { refKey } from '../refs/entity-ref.model';
import { EntityRefsService } from '../refs/entity-refs.service';
import { SearchHitModel } from './analysis.models';

/** At most this many hits, best first. */
export const SEARCH_LIMIT = 50;

const FULL_NAME = `lower(p.given_name || ' ' || p.family_name)`;
/** Misspelling-tolerant (pg_trgm) or contained, on a lower-case text against the lower-case term $1. */
const FUZZY = (text: string) => `(${text} % $1 OR $1 <% ${text} OR strpos(${text}, $1) > 0)`;
const SCORE = (text: string) => `greatest(similarity(${text}, $1), word_similarity($1, ${text}), CASE WHEN ${text} = $1 THEN 1 ELSE 0 END)`;

/**
 * One statement over every kind of police record, each value compared in its normal form ($2
 * registration, $3 phone, $4 handle, $5 postcode, $7 e-mail) so formatting never matters; district
 * records only in the caller's districts ($6).
 */
const SEARCH_SQL = `
  SELECT kind, id, matched_on, score FROM (
    SELECT 'PERSON' AS kind, p.id::text AS id, 'name' AS matched_on, ${SCORE(FULL_NAME)} AS score
      FROM person_of_concern p WHERE p.district_id = ANY($6::uuid[]) AND ${FUZZY(FULL_NAME)}
    UNION ALL
    SELECT 'PERSON', p.id::text, 'alias ' || a.alias, ${SCORE('lower(a.alias)')}
      FROM person_of_concern p CROSS JOIN LATERAL unnest(p.aliases) AS a(alias)
      WHERE p.district_id = ANY($6::uuid[]) AND ${FUZZY('lower(a.alias)')}
    UNION ALL
    SELECT 'LOCATION', l.id::text, 'name', ${SCORE('lower(l.name)')}
      FROM location l WHERE l.district_id = ANY($6::uuid[]) AND ${FUZZY('lower(l.name)')}
    UNION ALL
    SELECT 'LOCATION', l.id::text, 'postcode ' || l.postcode, CASE WHEN l.postcode_normalised = $5 THEN 1 ELSE 0.8 END
      FROM location l WHERE l.district_id = ANY($6::uuid[]) AND length($5) >= 2 AND starts_with(l.postcode_normalised, $5)
    UNION ALL
    SELECT 'VEHICLE', v.id::text, 'registration ' || v.registration, CASE WHEN v.registration_normalised = $2 THEN 1 ELSE 0.7 END
      FROM vehicle v WHERE v.registration_normalised = $2 OR (length($2) >= 3 AND strpos(v.registration_normalised, $2) > 0)
    UNION ALL
    SELECT 'IDENTIFIER', i.id::text, 'phone ' || i.value, 1
      FROM online_identifier i WHERE i.kind = 'PHONE' AND i.value_normalised = $3
    UNION ALL
    SELECT 'IDENTIFIER', i.id::text, 'e-mail ' || i.value, CASE WHEN i.value_normalised = $7 THEN 1 ELSE 0.7 END
      FROM online_identifier i WHERE i.kind = 'EMAIL' AND (i.value_normalised = $7 OR (length($7) >= 3 AND strpos(i.value_normalised, $7) > 0))
    UNION ALL
    SELECT 'IDENTIFIER', i.id::text, 'handle @' || i.value_normalised, CASE WHEN i.value_normalised = $4 THEN 1 ELSE 0.7 END
      FROM online_identifier i WHERE i.kind = 'HANDLE' AND (i.value_normalised = $4 OR (length($4) >= 3 AND strpos(i.value_normalised, $4) > 0))
  ) hits ORDER BY score DESC, kind, id LIMIT ${SEARCH_LIMIT * 2}`
  // Every parameter but the districts is text (some sit where Postgres could not tell).
  .replace(/\$([1-57])\b(?!::)/g, '$$$1::text');

/** searchRecords: persons, locations, vehicles, phones, e-mails and handles, tolerant of formatting. */
@Injectable()
export class RecordSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly refs: EntityRefsService,
  ) {}

  async search(actor: Actor, term: string): Promise<SearchHitModel[]> {
    const manager = this.dataSource.manager;
    const rows: { kind: EntityKind; id: string; matched_on: string }[] = await manager.query(SEARCH_SQL, [
      term.toLowerCase(),
      normaliseRegistration(term),
      normalisePhone(term),
      normaliseHandle(term),
      normalisePostcode(term),
      [...actor.districtIds],
      normaliseEmail(term),
    ]);
    const visible = await this.refs.visible(actor, rows, manager);
    const seen = new Set<string>();
    const hits: SearchHitModel[] = [];
    for (const row of rows) {
      const key = refKey(row);
      const ref = visible.get(key);
      if (!ref || seen.has(key)) continue;
      seen.add(key);
      hits.push({ ref, matchedOn: row.matched_on });
    }
    return hits.slice(0, SEARCH_LIMIT);
  }
}
