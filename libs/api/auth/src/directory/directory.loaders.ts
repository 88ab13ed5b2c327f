import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, groupByKeys, RequestLoaders } from '@mace/api-core';
import { DataSource, In } from 'typeorm';
import { AgencyEntity } from '../entities/agency.entity';
import { DistrictEntity } from '../entities/district.entity';

/** Batched lookups for the directory relations, one query per relation per request. */
@Injectable()
export class DirectoryLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  agency(loaders: RequestLoaders) {
    return loaders.get<string, AgencyEntity | null>('agencyById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(AgencyEntity).findBy({ id: In([...ids]) }), (a) => a.id),
    );
  }

  district(loaders: RequestLoaders) {
    return loaders.get<string, DistrictEntity | null>('districtById', async (ids) =>
      byKeys(ids, await this.dataSource.getRepository(DistrictEntity).findBy({ id: In([...ids]) }), (d) => d.id),
    );
  }

  districtsOfUser(loaders: RequestLoaders) {
    return loaders.get<string, DistrictEntity[]>('districtsByUser', async (userIds) => {
      const rows: (DistrictEntity & { userId: string })[] = await this.dataSource.query(
        `SELECT ud.user_id AS "userId", d.id, d.name FROM user_district ud JOIN district d ON d.id = ud.district_id
         WHERE ud.user_id = ANY($1) ORDER BY d.name`,
        [[...userIds]],
      );
      return groupByKeys(userIds, rows, (row) => row.userId, ({ id, name }) => ({ id, name }) as DistrictEntity);
    });
  }
}
