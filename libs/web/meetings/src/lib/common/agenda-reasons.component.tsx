import { Link } from 'react-router';
import type { AgendaItemRowFragment } from '@mace/web-data-access';
import { Tag } from '@mace/web-ui';

/**
 * Why the item is on the agenda: each rule as a tag, with its detail under it (beside it, the detail's
 * lines wrapped around the tag and read as one ragged block in a narrow table column).
 */
export function AgendaReasons({ reasons }: { reasons: AgendaItemRowFragment['reasons'] }) {
  if (reasons.length === 0) return null;
  return (
    <ul className="govuk-list govuk-!-font-size-16 app-agenda-reasons govuk-!-margin-bottom-0">
      {reasons.map((reason) => (
        <li key={`${reason.rule}${reason.detail}`}>
          <Tag colour="grey">{reason.label}</Tag>
          {reason.detail && <span className="app-agenda-reasons__detail">{reason.detail}</span>}
        </li>
      ))}
    </ul>
  );
}

type SubjectItem = Pick<AgendaItemRowFragment, 'title' | 'restrictedNote' | 'visibility' | 'sharedAt'> & { child: { id: string } | null };

/**
 * The item's subject as the caller may see it: the child's name (a link to the record), the theme,
 * "Restricted: known to <agency>", or the placeholder until the confidentiality statement is accepted.
 */
export function AgendaSubject({ item }: { item: SubjectItem }) {
  if (item.visibility === 'RESTRICTED') return <span>{item.restrictedNote ?? item.title}</span>;
  if (item.visibility === 'NEEDS_CONFIDENTIALITY') return <span className="govuk-hint govuk-!-margin-bottom-0">{item.title}</span>;
  return (
    <>
      {item.child ? (
        <Link to={`/children/${item.child.id}`} className="govuk-link">
          {item.title}
        </Link>
      ) : (
        item.title
      )}
      {item.sharedAt && (
        <>
          {' '}
          <Tag colour="turquoise">Shared with attendees</Tag>
        </>
      )}
    </>
  );
}
