import { AgendaItemStatus, AgendaRule, AgendaSubjectType, RISK_LEVEL_RANK, RiskLevel } from '@mace/shared-domain';
import { AgendaItemReason } from '../entities/agenda-item.entity';
import { AgendaRuleHit, subjectKey } from './rules/agenda-rule';

/** A subject the rules want on the agenda, its reasons merged. */
export interface AgendaCandidate {
  key: string;
  subjectType: AgendaSubjectType;
  childId: string | null;
  themeTitle: string | null;
  reasons: AgendaItemReason[];
  carriedFromItemId: string | null;
  /** PERSON / LOCATION / NETWORK subjects, and the intelligence an item was added for. */
  personId?: string | null;
  locationId?: string | null;
  networkId?: string | null;
  intelligenceId?: string | null;
  /** The child's current level (null for themes), for the order. */
  riskLevel: RiskLevel | null;
}

/** An item already on this meeting's agenda. */
export interface ExistingAgendaItem {
  id: string;
  key: string;
  status: AgendaItemStatus;
  position: number;
  reasons: AgendaItemReason[];
}

export interface AgendaPlan {
  /** Rule reasons to refresh on items already there (chair-added reasons kept). */
  refresh: { itemId: string; reasons: AgendaItemReason[] }[];
  /** New items, in their new positions after the existing ones. */
  add: (AgendaCandidate & { position: number })[];
}

/** Reasons read in this order on an item; rules added later by other domains follow. */
const REASON_ORDER: AgendaRule[] = [
  AgendaRule.CARRIED_FORWARD,
  AgendaRule.NEW_REFERRAL,
  AgendaRule.RISK_INCREASED,
  AgendaRule.REVIEW_DUE,
  AgendaRule.OVERDUE_ACTIONS,
  AgendaRule.CHAIR_ADDED,
];

function reasonRank(rule: AgendaRule): number {
  const index = REASON_ORDER.indexOf(rule);
  return index === -1 ? REASON_ORDER.length - 1 : index;
}

function sortReasons(reasons: AgendaItemReason[]): AgendaItemReason[] {
  return [...reasons].sort((a, b) => reasonRank(a.rule) - reasonRank(b.rule));
}

/** One candidate per subject: the hits of every rule merged, as rule/detail reasons. */
export function mergeHits(
  hitsByRule: readonly { rule: AgendaRule; hits: readonly AgendaRuleHit[] }[],
  riskOf: (childId: string) => RiskLevel | null,
): AgendaCandidate[] {
  const byKey = new Map<string, AgendaCandidate>();
  for (const { rule, hits } of hitsByRule) {
    for (const hit of hits) {
      const key = subjectKey(hit);
      let candidate = byKey.get(key);
      if (!candidate) {
        candidate = {
          key,
          subjectType: hit.subjectType,
          childId: hit.childId,
          themeTitle: hit.themeTitle,
          reasons: [],
          carriedFromItemId: null,
          // Record subjects only: child and theme candidates keep their shape.
          ...(hit.personId ? { personId: hit.personId } : {}),
          ...(hit.locationId ? { locationId: hit.locationId } : {}),
          ...(hit.networkId ? { networkId: hit.networkId } : {}),
          riskLevel: hit.childId ? riskOf(hit.childId) : null,
        };
        byKey.set(key, candidate);
      }
      if (!candidate.reasons.some((reason) => reason.rule === rule)) candidate.reasons.push({ rule, detail: hit.detail });
      if (hit.carriedFromItemId) candidate.carriedFromItemId = hit.carriedFromItemId;
      if (hit.intelligenceId && !candidate.intelligenceId) candidate.intelligenceId = hit.intelligenceId;
    }
  }
  return [...byKey.values()].map((candidate) => ({ ...candidate, reasons: sortReasons(candidate.reasons) }));
}

/** Carried forward first, then high risk, then new referrals, then the rest. */
function group(candidate: AgendaCandidate): number {
  const rules = candidate.reasons.map((reason) => reason.rule);
  if (rules.includes(AgendaRule.CARRIED_FORWARD)) return 0;
  if (candidate.riskLevel === RiskLevel.HIGH) return 1;
  if (rules.includes(AgendaRule.NEW_REFERRAL)) return 2;
  return 3;
}

/** The order new items take: by group, then higher risk, then more reasons; the key keeps it stable. */
export function orderCandidates(candidates: readonly AgendaCandidate[]): AgendaCandidate[] {
  const rank = (candidate: AgendaCandidate) => (candidate.riskLevel ? RISK_LEVEL_RANK[candidate.riskLevel] : -1);
  return [...candidates].sort(
    (a, b) =>
      group(a) - group(b) ||
      rank(b) - rank(a) ||
      b.reasons.length - a.reasons.length ||
      (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

/**
 * What a (re)build changes. Items already on the agenda stay where the chair put them, with their
 * presenter and timebox; their rule reasons are replaced by today's (kept as they were when no rule
 * matches any more, so an item never ends up without a reason) and chair-added reasons stay. A
 * subject the chair removed from this meeting is never added back. Everything else is appended,
 * in the agenda order.
 */
export function planAgenda(existing: readonly ExistingAgendaItem[], candidates: readonly AgendaCandidate[]): AgendaPlan {
  const live = new Map(existing.filter((item) => item.status !== AgendaItemStatus.REMOVED).map((item) => [item.key, item]));
  const removed = new Set(existing.filter((item) => item.status === AgendaItemStatus.REMOVED).map((item) => item.key));
  const refresh: AgendaPlan['refresh'] = [];
  const fresh: AgendaCandidate[] = [];
  for (const candidate of candidates) {
    const item = live.get(candidate.key);
    if (item) {
      const kept = item.reasons.filter((reason) => reason.rule === AgendaRule.CHAIR_ADDED);
      const reasons = sortReasons([...candidate.reasons.filter((reason) => reason.rule !== AgendaRule.CHAIR_ADDED), ...kept]);
      if (JSON.stringify(reasons) !== JSON.stringify(item.reasons)) refresh.push({ itemId: item.id, reasons });
    } else if (!removed.has(candidate.key)) {
      fresh.push(candidate);
    }
  }
  const last = Math.max(0, ...[...live.values()].map((item) => item.position));
  return { refresh, add: orderCandidates(fresh).map((candidate, index) => ({ ...candidate, position: last + index + 1 })) };
}
