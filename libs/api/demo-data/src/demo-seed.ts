import { AgencyEntity, DistrictEntity, PasswordService, UserAccountEntity, UserDistrictEntity } from '@mace/api-auth';
import { DataSource } from 'typeorm';
import { seedDemoActions } from './demo-actions-seed';
import { ReviewCadence, seedDemoChildren } from './demo-children-seed';
import { seedDemoIntelligence } from './demo-intelligence-seed';
import { seedDemoMeetings } from './demo-meetings-seed';
import { DEMO_AGENCIES, DEMO_CENTRAL_AGENCIES, DEMO_DISTRICTS, DEMO_USERS } from './demo-organisations';

/**
 * Load the demo partnership, its invented children, actions, meetings and intelligence picture into an empty database, in one transaction. Returns false (and
 * changes nothing) when the database already holds districts. The caller decides whether seeding
 * is allowed at all (never in production).
 */
export async function seedDemoData(
  dataSource: DataSource,
  passwords: PasswordService,
  demoPassword: string,
  cadence: ReviewCadence,
): Promise<boolean> {
  if ((await dataSource.getRepository(DistrictEntity).count()) > 0) return false;
  const passwordHash = await passwords.hash(demoPassword);
  await dataSource.transaction(async (manager) => {
    await manager.getRepository(DistrictEntity).insert([...DEMO_DISTRICTS]);
    await manager.getRepository(AgencyEntity).insert([...DEMO_AGENCIES, ...DEMO_CENTRAL_AGENCIES]);
    await manager
      .getRepository(UserAccountEntity)
      .insert(DEMO_USERS.map(({ districtIds: _districts, ...user }) => ({ ...user, passwordHash })));
    await manager
      .getRepository(UserDistrictEntity)
      .insert(DEMO_USERS.flatMap((user) => user.districtIds.map((districtId) => ({ userId: user.id, districtId }))));
    await seedDemoChildren(manager, cadence);
    await seedDemoActions(manager);
    await seedDemoMeetings(manager, cadence);
    await seedDemoIntelligence(manager, passwordHash);
  });
  return true;
}
