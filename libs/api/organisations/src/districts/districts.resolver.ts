import { Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { RequirePermission } from '@mace/api-core';
import { DistrictEntity, DistrictModel } from '@mace/api-auth';
import { Permission } from '@mace/shared-domain';
import { DataSource } from 'typeorm';

@Resolver(() => DistrictModel)
export class DistrictsResolver {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @RequirePermission(Permission.DIRECTORY_READ)
  @Query(() => [DistrictModel], { description: 'Every district, by name' })
  districts(): Promise<DistrictModel[]> {
    return this.dataSource.getRepository(DistrictEntity).find({ order: { name: 'ASC' } });
  }
}
