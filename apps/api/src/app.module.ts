import { DynamicModule, Module } from '@nestjs/common';
import { ScheduleModule } from '@nestjs/schedule';
import { AuditModule } from '@mace/api-audit';
import { AuthModule } from '@mace/api-auth';
import { ActionsModule, EscalationModule } from '@mace/api-actions';
import { ChildrenModule } from '@mace/api-children';
import { CoreModule, CoreModuleOptions } from '@mace/api-core';
import { IntelligenceModule } from '@mace/api-intelligence';
import { MeetingsModule } from '@mace/api-meetings';
import { NotificationsModule } from '@mace/api-notifications';
import { OrganisationsModule } from '@mace/api-organisations';

@Module({})
export class AppModule {
  static forRoot(options: CoreModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(options),
        // Timers for background jobs; cleared on shutdown, so tests and rolling restarts end cleanly.
        ScheduleModule.forRoot(),
        AuditModule,
        AuthModule,
        OrganisationsModule,
        NotificationsModule,
        ChildrenModule,
        ActionsModule,
        EscalationModule,
        MeetingsModule,
        IntelligenceModule,
      ],
    };
  }
}
