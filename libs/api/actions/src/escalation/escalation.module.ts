import { Module } from '@nestjs/common';
import { EscalationSchedulerService } from './escalation-scheduler.service';
import { EscalationService } from './escalation.service';

/**
 * The overdue-and-escalation job and its timer. Needs ScheduleModule.forRoot() in the app (for
 * SchedulerRegistry) and the global NotificationsModule.
 */
@Module({
  providers: [EscalationService, EscalationSchedulerService],
  exports: [EscalationService, EscalationSchedulerService],
})
export class EscalationModule {}
