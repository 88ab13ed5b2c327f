import { AnalysisResolver } from './analysis.resolver';
import { DistrictBriefingService } from './district-briefing.service';
import { LinkGraphService } from './link-graph.service';
import { LinkedRecordsService } from './linked-records.service';
import { RecordSearchService } from './record-search.service';

/** The analysis providers, registered by IntelligenceModule. */
export const ANALYSIS_PROVIDERS = [AnalysisResolver, LinkGraphService, RecordSearchService, LinkedRecordsService, DistrictBriefingService];
