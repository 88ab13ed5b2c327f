import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, groupByKeys, RequestLoaders } from '@mace/api-core';
import { AgencyModel } from '@mace/api-auth';
import { DataSource, In } from 'typeorm';
import { MeetingTypeEntity } from '../entities/meeting-type.entity';

/** Meeting types and their core members, one query per relation per request. */
@Injectable()
export class MeetingTypeLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  type(loaders: RequestLoaders) {
    return loaders.get<string, MeetingTypeEntity | null>('meetingTypeById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(MeetingTypeEntity).findBy({ id: In([...ids]) }), (type) => type.id),
    );
  }

  /** Core member agencies of each type, by name. */
  coreAgencies(loaders: RequestLoaders) {
    return loaders.get<string, AgencyModel[]>('meetingTypeCoreAgencies', async (ids) => {
      const rows: (AgencyModel & { typeId: string })[] = await this.dataSource.query(
        `SELECT tm.meeting_type_id AS "typeId", a.id, a.name, a.kind, a.district_id AS "districtId", a.active, a.version
         FROM meeting_type_member tm JOIN agency a ON a.id = tm.agency_id
         WHERE tm.meeting_type_id = ANY($1) ORDER BY a.name, a.id`,
        [[...ids]],
      );
      return groupByKeys(ids, rows, (row) => row.typeId, ({ typeId: _typeId, ...agency }) => agency);
    });
  }
}
