import { randomBytes } from 'node:crypto';
import { AgencyEntity, DistrictEntity, PasswordService, UserAccountEntity, UserDistrictEntity } from '@mace/api-auth';
import { AgencyKind, Role } from '@mace/shared-domain';
import { DataSource } from 'typeorm';

/** Invented, unique test names: tests never depend on each other's records or on the demo seed. */
export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export const TEST_PASSWORD = 'correct-horse-battery-staple';

/** argon2 is slow on purpose; tests hash the shared test password once per file. */
let cachedHash: Promise<string> | undefined;
function testPasswordHash(): Promise<string> {
  cachedHash ??= new PasswordService().hash(TEST_PASSWORD);
  return cachedHash;
}

export async function createDistrict(dataSource: DataSource, name = `District ${uniqueSuffix()}`): Promise<DistrictEntity> {
  return dataSource.getRepository(DistrictEntity).save({ name });
}

export async function createAgency(
  dataSource: DataSource,
  options: { kind?: AgencyKind; districtId?: string | null; name?: string } = {},
): Promise<AgencyEntity> {
  return dataSource.getRepository(AgencyEntity).save({
    name: options.name ?? `Test Agency ${uniqueSuffix()}`,
    kind: options.kind ?? AgencyKind.CHILDRENS_SOCIAL_CARE,
    districtId: options.districtId ?? null,
  });
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  agencyId: string;
  districtIds: string[];
  roles: Role[];
}

export async function createUser(
  dataSource: DataSource,
  options: { roles: Role[]; agencyId: string; districtIds?: string[]; active?: boolean },
): Promise<TestUser> {
  const suffix = uniqueSuffix();
  const user = await dataSource.getRepository(UserAccountEntity).save({
    email: `user.${suffix}@example.test`,
    displayName: `Test User ${suffix}`,
    agencyId: options.agencyId,
    roles: options.roles,
    active: options.active ?? true,
    passwordHash: await testPasswordHash(),
  });
  const districtIds = options.districtIds ?? [];
  if (districtIds.length) {
    await dataSource.getRepository(UserDistrictEntity).insert(districtIds.map((districtId) => ({ userId: user.id, districtId })));
  }
  return { id: user.id, email: user.email, password: TEST_PASSWORD, agencyId: options.agencyId, districtIds, roles: options.roles };
}
