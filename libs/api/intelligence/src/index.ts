export * from './entities';
export * from './intelligence.module';
