import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ChildAccessService } from './access/child-access.service';
import { BreakGlassResolver } from './break-glass/break-glass.resolver';
import { BreakGlassService } from './break-glass/break-glass.service';
import { ChildChangesService } from './child/child-changes.service';
import { ChildFieldsResolver } from './child/child-fields.resolver';
import { ChildInvolvementFieldsResolver } from './child/child-involvement-fields.resolver';
import { ChildLoaders } from './child/child.loaders';
import { ChildrenResolver } from './child/children.resolver';
import { ChildrenService } from './child/children.service';
import { BreakGlassAccessEntity } from './entities/break-glass-access.entity';
import { ChildAliasEntity } from './entities/child-alias.entity';
import { ChildFlagEntity } from './entities/child-flag.entity';
import { ChildInvolvementEntity } from './entities/child-involvement.entity';
import { ChildRiskEntity } from './entities/child-risk.entity';
import { ChildStatusChangeEntity } from './entities/child-status-change.entity';
import { ChildEntity } from './entities/child.entity';
import { ReferralEntity } from './entities/referral.entity';
import { ScreeningToolEntity } from './entities/screening-tool.entity';
import { ChildHistoryService } from './history/child-history.service';
import { ChildSearchResolver } from './search/child-search.resolver';
import { ChildSearchService } from './search/child-search.service';
import { ChildStatisticsResolver } from './statistics/child-statistics.resolver';
import { ChildStatisticsService } from './statistics/child-statistics.service';
import { ChildReferralsResolver } from './referral/child-referrals.resolver';
import { ReferralLoaders } from './referral/referral.loaders';
import { ReferralResolver } from './referral/referral.resolver';
import { ReferralSubmissionService } from './referral/referral-submission.service';
import { ReferralTriageService } from './referral/referral-triage.service';
import { ReferralsService } from './referral/referrals.service';
import { ScreeningResolver } from './screening/screening.resolver';
import { ScreeningService } from './screening/screening.service';

/** Children at risk, need-to-know access to them, referrals, screening and triage. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ChildEntity,
      ChildAliasEntity,
      ChildRiskEntity,
      ChildStatusChangeEntity,
      ChildFlagEntity,
      ChildInvolvementEntity,
      BreakGlassAccessEntity,
      ScreeningToolEntity,
      ReferralEntity,
    ]),
  ],
  providers: [
    ChildAccessService,
    ChildHistoryService,
    ChildLoaders,
    ChildrenService,
    ChildChangesService,
    ChildrenResolver,
    ChildFieldsResolver,
    ChildInvolvementFieldsResolver,
    ChildSearchService,
    ChildSearchResolver,
    BreakGlassService,
    BreakGlassResolver,
    ChildStatisticsService,
    ChildStatisticsResolver,
    ScreeningService,
    ScreeningResolver,
    ReferralsService,
    ReferralSubmissionService,
    ReferralTriageService,
    ReferralLoaders,
    ReferralResolver,
    ChildReferralsResolver,
  ],
  exports: [ChildAccessService, ChildHistoryService, ChildLoaders, ChildrenService, ChildSearchService, ScreeningService],
})
export class ChildrenModule {}
