import { forwardRef } from 'react';
import { ACTION_CATEGORY_LABELS, RISK_LEVEL_LABELS, UNFINISHED_ACTION_STATUSES } from '@mace/shared-domain';
import { formatDate, formatDateTime } from '@mace/web-children';
import type { LiveMeetingItemsQuery } from '@mace/web-data-access';
import { SummaryList, Timeline } from '@mace/web-ui';

export type LiveItemDetail = LiveMeetingItemsQuery['meeting']['agenda'][number];

/** The item's summary card: who, why on the agenda, risk and its history, what changed, actions, flags, updates. */
export const ItemSummary = forwardRef<HTMLHeadingElement, { item: LiveItemDetail }>(function ItemSummary({ item }, headingRef) {
  const child = item.child;
  const openActions = child?.actions.filter((action) => UNFINISHED_ACTION_STATUSES.includes(action.status)) ?? [];
  return (
    <section aria-labelledby="summary">
      <h2 className="govuk-heading-m" id="summary" tabIndex={-1} ref={headingRef}>
        Summary
      </h2>
      <SummaryList
        rows={[
          ...(child
            ? [
                { key: 'Child', value: `${child.fullName}, ${child.ageInYears}` },
                { key: 'Risk now', value: RISK_LEVEL_LABELS[child.riskLevel] },
                ...(child.nextReviewOn ? [{ key: 'Review due', value: formatDate(child.nextReviewOn) }] : []),
              ]
            : []),
          {
            key: 'Why on the agenda',
            value: (
              <ul className="govuk-list">
                {item.reasons.map((reason) => (
                  <li key={`${reason.rule}-${reason.detail}`}>
                    {reason.label}
                    {reason.detail ? `: ${reason.detail}` : ''}
                  </li>
                ))}
              </ul>
            ),
          },
          ...(item.presenterAgency
            ? [{ key: 'Presenting', value: `${item.presenterAgency.name}${item.presenterUser ? `, ${item.presenterUser.displayName}` : ''}` }]
            : []),
          { key: 'Last discussed', value: item.lastDiscussedAt ? formatDateTime(item.lastDiscussedAt) : 'Not discussed at this meeting before' },
        ]}
      />

      {child && child.riskHistory.length > 0 && (
        <>
          <h3 className="govuk-heading-s">Risk history</h3>
          <table className="govuk-table">
            <caption className="govuk-table__caption govuk-visually-hidden">Risk history, newest first</caption>
            <thead className="govuk-table__head">
              <tr className="govuk-table__row">
                <th scope="col" className="govuk-table__header">
                  Set
                </th>
                <th scope="col" className="govuk-table__header">
                  Level
                </th>
                <th scope="col" className="govuk-table__header">
                  Why
                </th>
              </tr>
            </thead>
            <tbody className="govuk-table__body">
              {child.riskHistory.map((entry) => (
                <tr className="govuk-table__row" key={entry.id}>
                  <td className="govuk-table__cell">
                    {formatDate(entry.setAt.slice(0, 10))}
                    {entry.agencyName ? `, ${entry.agencyName}` : ''}
                  </td>
                  <td className="govuk-table__cell">{RISK_LEVEL_LABELS[entry.level]}</td>
                  <td className="govuk-table__cell app-pre-line">{entry.rationale}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}

      <h3 className="govuk-heading-s">What changed since it was last discussed</h3>
      {item.changesSinceLastDiscussion.length === 0 ? (
        <p className="govuk-body">Nothing recorded since then.</p>
      ) : (
        <Timeline
          headingLevel={3}
          items={item.changesSinceLastDiscussion.map((entry) => ({
            id: entry.id,
            title: entry.summary,
            byline: [entry.by, entry.agencyName].filter(Boolean).join(', ') || undefined,
            dateTime: entry.at,
            dateText: formatDateTime(entry.at),
            description: entry.detail ? <p className="govuk-body app-pre-line">{entry.detail}</p> : undefined,
          }))}
        />
      )}

      <h3 className="govuk-heading-s">Open actions</h3>
      {openActions.length === 0 ? (
        <p className="govuk-body">No open actions.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {openActions.map((action) => (
            <li key={action.id}>
              {action.description} ({ACTION_CATEGORY_LABELS[action.category].toLowerCase()}): {action.ownerAgency.name}, due {formatDate(action.dueOn)}
              {action.overdue ? ', overdue' : ''}
            </li>
          ))}
        </ul>
      )}

      <h3 className="govuk-heading-s">Flags</h3>
      {!child || child.flags.length === 0 ? (
        <p className="govuk-body">No flags.</p>
      ) : (
        <ul className="govuk-list govuk-list--bullet">
          {child.flags.map((flag) => (
            <li key={flag.id}>
              <span className="govuk-!-font-weight-bold">{flag.label}</span>: {flag.reason}
              {flag.agencyName ? ` (${flag.agencyName})` : ''}
              {flag.expiresOn ? `, until ${formatDate(flag.expiresOn)}` : ''}
            </li>
          ))}
        </ul>
      )}

      <h3 className="govuk-heading-s">Agency updates before the meeting</h3>
      {item.updates.length === 0 ? (
        <p className="govuk-body">No agency posted an update.</p>
      ) : (
        item.updates.map((update) => (
          <div key={update.id} className="govuk-!-margin-bottom-4">
            <h4 className="govuk-heading-s govuk-!-margin-bottom-1">{update.agency.name}</h4>
            <p className="govuk-hint">
              {update.author}, {formatDateTime(update.updatedAt)}
            </p>
            <SummaryList
              rows={[
                ['Contact since last time', update.contactSinceLast],
                ['Concerns', update.concerns],
                ['The child’s voice', update.childVoice],
                ['Progress on actions', update.actionProgress],
              ]
                .filter((row): row is [string, string] => Boolean(row[1]))
                .map(([key, text]) => ({ key, value: <span className="app-pre-line">{text}</span> }))}
            />
          </div>
        ))
      )}
    </section>
  );
});
