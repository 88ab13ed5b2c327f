import type { EntityRefFieldsFragment } from '@mace/web-data-access';
import { Link } from 'react-router';
import { kindLabel } from './intelligence-labels';
import { recordPath } from './intelligence-paths';

/** A record's name linking to its page, with its kind for screen readers and its short detail. */
export function RefLink({ entity, showKind = false }: { entity: EntityRefFieldsFragment; showKind?: boolean }) {
  return (
    <>
      <Link className="govuk-link" to={recordPath(entity)}>
        {entity.label}
        {!showKind && <span className="govuk-visually-hidden"> ({kindLabel(entity.kind)})</span>}
      </Link>
      {showKind && <span className="govuk-body-s"> ({kindLabel(entity.kind)})</span>}
      {/* On its own line: a hint span is inline, and ran into the kind ("(Vehicle)Silver Corsa"). */}
      {entity.detail && <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0 govuk-!-font-size-16">{entity.detail}</span>}
    </>
  );
}

export function RefList({ entities, none = 'None' }: { entities: readonly EntityRefFieldsFragment[]; none?: string }) {
  if (entities.length === 0) return <>{none}</>;
  return (
    <ul className="govuk-list">
      {entities.map((entity) => (
        <li key={`${entity.kind}:${entity.id}`}>
          <RefLink entity={entity} showKind />
        </li>
      ))}
    </ul>
  );
}
