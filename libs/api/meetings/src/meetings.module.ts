import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionsModule } from '@mace/api-actions';
import { ChildrenModule } from '@mace/api-children';
import { MeetingAccessService } from './access/meeting-access.service';
import { MEETING_ENTITIES } from './entities';
import { MeetingEventsService } from './events/meeting-events.service';
import { RedisMeetingEvents } from './events/redis-meeting-events';
import { LIVE_PROVIDERS } from './live/live.providers';

/**
 * Meetings: types and schedules (meeting-type/, meeting/), rule-built agendas and pre-meeting
 * updates (agenda/), the live meeting (live/), minutes and agency packs (minutes/).
 */
@Module({
  imports: [TypeOrmModule.forFeature(MEETING_ENTITIES), ChildrenModule, ActionsModule],
  providers: [MeetingAccessService, MeetingEventsService, RedisMeetingEvents, ...LIVE_PROVIDERS],
  exports: [MeetingAccessService, MeetingEventsService],
})
export class MeetingsModule {}
