import { DiscoveryService } from '@nestjs/core';
import { AgendaRule, AgendaSubjectType } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';

/** The meeting an agenda is being built for, and the window its rules look back over. */
export interface AgendaRuleContext {
  meetingId: string;
  meetingTypeId: string;
  districtId: string;
  startsAt: Date;
  /** The meeting's date on the Europe/London calendar (yyyy-mm-dd). */
  meetingDate: string;
  /** The latest earlier meeting of the type that was not cancelled, if any. */
  previousMeeting: { id: string; startsAt: Date } | null;
  /** Start of the look-back window: the previous meeting's start, else the meeting's start minus the type's cadence. */
  since: Date;
}

/** One subject a rule puts on the agenda, with why (a short detail without names). */
export interface AgendaRuleHit {
  subjectType: AgendaSubjectType;
  childId: string | null;
  themeTitle: string | null;
  detail: string;
  /** Set by CARRIED_FORWARD: the item of the previous meeting this one continues. */
  carriedFromItemId?: string;
  /** PERSON / LOCATION / NETWORK subjects (CETG items from intelligence rules). */
  personId?: string | null;
  locationId?: string | null;
  networkId?: string | null;
  /** The intelligence report the item was added for (NEW_INTELLIGENCE). */
  intelligenceId?: string | null;
}

/**
 * An agenda rule: a batched fact query and a pure decision (kept in the same file, exported for
 * its table-driven unit test). A domain adds a rule by declaring an injectable class with
 * `@AgendaRuleProvider()` in its own module; the builder finds it at start-up and runs it for meeting
 * types that list its rule. Nothing in the builder names a rule.
 */
export interface AgendaRuleDefinition {
  readonly rule: AgendaRule;
  hits(manager: EntityManager, context: AgendaRuleContext): Promise<AgendaRuleHit[]>;
}

/** Marks a provider as an agenda rule (discovered across every module). */
export const AgendaRuleProvider = DiscoveryService.createDecorator<void>();

/** A child hit: the shape every child rule returns. */
export function childHit(childId: string, detail: string): AgendaRuleHit {
  return { subjectType: AgendaSubjectType.CHILD, childId, themeTitle: null, detail };
}

/** A record subject (person, location or network) hit: the shape of the intelligence rules' CETG items. */
export function recordHit(
  subjectType: AgendaSubjectType.PERSON | AgendaSubjectType.LOCATION | AgendaSubjectType.NETWORK,
  id: string,
  detail: string,
): AgendaRuleHit {
  return {
    subjectType,
    childId: null,
    themeTitle: null,
    detail,
    personId: subjectType === AgendaSubjectType.PERSON ? id : null,
    locationId: subjectType === AgendaSubjectType.LOCATION ? id : null,
    networkId: subjectType === AgendaSubjectType.NETWORK ? id : null,
  };
}

/** The key that makes "one item per subject": a child once, a record once, a theme once (case-insensitive). */
export function subjectKey(subject: {
  subjectType: AgendaSubjectType;
  childId: string | null;
  themeTitle: string | null;
  personId?: string | null;
  locationId?: string | null;
  networkId?: string | null;
}): string {
  if (subject.subjectType === AgendaSubjectType.CHILD) return `child:${subject.childId}`;
  if (subject.subjectType === AgendaSubjectType.PERSON) return `person:${subject.personId}`;
  if (subject.subjectType === AgendaSubjectType.LOCATION) return `location:${subject.locationId}`;
  if (subject.subjectType === AgendaSubjectType.NETWORK) return `network:${subject.networkId}`;
  return `${subject.subjectType.toLowerCase()}:${(subject.themeTitle ?? '').trim().toLowerCase()}`;
}
