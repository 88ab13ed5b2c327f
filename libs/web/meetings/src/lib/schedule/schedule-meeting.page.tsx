import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { errorSummaryOf, Loading, QueryFailed, type FieldErrors } from '@mace/web-children';
import { MeetingTypesDocument, ScheduleMeetingDocument, type MeetingTypeFieldsFragment, apiFormErrors } from '@mace/web-data-access';
import { useCurrentUser } from '@mace/web-shell';
import { BackLink, Button, DateInput, ErrorSummary, Radios, Select, TextInput, usePageTitle } from '@mace/web-ui';
import { formatMeetingDateTime, londonToday } from '../common/london-time';
import { cadenceLabel, countLabel, durationLabel } from '../common/meeting-labels';
import { MEETINGS_PATH, SCHEDULED_PATH } from '../common/meeting-paths';
import { seriesStarts } from './schedule-dates';
import { dateOf, EMPTY_SCHEDULE_FORM, scheduleFormErrors, toScheduleInput, withTypeDefaults, type ScheduleForm } from './schedule-form';
import type { ScheduledPageState } from './scheduled.page';

const ORDER = [
  ['meetingTypeId', 'meetingTypeId'],
  ['date', 'date-day'],
  ['startsAt', 'date-day'],
  ['time', 'time'],
  ['duration', 'duration'],
  ['durationMinutes', 'duration'],
  ['place', 'place'],
  ['count', 'count'],
  ['repeatCount', 'count'],
  ['everyDays', 'everyDays'],
] as const;
const API_FIELDS = ORDER.map(([field]) => field);

/** Schedule one meeting of a type, or a series, for a district the caller chairs. */
export function ScheduleMeetingPage() {
  const user = useCurrentUser();
  const { data, error, loading } = useQuery(MeetingTypesDocument, { variables: {} });
  if (error) return <QueryFailed error={error} what="Meeting types" />;
  if (loading || !data) return <Loading />;
  // Types of the caller's districts only: the API refuses the others.
  const districtIds = new Set(user.districts.map((d) => d.id));
  const types = data.meetingTypes.filter((type) => type.active && districtIds.has(type.district.id));
  return <ScheduleMeetingForm types={types} manyDistricts={user.districts.length > 1} />;
}

