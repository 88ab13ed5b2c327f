import { ACTION_CATEGORY_LABELS, AgendaItemStatus, MEETING_DECISION_LABELS, RISK_LEVEL_LABELS } from '@mace/shared-domain';
import { formatDate } from '@mace/web-children';
import { type LiveAgendaItemFragment } from '@mace/web-data-access';
import { SummaryList } from '@mace/web-ui';
import { AgendaItemStatusTag } from '../common/meeting-status-tag.component';
import { formatClockTime } from '../common/meeting-time';

/** One agenda item as an attendee follows it: its status, then the outcome and actions once recorded. */
export function FollowItem({ item, number, current }: { item: LiveAgendaItemFragment; number: number; current: boolean }) {
  const outcome = item.outcome?.recordedAt ? item.outcome : null;
  return (
    <section className="govuk-summary-card" aria-labelledby={`item-${item.id}-title`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title" id={`item-${item.id}-title`}>
          {number}. {item.title}
        </h3>
        <div className="govuk-summary-card__actions">
          <AgendaItemStatusTag status={item.status} current={current} />
        </div>
      </div>
      <div className="govuk-summary-card__content">
        {item.visibility === 'RESTRICTED' && <p className="govuk-body">{item.restrictedNote ?? 'Restricted item'}</p>}
        {item.visibility === 'NEEDS_CONFIDENTIALITY' && <p className="govuk-body">Case details are hidden.</p>}
        {item.visibility === 'FULL' && !outcome && (
          <p className="govuk-body">
            {item.status === AgendaItemStatus.NOT_REACHED ? 'Not reached: carried to the next meeting.' : 'No outcome recorded yet.'}
          </p>
        )}
        {outcome && (
          <SummaryList
            rows={[
              { key: 'Recorded', value: `${formatClockTime(outcome.recordedAt)}${outcome.recordedBy ? ` by ${outcome.recordedBy}` : ''}` },
              ...(outcome.agreedRiskLevel ? [{ key: 'Agreed risk', value: RISK_LEVEL_LABELS[outcome.agreedRiskLevel] }] : []),
              ...(outcome.riskRationale ? [{ key: 'Why', value: <span className="app-pre-line">{outcome.riskRationale}</span> }] : []),
              { key: 'Decisions', value: outcome.decisions.map((decision) => MEETING_DECISION_LABELS[decision]).join(', ') || 'None' },
              ...(outcome.decisionNotes ? [{ key: 'Decision notes', value: <span className="app-pre-line">{outcome.decisionNotes}</span> }] : []),
              ...(outcome.nextReviewOn ? [{ key: 'Next review', value: formatDate(outcome.nextReviewOn) }] : []),
              ...(outcome.discussionSummary ? [{ key: 'Summary', value: <span className="app-pre-line">{outcome.discussionSummary}</span> }] : []),
            ]}
          />
        )}
        {item.actions.length > 0 && (
          <>
            <h4 className="govuk-heading-s">Actions set</h4>
            <ul className="govuk-list govuk-list--bullet">
              {item.actions.map((action) => (
                <li key={action.id}>
                  {action.description} ({ACTION_CATEGORY_LABELS[action.category].toLowerCase()}): {action.ownerAgency.name}
                  {action.ownerName ? `, ${action.ownerName}` : ''}, due {formatDate(action.dueOn)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
