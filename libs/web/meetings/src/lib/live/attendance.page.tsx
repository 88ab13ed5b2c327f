import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ATTENDANCE_STATUS_LABELS, AttendanceStatus } from '@mace/shared-domain';
import { LiveMeetingDocument, readApiError, RecordAttendanceDocument, useMeetingEvents, type LiveMeetingQuery } from '@mace/web-data-access';
import { Loading, QueryFailed } from '@mace/web-children';
import { BackLink, Button, Radios, Tag, TextInput, usePageTitle } from '@mace/web-ui';
import { ChairOnly } from '../common/chair-only.component';
import { optionalText, SHORT_TEXT_MAX } from '../common/form-rules';
import { formatClockTime } from '../common/meeting-time';
import { MEETING_PLAN } from './live-refetch-plans';
import { livePath } from './live-paths';

type Member = LiveMeetingQuery['meeting']['members'][number];

const CHOICES = [AttendanceStatus.PRESENT, AttendanceStatus.APOLOGIES, AttendanceStatus.INFORMATION_SENT, AttendanceStatus.OBSERVER];

/** `/meetings/:id/live/attendance`: one row per member agency, each saved on its own. */
export function AttendancePage() {
  const { id = '' } = useParams();
  const { data, error } = useQuery(LiveMeetingDocument, { variables: { id } });
  useMeetingEvents(id, undefined, { refetch: MEETING_PLAN, skip: !data?.meeting.canManage });
  usePageTitle('Record attendance');
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (!data) return <Loading />;
  const { meeting } = data;
  if (!meeting.canManage) return <ChairOnly meetingId={meeting.id} what="record attendance" />;

  return (
    <>
      <BackLink to={livePath(meeting.id)}>Back to the meeting</BackLink>
      <span className="govuk-caption-l">{meeting.title}</span>
      <h1 className="govuk-heading-l">Record attendance</h1>
      <p className="govuk-body">Save each agency’s row when you have chosen its attendance. Names are optional.</p>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-visually-hidden">Attendance of the member agencies</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">
              Agency
            </th>
            <th scope="col" className="govuk-table__header">
              Attendance
            </th>
            <th scope="col" className="govuk-table__header">
              Who attended (optional)
            </th>
            <th scope="col" className="govuk-table__header">
              <span className="govuk-visually-hidden">Save</span>
            </th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {meeting.members.map((member) => (
            <AttendanceRow key={member.agency.id} meetingId={meeting.id} member={member} />
          ))}
        </tbody>
      </table>
      <p className="govuk-body">
        <Link to={livePath(meeting.id, 'action-review')} className="govuk-link">
          Continue to the review of earlier actions
        </Link>
      </p>
    </>
  );
}

function AttendanceRow({ meetingId, member }: { meetingId: string; member: Member }) {
  const rowId = `attendance-${member.agency.id}`;
  const [attendance, setAttendance] = useState<AttendanceStatus | ''>(
    member.attendance === AttendanceStatus.NOT_RECORDED ? '' : member.attendance,
  );
  const [names, setNames] = useState(member.attendeeNames ?? '');
  const [error, setError] = useState<{ field: 'attendance' | 'names'; message: string } | null>(null);
  const [saved, setSaved] = useState('');
  const [record, { loading }] = useMutation(RecordAttendanceDocument);

  async function save() {
    if (loading) return;
    setSaved('');
    if (!attendance) return setError({ field: 'attendance', message: `Select the attendance of ${member.agency.name}` });
    const tooLong = optionalText(names, SHORT_TEXT_MAX, 'Names');
    if (tooLong) return setError({ field: 'names', message: tooLong });
    setError(null);
    try {
      const trimmed = names.trim();
      await record({ variables: { input: { meetingId, agencyId: member.agency.id, attendance, ...(trimmed ? { attendeeNames: trimmed } : {}) } } });
      setSaved(`Saved for ${member.agency.name}`);
    } catch (caught) {
      const api = readApiError(caught);
      setError({ field: api.fields['input.attendeeNames'] ? 'names' : 'attendance', message: Object.values(api.fields)[0] ?? api.message ?? 'Not saved. Try again.' });
    }
  }

  return (
    <tr className="govuk-table__row">
      <th scope="row" className="govuk-table__header">
        {member.agency.name}
        {member.core && (
          <>
            {' '}
            <Tag colour="grey">Core</Tag>
          </>
        )}
        {member.attendanceRecordedAt && <div className="govuk-hint govuk-!-margin-bottom-0">Recorded at {formatClockTime(member.attendanceRecordedAt)}</div>}
      </th>
      <td className="govuk-table__cell">
        <Radios
          id={`${rowId}-status`}
          name={`${rowId}-status`}
          legend={<span className="govuk-visually-hidden">Attendance of {member.agency.name}</span>}
          legendSize="s"
          small
          value={attendance}
          error={error?.field === 'attendance' ? error.message : undefined}
          onChange={(value) => setAttendance(value as AttendanceStatus)}
          options={CHOICES.map((choice) => ({ value: choice, label: ATTENDANCE_STATUS_LABELS[choice] }))}
        />
      </td>
      <td className="govuk-table__cell">
        <TextInput
          id={`${rowId}-names`}
          name={`${rowId}-names`}
          label={`Who attended from ${member.agency.name} (optional)`}
          value={names}
          error={error?.field === 'names' ? error.message : undefined}
          onChange={(event) => setNames(event.target.value)}
        />
      </td>
      <td className="govuk-table__cell">
        {/* aria-disabled, not disabled, while saving: disabling the focused button would drop keyboard focus to the page; repeat presses are ignored by the handler. */}
        <Button type="button" variant="secondary" onClick={() => void save()} aria-disabled={loading || undefined}>
          Save<span className="govuk-visually-hidden"> attendance of {member.agency.name}</span>
        </Button>
        <p className="govuk-body-s" role="status">
          {saved}
        </p>
      </td>
    </tr>
  );
}
