// Intelligence pages: each part of the intelligence screens exports its pages here.
import './lib/common/intelligence.css';
export { IntelligenceDraftProvider } from './lib/submit/submit-draft.context';
export { SubmitIntelligencePage } from './lib/submit/submit-intelligence.page';
export { CheckIntelligencePage } from './lib/submit/check-intelligence.page';
export { IntelligenceSubmittedPage } from './lib/submit/intelligence-submitted.page';
export { IntelligenceListPage } from './lib/list/intelligence-list.page';
export { IntelligencePage } from './lib/detail/intelligence.page';
export { GradeIntelligencePage } from './lib/detail/grade-intelligence.page';
export { IntelligenceStatusPage } from './lib/detail/intelligence-status.page';
export { LinkIntelligencePage } from './lib/detail/link-intelligence.page';
export { RecordSearchPage } from './lib/records/record-search.page';
export { RecordPage } from './lib/records/record.page';
export { AddLinkPage } from './lib/records/add-link.page';
export { CreateRecordPage } from './lib/records/create-record.page';
export { LinkGraphPage } from './lib/graph/link-graph.page';
export { SharedContextsPage } from './lib/analysis/shared-contexts.page';
export { NetworksPage as GroupBasedNetworksPage } from './lib/analysis/networks.page';
export { BriefingPage } from './lib/analysis/briefing.page';
