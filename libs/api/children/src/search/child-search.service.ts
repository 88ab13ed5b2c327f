import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType, ChildSearchAccess } from '@mace/shared-domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { ChildAccessService } from '../access/child-access.service';
import { toChildModel } from '../child/child-view';
import { isCalendarDate } from '../dates/calendar-date';
import { ChildEntity } from '../entities/child.entity';
import { ChildSearchResultModel } from './child-search-result.model';
import { PossibleDuplicatesInput } from './search.inputs';

/** What to look for: names (legal or known as) and perhaps a date of birth. */
export interface ChildSearchQuery {
  names: string[];
  dateOfBirth: string | null;
}

interface HitRow {
  id: string;
  district_id: string;
  district_name: string;
  lead_agency_id: string | null;
  lead_agency_name: string | null;
  matched_on: string;
}

const WORDS = (text: string) => `regexp_split_to_array(lower(${text}), '\\s+')`;
/** The double-metaphone code of every word of a text, so "Kaylee Brenan" sounds like "Kayleigh Brennan". */
const SOUNDS = (text: string) => `ARRAY(SELECT dmetaphone(w) FROM unnest(${WORDS(text)}) w WHERE w <> '')`;
const FULL_NAME = `(c.given_name || ' ' || c.family_name)`;

/**
 * Misspelling-tolerant matching: trigram similarity (`%`, `<%`: pg_trgm) or every word of the
 * term sounding like a word of the name (dmetaphone: fuzzystrmatch), on legal names and aliases;
 * and the date of birth when one is given, which ranks first. Restricted children outside the
 * caller's scope are left out in SQL, so they take no place in the page and cannot be counted.
 */
const SEARCH_SQL = `
  WITH terms AS (
    SELECT lower(t.name) AS name, ${SOUNDS('t.name')} AS sounds
    FROM unnest(CAST(:names AS text[])) AS t(name)
  ),
  hits AS (
    SELECT c.id AS child_id, 'name' AS matched_on,
           greatest(similarity(lower(${FULL_NAME}), t.name), word_similarity(t.name, lower(${FULL_NAME})))
             + CASE WHEN cardinality(t.sounds) > 0 AND ${SOUNDS(FULL_NAME)} @> t.sounds THEN 0.3 ELSE 0 END AS score
    FROM child c CROSS JOIN terms t
    WHERE lower(${FULL_NAME}) % t.name OR t.name <% lower(${FULL_NAME})
       OR (cardinality(t.sounds) > 0 AND ${SOUNDS(FULL_NAME)} @> t.sounds)
    UNION ALL
    SELECT a.child_id, 'known as: ' || a.name,
           greatest(similarity(lower(a.name), t.name), word_similarity(t.name, lower(a.name)))
             + CASE WHEN cardinality(t.sounds) > 0 AND ${SOUNDS('a.name')} @> t.sounds THEN 0.3 ELSE 0 END
    FROM child_alias a CROSS JOIN terms t
    WHERE lower(a.name) % t.name OR t.name <% lower(a.name)
       OR (cardinality(t.sounds) > 0 AND ${SOUNDS('a.name')} @> t.sounds)
  ),
  by_name AS (
    SELECT DISTINCT ON (child_id) child_id, matched_on, score FROM hits ORDER BY child_id, score DESC, matched_on
  )
  SELECT c.id, c.district_id, d.name AS district_name, c.lead_agency_id, la.name AS lead_agency_name,
         concat_ws(', ', n.matched_on, CASE WHEN c.date_of_birth = CAST(:dob AS date) THEN 'date of birth' END) AS matched_on
  FROM child c
  LEFT JOIN by_name n ON n.child_id = c.id
  JOIN district d ON d.id = c.district_id
  LEFT JOIN agency la ON la.id = c.lead_agency_id
  WHERE (CASE WHEN cardinality(CAST(:names AS text[])) > 0 THEN n.child_id IS NOT NULL
              ELSE c.date_of_birth = CAST(:dob AS date) END)
    AND (NOT c.restricted OR :scope)
  ORDER BY (c.date_of_birth = CAST(:dob AS date)) IS TRUE DESC, n.score DESC NULLS LAST, c.family_name, c.given_name, c.id
  LIMIT :limit`;

const DATE_IN_TERM = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b|\b(\d{4})-(\d{2})-(\d{2})\b/;

