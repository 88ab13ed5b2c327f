import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ACTION_CATEGORY_LABELS, ACTION_STATUS_LABELS, ActionStatus, ErrorCode } from '@mace/shared-domain';
import {
  LiveActionReviewsDocument,
  LiveMeetingDocument,
  readApiError,
  ReviewActionDocument,
  useMeetingEvents,
  type LiveActionReviewsQuery,
} from '@mace/web-data-access';
import { formatDate, formatDateTime, Loading, QueryFailed } from '@mace/web-children';
import { BackLink, Button, ErrorSummary, Radios, SummaryList, Textarea, usePageTitle } from '@mace/web-ui';
import { formFieldsOf, hasErrors, type FieldErrors } from '../common/form-rules';
import { REVIEW_NOTES, REVIEW_STATUSES, reviewActionInput, reviewErrors, stillToReview, type ReviewChoice } from './action-review';
import { ACTION_REVIEW_PLAN } from './live-refetch-plans';
import { livePath } from './live-paths';
import { ChairOnly } from '../common/chair-only.component';

type Review = LiveActionReviewsQuery['meeting']['actionReviews'][number];

/** `/meetings/:id/live/action-review`: earlier meetings' unfinished actions, each given its status now. */
export function ActionReviewPage() {
  const { id = '' } = useParams();
  const meeting = useQuery(LiveMeetingDocument, { variables: { id } });
  const { data, error } = useQuery(LiveActionReviewsDocument, { variables: { id } });
  useMeetingEvents(id, undefined, { refetch: ACTION_REVIEW_PLAN, skip: !data });
  usePageTitle('Review earlier actions');
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (!data || !meeting.data) return <Loading />;
  if (!meeting.data.meeting.canManage) return <ChairOnly meetingId={id} what="review earlier actions" />;
  const reviews = data.meeting.actionReviews;

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={livePath(id)}>Back to the meeting</BackLink>
        <span className="govuk-caption-l">{meeting.data.meeting.title}</span>
        <h1 className="govuk-heading-l">Review earlier actions</h1>
        <p className="govuk-body govuk-!-font-weight-bold" role="status">
          {stillToReview(data.meeting.unreviewedActionCount)}
        </p>
        {reviews.length === 0 && <p className="govuk-body">No unfinished actions from earlier meetings.</p>}
        {reviews.map((review) => (
          <ReviewCard key={review.action.id} meetingId={id} review={review} />
        ))}
        <p className="govuk-body">
          <Link to={livePath(id)} className="govuk-link">
            Back to the items
          </Link>
        </p>
      </div>
    </div>
  );
}

function ReviewCard({ meetingId, review }: { meetingId: string; review: Review }) {
  const { action } = review;
  const prefix = `review-${action.id}`;
  const [choice, setChoice] = useState<ReviewChoice>({ status: '', note: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [reviewAction, { loading }] = useMutation(ReviewActionDocument, { refetchQueries: [LiveActionReviewsDocument, LiveMeetingDocument] });
  const reviewed = review.reviewedStatus !== null;
  const noteId = (status: ActionStatus | '') => `${prefix}-note-${status}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = reviewErrors(choice);
    if (hasErrors(found)) return setErrors(found);
    setErrors({});
    try {
      await reviewAction({ variables: { input: reviewActionInput(meetingId, action.id, action.version, choice) } });
      setChoice({ status: '', note: '' });
    } catch (caught) {
      const api = readApiError(caught);
      if (api.code === ErrorCode.CONFLICT) setErrors({ form: 'The action changed since you opened this page; its latest details are shown. Choose its status again.' });
      else if (api.code === ErrorCode.BAD_USER_INPUT) {
        const fields = formFieldsOf(api.fields);
        setErrors(fields['status'] || fields['note'] ? fields : { form: Object.values(fields)[0] ?? api.message ?? 'Check the review and try again' });
      } else setErrors({ form: api.message ?? 'Sorry, there is a problem with the service. Try again later.' });
    }
  }

  const summary = [
    ...(errors['form'] ? [{ text: errors['form'] }] : []),
    ...(errors['status'] ? [{ text: errors['status'], href: `#${prefix}-status` }] : []),
    ...(errors['note'] ? [{ text: errors['note'], href: `#${noteId(choice.status)}` }] : []),
  ];

  return (
    <section className="govuk-summary-card" aria-labelledby={`${prefix}-title`}>
      <div className="govuk-summary-card__title-wrapper">
        <h2 className="govuk-summary-card__title" id={`${prefix}-title`}>
          {action.child.fullName}: {action.description}
        </h2>
      </div>
      <div className="govuk-summary-card__content">
        <SummaryList
          rows={[
            { key: 'Category', value: ACTION_CATEGORY_LABELS[action.category] },
            { key: 'Owner', value: `${action.ownerAgency.name}${action.ownerName ? `, ${action.ownerName}` : ''}` },
            { key: 'Due', value: `${formatDate(action.dueOn)}${action.overdue ? ' (overdue)' : ''}` },
            { key: 'Status when the meeting started', value: ACTION_STATUS_LABELS[review.statusAtStart] },
            ...(review.reviewedStatus
              ? [
                  {
                    key: 'Reviewed',
                    value: `${ACTION_STATUS_LABELS[review.reviewedStatus]}${review.reviewedBy ? `, by ${review.reviewedBy}` : ''}${
                      review.reviewedAt ? ` at ${formatDateTime(review.reviewedAt)}` : ''
                    }`,
                  },
                ]
              : []),
          ]}
        />
        <form noValidate onSubmit={submit}>
          {summary.length > 0 && <ErrorSummary errors={summary} />}
          <Radios
            id={`${prefix}-status`}
            name={`${prefix}-status`}
            legend={reviewed ? 'Change its status now (optional)' : 'Its status now'}
            legendSize="s"
            small
            value={choice.status}
            error={errors['status']}
            onChange={(status) => setChoice({ ...choice, status: status as ActionStatus })}
            options={REVIEW_STATUSES.map((status) => {
              const note = REVIEW_NOTES[status];
              return {
                value: status,
                label: ACTION_STATUS_LABELS[status],
                conditional: note && (
                  <Textarea
                    id={noteId(status)}
                    name={`${prefix}-note-${status}`}
                    label={note.label}
                    hint={note.hint}
                    value={choice.note}
                    error={choice.status === status ? errors['note'] : undefined}
                    onChange={(text) => setChoice({ ...choice, note: text })}
                    rows={3}
                  />
                ),
              };
            })}
          />
          {/* aria-disabled, not disabled, while saving: disabling the focused button would drop keyboard focus to the page; repeat presses are ignored by the handler. */}
          <Button variant={reviewed ? 'secondary' : 'primary'} aria-disabled={loading || undefined}>
            Save review<span className="govuk-visually-hidden"> of the action for {action.child.fullName}</span>
          </Button>
        </form>
      </div>
    </section>
  );
}
