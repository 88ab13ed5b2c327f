export * from './database/test-database';
export * from './child-factories';
export * from './factories';
export * from './graphql-test-client';
export * from './query-counter';
export * from './test-app';
export * from './test-sessions';
export * from './referral-factories';
