import { CarriedForwardRule } from './carried-forward.rule';
import { NewReferralRule } from './new-referral.rule';
import { OverdueActionsRule } from './overdue-actions.rule';
import { ReviewDueRule } from './review-due.rule';
import { RiskIncreasedRule } from './risk-increased.rule';

/** The rules the meetings lib brings; other domains declare theirs in their own modules. */
export const BUILT_IN_AGENDA_RULES = [NewReferralRule, ReviewDueRule, RiskIncreasedRule, OverdueActionsRule, CarriedForwardRule];
