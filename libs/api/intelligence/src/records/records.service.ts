import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, BadUserInputError, Connection, decodeCursor, NotFoundError, toConnection, updateVersioned } from '@mace/api-core';
import { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType, IdentifierKind, LocationType } from '@mace/shared-domain';
import { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { LocationEntity } from '../entities/location.entity';
import { NetworkEntity } from '../entities/network.entity';
import { OnlineIdentifierEntity } from '../entities/online-identifier.entity';
import { PersonOfConcernEntity } from '../entities/person-of-concern.entity';
import { VehicleEntity } from '../entities/vehicle.entity';
import {
  identifierProblem,
  normaliseHandle,
  normaliseIdentifier,
  normalisePhone,
  normalisePostcode,
  normaliseRegistration,
  registrationProblem,
} from '../normalise/normalise';
import { assertOwnDistrict, likePattern } from './record-access';
import {
  CreateIdentifierInput,
  CreateLocationInput,
  CreateNetworkInput,
  CreatePersonInput,
  CreateVehicleInput,
  RecordsArgs,
  UpdateLocationInput,
  UpdateNetworkInput,
  UpdatePersonInput,
} from './record.inputs';

/** How one kind of record is listed, searched and audited. */
interface RecordSpec<E extends ObjectLiteral> {
  entity: EntityTarget<E>;
  what: string;
  subject: AuditSubjectType;
  /** Persons, locations and networks belong to a district; vehicles and identifiers are force-wide. */
  districted: boolean;
  order: string[];
  /** The WHERE clause (alias r) for a search term; null when the term cannot match this kind. */
  search: (term: string) => { where: string; params: Record<string, unknown> } | null;
}

const PERSON: RecordSpec<PersonOfConcernEntity> = {
  entity: PersonOfConcernEntity,
  what: 'Person',
  subject: AuditSubjectType.PERSON,
  districted: true,
  order: ['r.family_name', 'r.given_name', 'r.id'],
  search: (term) => ({
    where: `((r.given_name || ' ' || r.family_name) ILIKE :like OR EXISTS (SELECT 1 FROM unnest(r.aliases) alias WHERE alias ILIKE :like))`,
    params: { like: likePattern(term) },
  }),
};

const LOCATION: RecordSpec<LocationEntity> = {
  entity: LocationEntity,
  what: 'Location',
  subject: AuditSubjectType.LOCATION,
  districted: true,
  order: ['r.name', 'r.id'],
  search: (term) => {
    const postcode = normalisePostcode(term);
    return {
      where: `(r.name ILIKE :like OR r.address ILIKE :like${postcode ? ' OR r.postcode_normalised LIKE :postcode' : ''})`,
      params: { like: likePattern(term), postcode: likePattern(postcode) },
    };
  },
};

const VEHICLE: RecordSpec<VehicleEntity> = {
  entity: VehicleEntity,
  what: 'Vehicle',
  subject: AuditSubjectType.VEHICLE,
  districted: false,
  order: ['r.registration_normalised', 'r.id'],
  search: (term) => {
    const registration = normaliseRegistration(term);
    return registration ? { where: 'r.registration_normalised LIKE :registration', params: { registration: likePattern(registration) } } : null;
  },
};

const IDENTIFIER: RecordSpec<OnlineIdentifierEntity> = {
  entity: OnlineIdentifierEntity,
  what: 'Identifier',
  subject: AuditSubjectType.IDENTIFIER,
  districted: false,
  order: ['r.value_normalised', 'r.id'],
  search: (term) => {
    const handle = normaliseHandle(term);
    const phone = normalisePhone(term);
    if (!handle && !phone) return null;
    return {
      where: `(r.value_normalised LIKE :handle${phone ? ' OR r.value_normalised = :phone' : ''})`,
      params: { handle: likePattern(handle), phone },
    };
  },
};

const NETWORK: RecordSpec<NetworkEntity> = {
  entity: NetworkEntity,
  what: 'Network',
  subject: AuditSubjectType.NETWORK,
  districted: true,
  order: ['r.name', 'r.id'],
  search: (term) => ({ where: 'r.name ILIKE :like', params: { like: likePattern(term) } }),
};

export const RECORD_SPECS = { PERSON, LOCATION, VEHICLE, IDENTIFIER, NETWORK };

const MAKESAFE_HOTELS_ONLY = 'Op Makesafe applies to hotels only';

/**
 * Police records: persons of concern, locations, vehicles, online identifiers and networks. Reads
 * and writes are for police with LINKS_READ / LINKS_MANAGE (the resolvers' guard); district records
 * only in the caller's districts. Every read is a CONSULTATION, every write one transaction with its
 * COLLECTION or ALTERATION event.
 */
@Injectable()
export class RecordsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  list<E extends ObjectLiteral & { id: string }>(actor: Actor, spec: RecordSpec<E>, args: RecordsArgs, requestId: string): Promise<Connection<E>> {
    const offset = decodeCursor(args.after);
    return this.dataSource.transaction(async (manager) => {
      const query = manager.getRepository(spec.entity).createQueryBuilder('r');
      if (spec.districted) {
        const districts = args.filter?.districtId ? actor.districtIds.filter((d) => d === args.filter?.districtId) : [...actor.districtIds];
        query.where('r.district_id = ANY(:districts)', { districts });
      }
      const term = args.filter?.search;
      if (term) {
        const search = spec.search(term);
        if (!search) return toConnection<E>([], 0, offset);
        query.andWhere(search.where, search.params);
      }
      spec.order.forEach((column, index) => (index === 0 ? query.orderBy(column) : query.addOrderBy(column)));
      const [rows, total] = await query.skip(offset).take(args.first).getManyAndCount();
      await this.consulted(manager, actor, spec, rows.map((row) => row.id), requestId);
      return toConnection(rows, total, offset);
    });
  }

  get<E extends ObjectLiteral & { id: string }>(actor: Actor, spec: RecordSpec<E>, id: string, requestId: string): Promise<E> {
    return this.dataSource.transaction(async (manager) => {
      const row = await this.visibleRow(manager, actor, spec, id);
      await this.consulted(manager, actor, spec, [row.id], requestId);
      return row;
    });
  }

  createPerson(actor: Actor, input: CreatePersonInput, requestId: string): Promise<PersonOfConcernEntity> {
    assertOwnDistrict(actor, input.districtId, 'District');
    return this.dataSource.transaction(async (manager) => {
      const { id } = await manager.getRepository(PersonOfConcernEntity).save({
        districtId: input.districtId,
        givenName: input.givenName,
        familyName: input.familyName,
        aliases: uniqueTexts(input.aliases),
        dateOfBirth: input.dateOfBirth ?? null,
        riskMarkers: input.riskMarkers,
        ocgNominal: input.ocgNominal,
        description: input.description ?? null,
        createdByUserId: actor.userId,
      });
      await this.written(manager, actor, PERSON, id, AuditOperation.COLLECTION, 'person recorded', requestId);
      return manager.getRepository(PersonOfConcernEntity).findOneByOrFail({ id });
    });
  }

  updatePerson(actor: Actor, input: UpdatePersonInput, requestId: string): Promise<PersonOfConcernEntity> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      await this.visibleRow(manager, actor, PERSON, id);
      const changes = definedOnly({ ...fields, aliases: fields.aliases && uniqueTexts(fields.aliases) });
      return this.applyUpdate(manager, actor, PERSON, id, version, changes, requestId);
    });
  }

  createLocation(actor: Actor, input: CreateLocationInput, requestId: string): Promise<LocationEntity> {
    assertOwnDistrict(actor, input.districtId, 'District');
    if (input.type !== LocationType.HOTEL) makesafeOnlyForHotels(input);
    return this.dataSource.transaction(async (manager) => {
      const { id } = await manager.getRepository(LocationEntity).save({
        districtId: input.districtId,
        type: input.type,
        name: input.name,
        address: input.address ?? null,
        postcode: input.postcode ?? null,
        postcodeNormalised: input.postcode ? normalisePostcode(input.postcode) : null,
        makesafeStatus: input.makesafeStatus ?? null,
        makesafeCheckedOn: input.makesafeCheckedOn ?? null,
        createdByUserId: actor.userId,
      });
      await this.written(manager, actor, LOCATION, id, AuditOperation.COLLECTION, 'location recorded', requestId);
      return manager.getRepository(LocationEntity).findOneByOrFail({ id });
    });
  }

  updateLocation(actor: Actor, input: UpdateLocationInput, requestId: string): Promise<LocationEntity> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      const location = await this.visibleRow(manager, actor, LOCATION, id);
      if (location.type !== LocationType.HOTEL) makesafeOnlyForHotels(fields);
      const changes = definedOnly({
        ...fields,
        postcodeNormalised: fields.postcode === undefined ? undefined : fields.postcode && normalisePostcode(fields.postcode),
      });
      return this.applyUpdate(manager, actor, LOCATION, id, version, changes, requestId);
    });
  }

  /**
   * Find-or-create by normalised registration. The insert yields to the unique constraint, so two
   * people recording one car at once get one row; finding an existing vehicle is a CONSULTATION.
   */
  createVehicle(actor: Actor, input: CreateVehicleInput, requestId: string): Promise<VehicleEntity> {
    const problem = registrationProblem(input.registration);
    if (problem) throw new BadUserInputError({ registration: problem });
    const registrationNormalised = normaliseRegistration(input.registration);
    return this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO vehicle (registration, registration_normalised, make, model, colour, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (registration_normalised) DO NOTHING RETURNING id`,
        [input.registration.trim(), registrationNormalised, input.make ?? null, input.model ?? null, input.colour ?? null, actor.userId],
      );
      const vehicle = await manager.getRepository(VehicleEntity).findOneByOrFail({ registrationNormalised });
      if (inserted.length) await this.written(manager, actor, VEHICLE, vehicle.id, AuditOperation.COLLECTION, 'vehicle recorded', requestId);
      else await this.consulted(manager, actor, VEHICLE, [vehicle.id], requestId, 'found by registration');
      return vehicle;
    });
  }

  /** Find-or-create by kind, platform and normalised value, as createVehicle. */
  createIdentifier(actor: Actor, input: CreateIdentifierInput, requestId: string): Promise<OnlineIdentifierEntity> {
    const problems: Record<string, string> = {};
    const valueProblem = identifierProblem(input.kind, input.value);
    if (valueProblem) problems['value'] = valueProblem;
    const platform = input.platform ?? null;
    if (input.kind === IdentifierKind.HANDLE && !platform) problems['platform'] = 'Choose the platform of the handle';
    if (input.kind !== IdentifierKind.HANDLE && platform) problems['platform'] = 'Only handles have a platform';
    if (Object.keys(problems).length) throw new BadUserInputError(problems);
    const valueNormalised = normaliseIdentifier(input.kind, input.value) as string;
    return this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager.query(
        `INSERT INTO online_identifier (kind, platform, value, value_normalised, created_by_user_id)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
        [input.kind, platform, input.value.trim(), valueNormalised, actor.userId],
      );
      const [found]: { id: string }[] = await manager.query(
        `SELECT id FROM online_identifier WHERE kind = $1 AND coalesce(platform, '') = coalesce($2, '') AND value_normalised = $3`,
        [input.kind, platform, valueNormalised],
      );
      if (inserted.length) await this.written(manager, actor, IDENTIFIER, found.id, AuditOperation.COLLECTION, 'identifier recorded', requestId);
      else await this.consulted(manager, actor, IDENTIFIER, [found.id], requestId, 'found by value');
      return manager.getRepository(OnlineIdentifierEntity).findOneByOrFail({ id: found.id });
    });
  }

  createNetwork(actor: Actor, input: CreateNetworkInput, requestId: string): Promise<NetworkEntity> {
    assertOwnDistrict(actor, input.districtId, 'District');
    return this.dataSource.transaction(async (manager) => {
      const { id } = await manager.getRepository(NetworkEntity).save({
        districtId: input.districtId,
        name: input.name,
        model: input.model,
        status: input.status,
        groupBasedCse: input.groupBasedCse,
        description: input.description ?? null,
        createdByUserId: actor.userId,
      });
      await this.written(manager, actor, NETWORK, id, AuditOperation.COLLECTION, 'network recorded', requestId);
      return manager.getRepository(NetworkEntity).findOneByOrFail({ id });
    });
  }

  updateNetwork(actor: Actor, input: UpdateNetworkInput, requestId: string): Promise<NetworkEntity> {
    const { id, version, ...fields } = input;
    return this.dataSource.transaction(async (manager) => {
      await this.visibleRow(manager, actor, NETWORK, id);
      return this.applyUpdate(manager, actor, NETWORK, id, version, definedOnly(fields), requestId);
    });
  }

  /** The row, if it exists and the caller may see it; NOT_FOUND otherwise (the same answer for both). */
  private async visibleRow<E extends ObjectLiteral & { id: string }>(manager: EntityManager, actor: Actor, spec: RecordSpec<E>, id: string): Promise<E> {
    const row = await manager.getRepository(spec.entity).findOneBy({ id } as never);
    if (!row) throw new NotFoundError(spec.what);
    if (spec.districted) assertOwnDistrict(actor, (row as unknown as { districtId: string }).districtId, spec.what);
    return row;
  }

  private async applyUpdate<E extends ObjectLiteral & { id: string }>(
    manager: EntityManager,
    actor: Actor,
    spec: RecordSpec<E>,
    id: string,
    version: number,
    changes: Record<string, unknown>,
    requestId: string,
  ): Promise<E> {
    const changed = Object.keys(changes).filter((key) => key !== 'postcodeNormalised');
    if (changed.length === 0) throw new BadUserInputError({ id: 'Change at least one field' });
    await updateVersioned(manager, spec.entity, spec.what, id, version, changes);
    await this.written(manager, actor, spec, id, AuditOperation.ALTERATION, `changed: ${changed.join(', ')}`, requestId);
    return manager.getRepository(spec.entity).findOneByOrFail({ id } as never);
  }

  private written<E extends ObjectLiteral>(
    manager: EntityManager,
    actor: Actor,
    spec: RecordSpec<E>,
    id: string,
    operation: AuditOperation,
    justification: string,
    requestId: string,
  ): Promise<void> {
    return this.audit.record(manager, { operation, actor, requestId, subjectType: spec.subject, subjectIds: [id], justification });
  }

  private async consulted<E extends ObjectLiteral>(
    manager: EntityManager,
    actor: Actor,
    spec: RecordSpec<E>,
    ids: string[],
    requestId: string,
    justification = 'police records of the district',
  ): Promise<void> {
    if (ids.length === 0) return;
    await this.audit.record(manager, {
      operation: AuditOperation.CONSULTATION,
      actor,
      requestId,
      subjectType: spec.subject,
      subjectIds: ids,
      justification,
    });
  }
}

function makesafeOnlyForHotels(fields: { makesafeStatus?: unknown; makesafeCheckedOn?: unknown }): void {
  const problems: Record<string, string> = {};
  if (fields.makesafeStatus != null) problems['makesafeStatus'] = MAKESAFE_HOTELS_ONLY;
  if (fields.makesafeCheckedOn != null) problems['makesafeCheckedOn'] = MAKESAFE_HOTELS_ONLY;
  if (Object.keys(problems).length) throw new BadUserInputError(problems);
}

/** Drop the fields left out of an update (undefined); null stays, to clear an optional field. */
function definedOnly(fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
}

/** Each alias once, whatever its case. */
function uniqueTexts(values: readonly string[]): string[] {
  const seen = new Set<string>();
  return values.filter((value) => {
    const key = value.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
