import { TriageDecision } from '@mace/shared-domain';

/** The triage decisions as the chair chooses between them. */
export const TRIAGE_DECISION_LABELS: Record<TriageDecision, string> = {
  [TriageDecision.ACCEPTED]: 'Accept to MACE',
  [TriageDecision.SIGNPOSTED]: 'Signpost to another service',
  [TriageDecision.NO_FURTHER_ACTION]: 'Close with no further action',
  [TriageDecision.STRATEGY_MEETING]: 'Send to a strategy meeting or children’s social care',
};

/** A long text cut at a word boundary, for a summary. */
export function shorten(text: string, max = 280): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 40))}…`;
}
