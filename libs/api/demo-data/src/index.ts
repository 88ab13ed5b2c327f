export * from './demo-organisations';
export * from './demo-seed';
export * from './demo-children';
export * from './demo-children-seed';
