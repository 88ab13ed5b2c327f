import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Actor, RequestLoaders } from '@mace/api-core';
import { AgendaSubjectType } from '@mace/shared-domain';

/** An item about a record (not a child or theme): its subject type and the record's id. */
export interface RecordSubject {
  subjectType: AgendaSubjectType;
  id: string;
}

/**
 * Names the records PERSON / LOCATION / NETWORK items are about, for the callers who may see them
 * (null otherwise). The intelligence lib provides it (meetings cannot depend on that lib): it is a
 * provider marked `@AgendaSubjectLabelProvider()`, found at start-up like the agenda rules.
 */
export interface AgendaSubjectLabeller {
  labels(actor: Actor, subjects: readonly RecordSubject[]): Promise<(string | null)[]>;
}

export const AgendaSubjectLabelProvider = DiscoveryService.createDecorator<void>();

/** The labeller found at start-up, batched per request; without one, record items stay restricted. */
@Injectable()
export class AgendaSubjectLabels implements OnModuleInit {
  private labeller: AgendaSubjectLabeller | null = null;

  constructor(private readonly discovery: DiscoveryService) {}

  onModuleInit(): void {
    const [wrapper] = this.discovery.getProviders({ metadataKey: AgendaSubjectLabelProvider.KEY });
    this.labeller = (wrapper?.instance as AgendaSubjectLabeller | undefined) ?? null;
  }

  label(loaders: RequestLoaders, actor: Actor, subject: RecordSubject): Promise<string | null> {
    const labeller = this.labeller;
    if (!labeller) return Promise.resolve(null);
    return loaders
      .get<string, string | null>('agendaRecordSubjectLabel', async (keys) => {
        const subjects = keys.map((key) => {
          const [subjectType, id] = key.split(':');
          return { subjectType: subjectType as AgendaSubjectType, id };
        });
        return labeller.labels(actor, subjects);
      })
      .load(`${subject.subjectType}:${subject.id}`);
  }
}
