export * from './demo-organisations';
export * from './demo-seed';
export * from './demo-children';
export * from './demo-children-seed';
export * from './demo-actions';
export * from './demo-actions-seed';
