import { Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActionsModule } from '@mace/api-actions';
import { ChildrenModule } from '@mace/api-children';
import { MeetingAccessService } from './access/meeting-access.service';
import { AgendaBuilderService } from './agenda/agenda-builder.service';
import { AgendaEditsService } from './agenda/agenda-edits.service';
import { AgendaItemFieldsResolver } from './agenda/agenda-item-fields.resolver';
import { AgendaItemViews } from './agenda/agenda-item-views.service';
import { AgendaLockService } from './agenda/agenda-lock.service';
import { AgendaShareService } from './agenda/agenda-share.service';
import { AgendaLoaders } from './agenda/agenda.loaders';
import { AgendaResolver } from './agenda/agenda.resolver';
import { MeetingAgendaResolver } from './agenda/meeting-agenda.resolver';
import { BUILT_IN_AGENDA_RULES } from './agenda/rules';
import { AgendaRuleRegistry } from './agenda/rules/agenda-rule-registry';
import { AgendaItemUpdateFieldsResolver } from './agenda/updates/agenda-item-update-fields.resolver';
import { AgendaItemUpdatesService } from './agenda/updates/agenda-item-updates.service';
import { MEETING_ENTITIES } from './entities';
import { MeetingEventsService } from './events/meeting-events.service';
import { MeetingFieldsResolver } from './meeting/meeting-fields.resolver';
import { MeetingScheduleService } from './meeting/meeting-schedule.service';
import { MeetingLoaders } from './meeting/meeting.loaders';
import { MeetingsResolver } from './meeting/meetings.resolver';
import { MeetingsService } from './meeting/meetings.service';
import { MeetingTypeLoaders } from './meeting-type/meeting-type.loaders';
import { MeetingTypesResolver } from './meeting-type/meeting-types.resolver';
import { MeetingTypesService } from './meeting-type/meeting-types.service';
import { AgendaSubjectLabels } from './agenda/agenda-subject-labels';
import { MINUTES_PROVIDERS } from './minutes/minutes.providers';
import { MeetingDocumentsController } from './packs/meeting-documents.controller';
import { PACK_PROVIDERS } from './packs/packs.providers';
import { RedisMeetingEvents } from './events/redis-meeting-events';
import { LIVE_PROVIDERS } from './live/live.providers';

/**
 * Meetings: types and schedules (meeting-type/, meeting/), rule-built agendas and pre-meeting
 * updates (agenda/), the live meeting (live/), minutes and agency packs (minutes/).
 */
@Module({
  imports: [TypeOrmModule.forFeature(MEETING_ENTITIES), DiscoveryModule, ChildrenModule, ActionsModule],
  controllers: [MeetingDocumentsController],
  providers: [
    MeetingAccessService,
    MeetingEventsService,
    // meeting types and schedules
    MeetingTypesService,
    MeetingTypeLoaders,
    MeetingTypesResolver,
    MeetingsService,
    MeetingScheduleService,
    MeetingLoaders,
    MeetingsResolver,
    MeetingFieldsResolver,
    // agenda
    AgendaRuleRegistry,
    ...BUILT_IN_AGENDA_RULES,
    AgendaBuilderService,
    AgendaEditsService,
    AgendaLockService,
    AgendaShareService,
    AgendaItemUpdatesService,
    AgendaItemViews,
    AgendaLoaders,
    AgendaResolver,
    MeetingAgendaResolver,
    AgendaItemFieldsResolver,
    AgendaSubjectLabels,
    AgendaItemUpdateFieldsResolver,
    // minutes and agency packs
    ...MINUTES_PROVIDERS,
    ...PACK_PROVIDERS,
    // the live meeting and its events (Redis when REDIS_URL is set)
    RedisMeetingEvents,
    ...LIVE_PROVIDERS,
  ],
  exports: [MeetingAccessService, MeetingEventsService, MeetingLoaders, MeetingTypeLoaders, AgendaItemViews, AgendaLoaders],
})
export class MeetingsModule {}
