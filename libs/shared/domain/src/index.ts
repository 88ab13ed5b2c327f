export * from './agency-kind';
export * from './audit-operation';
export * from './error-code';
export * from './permission';
export * from './role';
export * from './role-permissions';
