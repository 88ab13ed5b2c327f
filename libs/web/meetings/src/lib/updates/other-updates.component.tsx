import type { AgendaItemUpdateFieldsFragment } from '@mace/web-data-access';
import { formatDateTime } from '@mace/web-children';
import { SummaryList } from '@mace/web-ui';
import { UPDATE_PARTS, UPDATE_PART_LABELS } from './update-form';

/** Other agencies' updates on the item, read only. */
export function OtherUpdates({ updates }: { updates: readonly AgendaItemUpdateFieldsFragment[] }) {
  return (
    <section aria-labelledby="other-updates-heading">
      <h2 className="govuk-heading-m" id="other-updates-heading">
        Updates from other agencies
      </h2>
      {updates.length === 0 ? (
        <p className="govuk-body">No other agency has posted an update yet.</p>
      ) : (
        updates.map((update) => (
          <div className="govuk-summary-card" key={update.id}>
            <div className="govuk-summary-card__title-wrapper">
              <h3 className="govuk-summary-card__title">{update.agency.name}</h3>
            </div>
            <div className="govuk-summary-card__content">
              <p className="govuk-body-s">
                {update.author}, {formatDateTime(update.updatedAt)}
              </p>
              <SummaryList
                rows={UPDATE_PARTS.map((part) => ({
                  key: UPDATE_PART_LABELS[part].label,
                  value: update[part] ? <span className="app-pre-line">{update[part]}</span> : 'Nothing said',
                }))}
              />
            </div>
          </div>
        ))
      )}
    </section>
  );
}
