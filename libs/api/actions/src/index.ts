export * from './access/action-access.service';
export * from './actions.module';
export * from './entities/action-update.entity';
export * from './entities/action.entity';
export * from './overdue/overdue';
export * from './action/action.model';
export * from './action/status-rules';
