import {
  ENTITY_KIND_LABELS,
  EntityKind,
  HANDLING_CODE_LABELS,
  INTELLIGENCE_ASSESSMENT_LABELS,
  INTELLIGENCE_STATUS_LABELS,
  IntelligenceStatus,
  LINK_CONFIDENCE_LABELS,
  LINK_RELATION_LABELS,
  SOURCE_EVALUATION_LABELS,
  type HandlingCode,
  type IntelligenceAssessment,
  type LinkConfidence,
  type LinkRelation,
  type SourceEvaluation,
} from '@mace/shared-domain';
import type { TagColour } from '@mace/web-ui';

/** Tag colours for statuses; the text always says the status too. */
const STATUS_COLOURS: Record<IntelligenceStatus, TagColour> = {
  [IntelligenceStatus.SUBMITTED]: 'orange',
  [IntelligenceStatus.GRADED]: 'blue',
  [IntelligenceStatus.LINKED]: 'turquoise',
  [IntelligenceStatus.TABLED]: 'purple',
  [IntelligenceStatus.ACTIONED]: 'green',
  [IntelligenceStatus.NO_FURTHER_ACTION]: 'grey',
};

export function statusColour(status: IntelligenceStatus): TagColour {
  return STATUS_COLOURS[status];
}

export function statusLabel(status: IntelligenceStatus): string {
  return INTELLIGENCE_STATUS_LABELS[status];
}

/** The statuses a SPOC may move graded intelligence to: GRADED→LINKED→TABLED→ACTIONED, or no further action at any point. */
export function nextStatuses(status: IntelligenceStatus): IntelligenceStatus[] {
  const order = [IntelligenceStatus.GRADED, IntelligenceStatus.LINKED, IntelligenceStatus.TABLED, IntelligenceStatus.ACTIONED];
  const at = order.indexOf(status);
  if (at < 0) return [];
  return [...order.slice(at + 1), IntelligenceStatus.NO_FURTHER_ACTION];
}

/** The 3x5x2 grading in short, such as "1 B P". */
export function gradingCode(
  source: SourceEvaluation | null | undefined,
  assessment: IntelligenceAssessment | null | undefined,
  handling: HandlingCode | null | undefined,
): string | undefined {
  if (!source || !assessment || !handling) return undefined;
  const sourceNumber = SOURCE_EVALUATION_LABELS[source].charAt(0);
  return `${sourceNumber} ${assessment} ${handling}`;
}

export function gradingLines(source: SourceEvaluation, assessment: IntelligenceAssessment, handling: HandlingCode): string[] {
  return [SOURCE_EVALUATION_LABELS[source], INTELLIGENCE_ASSESSMENT_LABELS[assessment], HANDLING_CODE_LABELS[handling]];
}

export const relationLabel = (relation: LinkRelation) => LINK_RELATION_LABELS[relation];
export const confidenceLabel = (confidence: LinkConfidence) => LINK_CONFIDENCE_LABELS[confidence];
export const kindLabel = (kind: EntityKind) => ENTITY_KIND_LABELS[kind];

/** "valid 1 May 2026 to 3 June 2026", "from 1 May 2026", "until ..." or "" when undated. */
export function validityLabel(from: string | null | undefined, to: string | null | undefined, format: (date: string) => string): string {
  if (from && to) return `${format(from)} to ${format(to)}`;
  if (from) return `From ${format(from)}`;
  if (to) return `Until ${format(to)}`;
  return 'No dates recorded';
}

/** A short text for lists: the first line, cut at a word boundary. */
export function excerpt(text: string, max = 160): string {
  const line = text.trim().split(/\n/)[0];
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
