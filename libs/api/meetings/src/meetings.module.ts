import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionsModule } from '@mace/api-actions';
import { ChildrenModule } from '@mace/api-children';
import { MeetingAccessService } from './access/meeting-access.service';
import { MEETING_ENTITIES } from './entities';
import { MeetingEventsService } from './events/meeting-events.service';
import { MINUTES_PROVIDERS } from './minutes/minutes.providers';
import { MeetingDocumentsController } from './packs/meeting-documents.controller';
import { PACK_PROVIDERS } from './packs/packs.providers';

/**
 * Meetings: types and schedules (meeting-type/, meeting/), rule-built agendas and pre-meeting
 * updates (agenda/), the live meeting (live/), minutes and agency packs (minutes/).
 */
@Module({
  imports: [TypeOrmModule.forFeature(MEETING_ENTITIES), ChildrenModule, ActionsModule],
  controllers: [MeetingDocumentsController],
  providers: [MeetingAccessService, MeetingEventsService, ...MINUTES_PROVIDERS, ...PACK_PROVIDERS],
  exports: [MeetingAccessService, MeetingEventsService],
})
export class MeetingsModule {}
