import type { LinkFieldsFragment } from '@mace/web-data-access';
import { formatDate } from '@mace/web-children';
import { confidenceLabel, relationLabel, validityLabel } from './intelligence-labels';
import { RefLink } from './ref-link.component';

/** Links as a table: from, relation, to, dates, confidence and the intelligence supporting them. */
export function LinksTable({ links, caption, captionClass = 'govuk-table__caption--m' }: { links: readonly LinkFieldsFragment[]; caption: string; captionClass?: string }) {
  if (links.length === 0) return <p className="govuk-body">No links recorded.</p>;
  return (
    <table className="govuk-table">
      <caption className={`govuk-table__caption ${captionClass}`}>{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">From</th>
          <th scope="col" className="govuk-table__header">Relation</th>
          <th scope="col" className="govuk-table__header">To</th>
          <th scope="col" className="govuk-table__header">Dates</th>
          <th scope="col" className="govuk-table__header">Confidence</th>
          <th scope="col" className="govuk-table__header">Supporting intelligence</th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {links.map((link) => (
          <tr className="govuk-table__row" key={link.id}>
            <td className="govuk-table__cell">
              <RefLink entity={link.from} showKind />
            </td>
            <td className="govuk-table__cell">{relationLabel(link.relation)}</td>
            <td className="govuk-table__cell">
              <RefLink entity={link.to} showKind />
            </td>
            <td className="govuk-table__cell">{validityLabel(link.validFrom, link.validTo, formatDate)}</td>
            <td className="govuk-table__cell">{confidenceLabel(link.confidence)}</td>
            <td className="govuk-table__cell">
              {link.intelligenceReference ?? 'None'}
              {link.note && <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0 govuk-!-font-size-16">{link.note}</span>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