/** Split a search box entry into a name and a date of birth written dd/mm/yyyy or yyyy-mm-dd. */
export function parseSearchTerm(term: string): ChildSearchQuery {
  const match = DATE_IN_TERM.exec(term);
  if (!match) return { names: term.trim() ? [term.trim()] : [], dateOfBirth: null };
  const iso = match[1]
    ? `${match[3]}-${match[2].padStart(2, '0')}-${match[1].padStart(2, '0')}`
    : `${match[4]}-${match[5]}-${match[6]}`;
  const rest = (term.slice(0, match.index) + ' ' + term.slice(match.index + match[0].length)).replace(/\s+/g, ' ').trim();
  if (!isCalendarDate(iso)) return { names: term.trim() ? [term.trim()] : [], dateOfBirth: null };
  return { names: rest ? [rest] : [], dateOfBirth: iso };
}

/** Search and duplicate detection. Hits the caller may read come back in full; others only as "known, ask X"; restricted ones not at all. */
@Injectable()
export class ChildSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: ChildAccessService,
    private readonly audit: AuditService,
  ) {}

  search(actor: Actor, term: string, first: number, requestId: string): Promise<ChildSearchResultModel[]> {
    return this.run(actor, parseSearchTerm(term), first, requestId);
  }

  possibleDuplicates(actor: Actor, input: PossibleDuplicatesInput, requestId: string): Promise<ChildSearchResultModel[]> {
    const names = [`${input.givenName} ${input.familyName}`, ...input.knownAs];
    return this.run(actor, { names, dateOfBirth: input.dateOfBirth ?? null }, 20, requestId);
  }

  private run(actor: Actor, query: ChildSearchQuery, limit: number, requestId: string): Promise<ChildSearchResultModel[]> {
    return this.dataSource.transaction(async (manager) => {
      if (!query.names.length && !query.dateOfBirth) return [];
      const hits = await this.find(manager, actor, query, limit);
      const grants = await this.access.readable(actor, hits.map((hit) => hit.id), manager);
      const fullIds = hits.filter((hit) => grants.has(hit.id)).map((hit) => hit.id);
      const records = new Map(
        (fullIds.length ? await manager.getRepository(ChildEntity).findBy({ id: In(fullIds) }) : []).map((child) => [child.id, child]),
      );
      const results = hits.map((hit): ChildSearchResultModel => {
        const grant = grants.get(hit.id);
        const record = records.get(hit.id);
        return {
          ref: hit.id,
          access: grant && record ? ChildSearchAccess.FULL : ChildSearchAccess.EXISTENCE_ONLY,
          child: grant && record ? toChildModel(record, grant.path) : null,
          districtId: hit.district_id,
          contactAgencyId: hit.lead_agency_id,
          contactNote: contactNote(hit),
          matchedOn: grant && record ? hit.matched_on : null,
        };
      });
      await this.recordSearch(manager, actor, requestId, results, grants);
      return results;
    });
  }

  private async find(manager: EntityManager, actor: Actor, query: ChildSearchQuery, limit: number): Promise<HitRow[]> {
    const scope = this.access.listScope(actor);
    const [sql, parameters] = this.dataSource.driver.escapeQueryWithParameters(
      SEARCH_SQL.replace(':scope', `(${scope.where})`),
      { ...scope.params, names: query.names.map((name) => name.toLowerCase()), dob: query.dateOfBirth, limit },
      {},
    );
    return manager.query(sql, parameters);
  }

  /** One CONSULTATION for the records shown in full, one DISCLOSURE (to the caller's agency) for existence-only hits. */
  private async recordSearch(
    manager: EntityManager,
    actor: Actor,
    requestId: string,
    results: ChildSearchResultModel[],
    grants: Map<string, { justification: string }>,
  ): Promise<void> {
    const full = results.filter((result) => result.access === ChildSearchAccess.FULL).map((result) => result.ref);
    const existence = results.filter((result) => result.access === ChildSearchAccess.EXISTENCE_ONLY).map((result) => result.ref);
    if (full.length) {
      const why = [...new Set(full.map((id) => grants.get(id)?.justification))].join('; ');
      await this.audit.record(manager, {
        operation: AuditOperation.CONSULTATION,
        actor,
        requestId,
        subjectType: AuditSubjectType.CHILD,
        subjectIds: full,
        justification: `search: ${why}`,
      });
    }
    if (existence.length) {
      await this.audit.record(manager, {
        operation: AuditOperation.DISCLOSURE,
        actor,
        requestId,
        subjectType: AuditSubjectType.CHILD,
        subjectIds: existence,
        justification: 'existence-only search result',
        recipients: [actor.agencyId],
      });
    }
  }
}

function contactNote(hit: HitRow): string {
  const known = `Known to the MACE in ${hit.district_name}.`;
  return hit.lead_agency_name
    ? `${known} Contact the lead agency, ${hit.lead_agency_name}, or the ${hit.district_name} MACE chair.`
    : `${known} Contact the ${hit.district_name} MACE chair.`;
}
