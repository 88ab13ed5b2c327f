export * from './entities';
export * from './intelligence.module';
export * from './refs/entity-ref.model';
export * from './refs/entity-refs.service';
export * from './normalise/normalise';
