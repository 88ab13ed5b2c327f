import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, byKeys, RequestLoaders } from '@mace/api-core';
import { MeetingStatus } from '@mace/shared-domain';
import { DataSource, In } from 'typeorm';
import { MeetingAccessService, MeetingGrant } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingModel, toMeetingModel } from './meeting.model';

/** Per-request lookups around meetings; each is one query per batch, whatever the number of meetings. */
@Injectable()
export class MeetingLoaders {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
  ) {}

  /**
   * The caller's grant for each meeting (null: they may not open it). Queries that already asked
   * prime it, so field resolvers below them (the agenda) reuse the answer.
   */
  grant(loaders: RequestLoaders, actor: Actor) {
    return loaders.get<string, MeetingGrant | null>('meetingGrant', async (ids) => {
      const grants = await this.access.readable(actor, ids);
      return ids.map((id) => grants.get(id) ?? null);
    });
  }

  /** Prime the grant loader with answers a query already has. */
  primeGrants(loaders: RequestLoaders, actor: Actor, grants: Iterable<MeetingGrant>): void {
    const loader = this.grant(loaders, actor);
    for (const grant of grants) loader.prime(grant.meetingId, grant);
  }

  /** The latest earlier meeting of the same type that was not cancelled and the caller may open. */
  previous(loaders: RequestLoaders, actor: Actor) {
    return loaders.get<string, MeetingModel | null>('previousMeeting', async (ids) => {
      const scope = this.access.listScope(actor);
      const [sql, params] = this.dataSource.driver.escapeQueryWithParameters(
        `SELECT cur.id AS "currentId", prev.id AS "previousId"
         FROM meeting cur
         JOIN LATERAL (
           SELECT m.id FROM meeting m
           WHERE m.meeting_type_id = cur.meeting_type_id AND m.starts_at < cur.starts_at AND m.status <> :cancelled AND ${scope.where}
           ORDER BY m.starts_at DESC, m.id DESC LIMIT 1
         ) prev ON true
         WHERE cur.id IN (:...ids)`,
        { ...scope.params, ids: [...ids], cancelled: MeetingStatus.CANCELLED },
        {},
      );
      const pairs: { currentId: string; previousId: string }[] = await this.dataSource.query(sql, params);
      const previousIds = [...new Set(pairs.map((pair) => pair.previousId))];
      const [rows, grants] = previousIds.length
        ? await Promise.all([
            this.dataSource.getRepository(MeetingEntity).findBy({ id: In(previousIds) }),
            this.access.readable(actor, previousIds),
          ])
        : [[], new Map<string, MeetingGrant>()];
      this.primeGrants(loaders, actor, grants.values());
      const models = rows.filter((row) => grants.has(row.id)).map((row) => toMeetingModel(row, grants.get(row.id)!));
      const byId = new Map(models.map((model) => [model.id, model]));
      return byKeys(ids, pairs, (pair) => pair.currentId).map((pair) => (pair ? (byId.get(pair.previousId) ?? null) : null));
    });
  }
}
