import type { Actor } from '@mace/api-core';
import type { AuditService } from '@mace/api-audit';
import { AuditOperation, AuditSubjectType } from '@mace/shared-domain';
import type { EntityManager } from 'typeorm';

/**
 * The one way child and referral reads write their CONSULTATION events: one event per distinct
 * justification among the records read together, so each event names exactly the records its path
 * allowed (an auditor asking "why could they see this?" gets one answer per record). Nothing read,
 * nothing written. Two reads write their own event instead: a search (one event for the records
 * shown in full, naming every path) and the break-glass review (a consultation of the audit trail
 * itself, written even when it lists nothing).
 */
export async function recordConsultation(
  audit: AuditService,
  manager: EntityManager,
  event: { actor: Actor; requestId: string; subjectType: AuditSubjectType; read: readonly { id: string; justification: string }[] },
): Promise<void> {
  const byJustification = new Map<string, string[]>();
  for (const { id, justification } of event.read) {
    const ids = byJustification.get(justification) ?? [];
    if (!ids.includes(id)) ids.push(id);
    byJustification.set(justification, ids);
  }
  for (const [justification, subjectIds] of byJustification) {
    await audit.record(manager, {
      operation: AuditOperation.CONSULTATION,
      actor: event.actor,
      requestId: event.requestId,
      subjectType: event.subjectType,
      subjectIds,
      justification,
    });
  }
}
