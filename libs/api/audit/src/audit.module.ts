import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { AuditEventsResolver } from './audit-events.resolver';
import { AuditService } from './audit.service';

/** Global: every domain writes audit events, and none should forget to import it. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEventEntity])],
  providers: [AuditService, AuditEventsResolver],
  exports: [AuditService],
})
export class AuditModule {}
