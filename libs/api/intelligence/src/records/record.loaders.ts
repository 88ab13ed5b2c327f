import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { byKeys, RequestLoaders } from '@mace/api-core';
import { DataSource } from 'typeorm';

/** Batched relations of police records: one query per relation per request, whatever the page size. */
@Injectable()
export class RecordLoaders {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** How many links have the record at either end (ids are unique across kinds, so the id alone keys it). */
  linkCount(loaders: RequestLoaders) {
    return loaders.get<string, number>('recordLinkCount', async (ids) => {
      const rows: { id: string; count: number }[] = await this.dataSource.query(
        `SELECT id, count(*)::int AS count FROM (
           SELECT from_id AS id FROM link WHERE from_id = ANY($1::uuid[])
           UNION ALL SELECT to_id AS id FROM link WHERE to_id = ANY($1::uuid[])) ends
         GROUP BY id`,
        [[...ids]],
      );
      return byKeys(ids, rows, (row) => row.id).map((row) => row?.count ?? 0);
    });
  }
}
