import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, groupByKeys, RequestLoaders } from '@mace/api-core';
import { UserAccountEntity } from '@mace/api-auth';
import { DataSource, In } from 'typeorm';
import { ChronologyEntryModel } from '../chronology/chronology-entry.model';
import { chronologySql } from '../chronology/chronology-sources';
import { ChildFlagModel } from './child-flag.model';
import { ChildInvolvementModel } from './child-involvement.model';
import { RiskEntryModel } from './risk-entry.model';

type Keyed<T> = T & { childId: string };

/**
 * Batched relations of children, one query per relation per request, whatever the number of
 * children on the page. Only reached from Child field resolvers, so from records whose read was
 * already allowed and audited. Display names of who did what come from the same query by join.
 */
@Injectable()
export class ChildLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Aliases ("known as"), oldest first. */
  aliases(loaders: RequestLoaders) {
    return loaders.get<string, string[]>('childAliases', async (ids) => {
      const rows: { childId: string; name: string }[] = await this.dataSource.query(
        `SELECT child_id AS "childId", name FROM child_alias WHERE child_id = ANY($1) ORDER BY seq`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.childId, (row) => row.name);
    });
  }

  /** Risk history, newest first. */
  riskHistory(loaders: RequestLoaders) {
    return loaders.get<string, RiskEntryModel[]>('childRiskHistory', async (ids) => {
      const rows: Keyed<RiskEntryModel>[] = await this.dataSource.query(
        `SELECT k.child_id AS "childId", k.id, k.level, k.rationale, k.source, k.next_review_on::text AS "nextReviewOn",
                k.set_at AS "setAt", u.display_name AS "setBy", a.name AS "agencyName"
         FROM child_risk k
         LEFT JOIN user_account u ON u.id = k.set_by_user_id
         LEFT JOIN agency a ON a.id = k.set_by_agency_id
         WHERE k.child_id = ANY($1) ORDER BY k.set_at DESC, k.id`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.childId, ({ childId: _childId, ...entry }) => entry);
    });
  }

  /** Every flag, removed and expired ones included, with `active` worked out against today in Europe/London. */
  flags(loaders: RequestLoaders) {
    return loaders.get<string, ChildFlagModel[]>('childFlags', async (ids) => {
      const rows: Keyed<ChildFlagModel>[] = await this.dataSource.query(
        `SELECT f.child_id AS "childId", f.id, f.label, f.reason, f.expires_on::text AS "expiresOn", f.set_at AS "setAt",
                u.display_name AS "setBy", a.name AS "agencyName", f.removed_at AS "removedAt", f.removal_reason AS "removalReason",
                (f.removed_at IS NULL AND (f.expires_on IS NULL OR f.expires_on > (now() AT TIME ZONE 'Europe/London')::date)) AS active
         FROM child_flag f
         LEFT JOIN user_account u ON u.id = f.set_by_user_id
         LEFT JOIN agency a ON a.id = f.set_by_agency_id
         WHERE f.child_id = ANY($1) ORDER BY f.set_at DESC, f.id`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.childId, ({ childId: _childId, ...flag }) => flag);
    });
  }

  involvements(loaders: RequestLoaders) {
    return loaders.get<string, ChildInvolvementModel[]>('childInvolvements', async (ids) => {
      const rows: Keyed<ChildInvolvementModel>[] = await this.dataSource.query(
        `SELECT i.child_id AS "childId", i.agency_id AS "agencyId", i.kind, i.reason, i.created_at AS since
         FROM child_involvement i JOIN agency a ON a.id = i.agency_id
         WHERE i.child_id = ANY($1) ORDER BY i.created_at, a.name, i.kind`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.childId, ({ childId: _childId, ...involvement }) => involvement);
    });
  }

  /** The whole timeline of each child, newest first: one UNION over every chronology source. */
  chronology(loaders: RequestLoaders) {
    return loaders.get<string, ChronologyEntryModel[]>('childChronology', async (ids) => {
      const rows: (ChronologyEntryModel & { child_id: string; agency_name: string | null })[] = await this.dataSource.query(
        chronologySql(),
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.child_id, (row) => ({
        id: row.id,
        at: row.at,
        kind: row.kind,
        summary: row.summary,
        detail: row.detail,
        by: row.by,
        agencyName: row.agency_name,
      }));
    });
  }

  /** User accounts by id, for records that name who acted (break-glass openings). */
  user(loaders: RequestLoaders) {
    return loaders.get<string, UserAccountEntity | null>('childUserById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(UserAccountEntity).findBy({ id: In([...ids]) }), (u) => u.id),
    );
  }
}
