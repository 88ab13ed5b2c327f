import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChildrenModule } from '@mace/api-children';
import { NotificationsModule } from '@mace/api-notifications';
import { INTELLIGENCE_ENTITIES } from './entities';
import { INTELLIGENCE_AGENDA_PROVIDERS } from './agenda-rules';
import { ANALYSIS_PROVIDERS } from './analysis';
import { EntityRefsService } from './refs/entity-refs.service';
import { IntelligenceService } from './intelligence/intelligence.service';
import { INTELLIGENCE_PROVIDERS } from './intelligence/intelligence.providers';
import { RECORDS_PROVIDERS } from './records/records.providers';

/**
 * Intelligence and links for the police SPOC: records (persons/, locations/, vehicles/,
 * identifiers/, networks/), links (links/), graded intelligence (intelligence/), analysis
 * (analysis/: link graph, searches, briefing) and the agenda rules it adds to meetings (agenda-rules/).
 */
@Module({
  imports: [TypeOrmModule.forFeature(INTELLIGENCE_ENTITIES), ChildrenModule, NotificationsModule],
  providers: [EntityRefsService, ...RECORDS_PROVIDERS, ...INTELLIGENCE_PROVIDERS, ...ANALYSIS_PROVIDERS, ...INTELLIGENCE_AGENDA_PROVIDERS],
  exports: [EntityRefsService, IntelligenceService],
})
export class IntelligenceModule {}
