import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, Connection, decodeCursor, NotFoundError, toConnection } from '@mace/api-core';
import { MeetingStatus } from '@mace/shared-domain';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { MeetingAccessService, MeetingGrant } from '../access/meeting-access.service';
import { MeetingScope } from '../access/meeting-scope';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingFilterInput, MeetingWhen } from './meeting.inputs';
import { MeetingsArgs } from './meetings.args';

const FINISHED = [MeetingStatus.CLOSED, MeetingStatus.CANCELLED];

/** Reading meetings: a page of those the caller may list, or one they may open. */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: MeetingAccessService,
  ) {}

  /** One meeting with the caller's grant; missing and out of scope are the same NOT_FOUND. */
  async get(actor: Actor, id: string): Promise<{ meeting: MeetingEntity; grant: MeetingGrant }> {
    const grant = (await this.access.readable(actor, [id])).get(id);
    const meeting = grant ? await this.dataSource.getRepository(MeetingEntity).findOneBy({ id }) : null;
    if (!grant || !meeting) throw new NotFoundError('Meeting');
    return { meeting, grant };
  }

  /** The scope is a required argument: an unscoped meeting list does not compile. */
  async list(scope: MeetingScope, args: MeetingsArgs): Promise<{ page: Connection<MeetingEntity>; grants: Map<string, MeetingGrant> }> {
    const offset = decodeCursor(args.after);
    const query = filtered(
      this.dataSource.getRepository(MeetingEntity).createQueryBuilder('m').where(scope.where, scope.params),
      args.filter,
    );
    const total = await query.getCount();
    const rows = await ordered(query, args.filter?.when ?? MeetingWhen.ALL).offset(offset).limit(args.first).getMany();
    const grants = await this.access.readable(scope.actor, rows.map((row) => row.id));
    // The scope lists exactly the readable meetings; a row without a grant would be a scope bug, so it is dropped.
    return { page: toConnection(rows.filter((row) => grants.has(row.id)), total, offset), grants };
  }
}

function filtered(query: SelectQueryBuilder<MeetingEntity>, filter: MeetingFilterInput | undefined): SelectQueryBuilder<MeetingEntity> {
  if (!filter) return query;
  if (filter.districtId) query.andWhere('m.district_id = :fDistrict', { fDistrict: filter.districtId });
  if (filter.meetingTypeId) query.andWhere('m.meeting_type_id = :fType', { fType: filter.meetingTypeId });
  if (filter.kind) {
    query.andWhere('EXISTS (SELECT 1 FROM meeting_type ft WHERE ft.id = m.meeting_type_id AND ft.kind = :fKind)', { fKind: filter.kind });
  }
  if (filter.status?.length) query.andWhere('m.status IN (:...fStatus)', { fStatus: filter.status });
  if (filter.from) query.andWhere('m.starts_at >= :fFrom', { fFrom: filter.from });
  if (filter.to) query.andWhere('m.starts_at < :fTo', { fTo: filter.to });
  if (filter.when === MeetingWhen.UPCOMING) query.andWhere('m.status NOT IN (:...fFinished)', { fFinished: FINISHED });
  if (filter.when === MeetingWhen.PAST) query.andWhere('(m.status = :fClosed OR m.starts_at < now())', { fClosed: MeetingStatus.CLOSED });
  return query;
}

/** Upcoming: soonest first; past: latest first; all: by start. The id keeps pages stable. */
function ordered(query: SelectQueryBuilder<MeetingEntity>, when: MeetingWhen): SelectQueryBuilder<MeetingEntity> {
  const direction = when === MeetingWhen.PAST ? 'DESC' : 'ASC';
  return query.orderBy('m.starts_at', direction).addOrderBy('m.id', 'ASC');
}
