import { Injectable } from '@nestjs/common';
import { Actor } from '@mace/api-core';
import { AgendaSubjectLabeller, AgendaSubjectLabelProvider, RecordSubject } from '@mace/api-meetings';
import { AgendaSubjectType, EntityKind } from '@mace/shared-domain';
import { refKey } from '../refs/entity-ref.model';
import { EntityRefsService } from '../refs/entity-refs.service';

const KIND: Partial<Record<AgendaSubjectType, EntityKind>> = {
  [AgendaSubjectType.PERSON]: EntityKind.PERSON,
  [AgendaSubjectType.LOCATION]: EntityKind.LOCATION,
  [AgendaSubjectType.NETWORK]: EntityKind.NETWORK,
};

/** Agenda item titles for persons, locations and networks: their labels, to the police who may see them only. */
@Injectable()
@AgendaSubjectLabelProvider()
export class IntelligenceAgendaSubjectLabeller implements AgendaSubjectLabeller {
  constructor(private readonly refs: EntityRefsService) {}

  async labels(actor: Actor, subjects: readonly RecordSubject[]): Promise<(string | null)[]> {
    const keys = subjects.flatMap((subject) => {
      const kind = KIND[subject.subjectType];
      return kind ? [{ kind, id: subject.id }] : [];
    });
    const visible = await this.refs.visible(actor, keys);
    return subjects.map((subject) => {
      const kind = KIND[subject.subjectType];
      return kind ? (visible.get(refKey({ kind, id: subject.id }))?.label ?? null) : null;
    });
  }
}
