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
