import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { ConflictError, NotFoundError } from '../errors/app-errors';

/**
 * Optimistic concurrency: apply `changes` only if the row still has the version the caller read,
 * and bump it. A stale version is a CONFLICT, never a silent overwrite.
 */
export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  what: string,
  id: string,
  expectedVersion: number,
  changes: Record<string, unknown>,
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
    .where('id = :id AND version = :version', { id, version: expectedVersion })
    .execute();
  if (result.affected === 1) return;
  const exists = await manager.getRepository(entity).exists({ where: { id } as never });
  throw exists ? new ConflictError() : new NotFoundError(what);
}
