export * from './access/action-access.service';
export * from './actions.module';
export * from './entities/action-update.entity';
export * from './entities/action.entity';
export * from './escalation/escalation-scheduler.service';
export * from './escalation/escalation.module';
export * from './escalation/escalation.service';
