import { Entity, PrimaryColumn } from 'typeorm';

@Entity('user_district')
export class UserDistrictEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @PrimaryColumn({ name: 'district_id', type: 'uuid' })
  districtId: string;
}
