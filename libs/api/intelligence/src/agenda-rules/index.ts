import { IntelligenceAgendaSubjectLabeller } from './agenda-subject-labeller';
import { LinkedIntelligenceRule } from './linked-intelligence.rule';
import { NewIntelligenceRule } from './new-intelligence.rule';

/** The agenda rules intelligence brings to meetings, and the titles of its record items. */
export const INTELLIGENCE_AGENDA_PROVIDERS = [NewIntelligenceRule, LinkedIntelligenceRule, IntelligenceAgendaSubjectLabeller];
