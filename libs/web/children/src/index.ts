// The utility classes (app-pre-line, app-inline-form, app-key-figures, ...) come with the lib, as the
// actions pages use them too.
import './lib/common/children.css';
export { BreakGlassPage } from './lib/break-glass/break-glass.page';
export { BreakGlassReviewPage } from './lib/break-glass-review/break-glass-review.page';
export { ChildListPage } from './lib/child-list/child-list.page';
export { ChildProfilePage } from './lib/child-profile/child-profile.page';
export { FiguresPage } from './lib/figures/figures.page';
export { MyReferralsPage } from './lib/my-referrals/my-referrals.page';
export { CheckAnswersPage } from './lib/referral-form/check-answers.page';
export { ChildDetailsStepPage } from './lib/referral-form/child-details-step.page';
export { ChildStepPage } from './lib/referral-form/child-step.page';
export { ConcernsStepPage } from './lib/referral-form/concerns-step.page';
export { ReferralConfirmationPage } from './lib/referral-form/confirmation.page';
export { PossibleMatchesPage } from './lib/referral-form/possible-matches.page';
export { ReferralDraftProvider } from './lib/referral-form/referral-draft.context';
export { REFERRAL_BASE } from './lib/referral-form/referral-steps';
export { RiskLevelStepPage } from './lib/referral-form/risk-level-step.page';
export { SafetyStepPage } from './lib/referral-form/safety-step.page';
export { ScreeningStepPage } from './lib/referral-form/screening-step.page';
export { SharingStepPage } from './lib/referral-form/sharing-step.page';
export { SearchPage } from './lib/search/search.page';
export { TriageBoardPage } from './lib/triage/triage-board.page';
export { TriageDecidePage } from './lib/triage/triage-decide.page';

// What the actions pages share with the children pages: formatting, page states, paging, form
// validation and the action tags the child profile shows too.
export { ActionStatusTag, ActionTags, OverdueTag } from './lib/common/action-tags.component';
export { useCursorPaging } from './lib/common/cursor-paging';
export { formatDate, formatDateTime, formatDay } from './lib/common/format-date';
export { optionsFrom } from './lib/common/labelled-list';
export { Loading, QueryFailed } from './lib/common/page-state';
export { isoDate } from './lib/referral-form/referral-draft';
export { errorSummaryOf, hasErrors } from './lib/referral-form/step-layout.component';
export type { FieldErrors } from './lib/referral-form/step-layout.component';
export { londonToday, NARRATIVE_MAX, optionalText, requiredText } from './lib/referral-form/validation';
