import type { ScreeningAnswer } from '@mace/shared-domain';

/** One indicator of the screening tool. `key` is stable across versions when the question is. */
export interface ScreeningQuestion {
  key: string;
  /** Heading the form groups questions under, e.g. "Missing and going out". */
  section: string;
  text: string;
  hint?: string;
  /** How strongly a "yes" points to exploitation: 1 (context) to 3 (direct indicator). */
  weight: 1 | 2 | 3;
  /** A "yes" in the last six months on a critical indicator suggests high risk on its own. */
  critical?: boolean;
}

/**
 * A published tool version: the questions and how answers become a suggested level. Scoring:
 * each "yes" adds weight x recentMultiplier (last six months) or weight x earlierMultiplier
 * (earlier); the total is compared with the thresholds; a recent "yes" on a critical indicator
 * is high risk whatever the total.
 */
export interface ScreeningToolDefinition {
  questions: ScreeningQuestion[];
  recentMultiplier: number;
  earlierMultiplier: number;
  /** Minimum totals for each level; below `low` the suggestion is "no risk identified". */
  thresholds: { low: number; medium: number; high: number };
}

/** A referrer's answer to one indicator, for the last six months and for earlier. */
export interface ScreeningResponse {
  questionKey: string;
  lastSixMonths: ScreeningAnswer;
  earlier: ScreeningAnswer;
}