function ScheduleMeetingForm({ types, manyDistricts }: { types: MeetingTypeFieldsFragment[]; manyDistricts: boolean }) {
  const navigate = useNavigate();
  const today = londonToday();
  const [form, setForm] = useState<ScheduleForm>(() => (types.length === 1 ? withTypeDefaults(EMPTY_SCHEDULE_FORM, types[0], today) : EMPTY_SCHEDULE_FORM));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [schedule, { loading }] = useMutation(ScheduleMeetingDocument);
  const summary = useMemo(() => errorSummaryOf(errors, ORDER), [errors]);
  usePageTitle('Schedule a meeting', summary.length > 0);

  const type = types.find((t) => t.id === form.meetingTypeId);
  const set = (change: Partial<ScheduleForm>) => setForm((current) => ({ ...current, ...change }));

  function chooseType(id: string) {
    const chosen = types.find((t) => t.id === id);
    setForm((current) => (chosen ? withTypeDefaults(current, chosen, today) : { ...current, meetingTypeId: id }));
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const found = scheduleFormErrors(form, new Date());
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    try {
      const result = await schedule({ variables: { input: toScheduleInput(form) } });
      const state: ScheduledPageState = { meetings: result.data?.scheduleMeeting ?? [] };
      navigate(SCHEDULED_PATH, { state });
    } catch (caught) {
      setErrors(apiFormErrors(caught, API_FIELDS, 'You cannot schedule meetings of this type: it belongs to a district you do not chair'));
    }
  }

  if (types.length === 0) {
    return (
      <>
        <BackLink to={MEETINGS_PATH}>Back to meetings</BackLink>
        <h1 className="govuk-heading-l">Schedule a meeting</h1>
        <p className="govuk-body">There are no active meeting types in your districts. Someone who configures meetings must set one up first.</p>
      </>
    );
  }

  const date = dateOf(form.date);
  const series = form.repeat === 'series' && date ? seriesStarts(date, form.time, Number(form.count) || 0, Number(form.everyDays) || 0) : [];
  const typeLabel = (t: MeetingTypeFieldsFragment) => (manyDistricts ? `${t.name} (${t.district.name})` : t.name);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={MEETINGS_PATH}>Back to meetings</BackLink>
        {summary.length > 0 && <ErrorSummary errors={summary} />}
        <h1 className="govuk-heading-l">Schedule a meeting</h1>
        <form noValidate onSubmit={submit}>
          {types.length <= 6 ? (
            <Radios
              id="meetingTypeId"
              name="meetingTypeId"
              legend="Meeting type"
              value={form.meetingTypeId}
              error={errors['meetingTypeId']}
              onChange={chooseType}
              options={types.map((t) => ({ value: t.id, label: typeLabel(t), hint: `${cadenceLabel(t.cadenceDays)}, ${t.defaultStartTime}` }))}
            />
          ) : (
            <Select
              id="meetingTypeId"
              name="meetingTypeId"
              label="Meeting type"
              labelSize="m"
              value={form.meetingTypeId}
              error={errors['meetingTypeId']}
              onChange={chooseType}
              options={[{ value: '', label: 'Select a meeting type' }, ...types.map((t) => ({ value: t.id, label: typeLabel(t) }))]}
            />
          )}
          <DateInput
            id="date"
            legend="Date"
            hint={type ? `The next date at the type’s cadence (${cadenceLabel(type.cadenceDays).toLowerCase()}) is filled in. For example, 10 12 2026` : 'For example, 10 12 2026'}
            value={form.date}
            error={errors['date'] ?? errors['startsAt']}
            onChange={(value) => set({ date: value })}
          />
          <TextInput
            id="time"
            name="time"
            label="Start time"
            labelSize="s"
            hint="On the 24-hour clock, UK time, like 10:00"
            inputClassName="govuk-input--width-5"
            value={form.time}
            error={errors['time']}
            onChange={(event) => set({ time: event.target.value })}
          />
          <TextInput
            id="duration"
            name="duration"
            label="Duration in minutes"
            labelSize="s"
            hint={form.duration && Number(form.duration) >= 15 ? durationLabel(Number(form.duration)) : 'Between 15 and 480 minutes'}
            inputMode="numeric"
            inputClassName="govuk-input--width-4"
            value={form.duration}
            error={errors['duration'] ?? errors['durationMinutes']}
            onChange={(event) => set({ duration: event.target.value })}
          />
          <TextInput
            id="place"
            name="place"
            label="Place (optional)"
            labelSize="s"
            hint="A room and building, or how to join online"
            value={form.place}
            error={errors['place']}
            onChange={(event) => set({ place: event.target.value })}
          />
          <Radios
            id="repeat"
            name="repeat"
            legend="How often"
            value={form.repeat}
            onChange={(value) => set({ repeat: value as ScheduleForm['repeat'] })}
            options={[
              { value: 'once', label: 'Once' },
              {
                value: 'series',
                label: 'A series of meetings',
                conditional: (
                  <>
                    <TextInput
                      id="count"
                      name="count"
                      label="Number of meetings"
                      hint="Between 2 and 52, including the first"
                      inputMode="numeric"
                      inputClassName="govuk-input--width-3"
                      value={form.count}
                      error={errors['count'] ?? errors['repeatCount']}
                      onChange={(event) => set({ count: event.target.value })}
                    />
                    <TextInput
                      id="everyDays"
                      name="everyDays"
                      label="Days between meetings"
                      hint="7 for weekly, 14 for fortnightly"
                      inputMode="numeric"
                      inputClassName="govuk-input--width-3"
                      value={form.everyDays}
                      error={errors['everyDays']}
                      onChange={(event) => set({ everyDays: event.target.value })}
                    />
                  </>
                ),
              },
            ]}
          />
          {series.length > 1 && (
            <p className="govuk-body">
              {countLabel(series.length, 'meeting', 'meetings')}, from {formatMeetingDateTime(series[0])} to {formatMeetingDateTime(series[series.length - 1])}.
            </p>
          )}
          <Button disabled={loading}>{form.repeat === 'series' ? 'Schedule the meetings' : 'Schedule the meeting'}</Button>
        </form>
      </div>
    </div>
  );
}
