import { EMPTY_SCHEDULE_FORM, scheduleFormErrors, toScheduleInput, withTypeDefaults, type ScheduleForm } from './schedule-form';

const NOW = new Date('2026-12-03T12:00:00.000Z');
const WEEKLY = { id: 't1', cadenceDays: 7, defaultStartTime: '10:00', defaultDurationMinutes: 120 };
const filled: ScheduleForm = withTypeDefaults(EMPTY_SCHEDULE_FORM, WEEKLY, '2026-12-03');

describe('scheduling form', () => {
  it('fills the type’s defaults: a cadence on from today, its time and duration', () => {
    expect(filled).toMatchObject({
      meetingTypeId: 't1',
      date: { day: '10', month: '12', year: '2026' },
      time: '10:00',
      duration: '120',
      everyDays: '7',
    });
    expect(scheduleFormErrors(filled, NOW)).toEqual({});
  });

  it('sends one meeting at the London time, with the type’s cadence left to the API', () => {
    expect(toScheduleInput({ ...filled, place: '  Town Hall, room 2 ' })).toEqual({
      meetingTypeId: 't1',
      startsAt: '2026-12-10T10:00:00.000Z',
      durationMinutes: 120,
      place: 'Town Hall, room 2',
      repeatCount: 1,
      everyDays: undefined,
    });
  });

  it('sends a series with its count and spacing', () => {
    const input = toScheduleInput({ ...filled, repeat: 'series', count: '6', everyDays: '14', time: '9:30' });
    expect(input).toMatchObject({ startsAt: '2026-12-10T09:30:00.000Z', repeatCount: 6, everyDays: 14, place: undefined });
  });

  it('asks for every missing answer', () => {
    expect(scheduleFormErrors({ ...EMPTY_SCHEDULE_FORM, repeat: 'series' }, NOW)).toEqual({
      meetingTypeId: 'Select the meeting type',
      date: 'Enter the date of the meeting',
      time: 'Enter the start time',
      duration: 'Enter how long the meeting lasts, in minutes',
      count: 'Enter how many meetings to schedule',
      everyDays: 'Enter how many days apart the meetings are',
    });
  });

  it.each([
    [{ date: { day: '31', month: '11', year: '2026' } }, 'date', 'Date of the meeting must be a real date'],
    [{ date: { day: '3', month: '12', year: '2026' }, time: '11:59' }, 'date', 'Date and time of the meeting must be in the future'],
    [{ date: { day: '3', month: '12', year: '2029' } }, 'date', 'Date of the meeting must be within the next 2 years'],
    [{ time: '25:00' }, 'time', 'Start time must be a time on the 24-hour clock, like 09:30 or 14:00'],
    [{ duration: '10' }, 'duration', 'Duration must be between 15 and 480'],
    [{ place: 'x'.repeat(201) }, 'place', 'Place must be 200 characters or fewer'],
    [{ repeat: 'series' as const, count: '1' }, 'count', 'Number of meetings must be between 2 and 52'],
    [{ repeat: 'series' as const, count: '53' }, 'count', 'Number of meetings must be between 2 and 52'],
    [{ repeat: 'series' as const, count: '4', everyDays: '0' }, 'everyDays', 'Days between meetings must be between 1 and 92'],
  ])('refuses %o', (change, field, message) => {
    expect(scheduleFormErrors({ ...filled, ...change }, NOW)[field]).toBe(message);
  });

  it('accepts later today', () => {
    expect(scheduleFormErrors({ ...filled, date: { day: '3', month: '12', year: '2026' }, time: '12:01' }, NOW)).toEqual({});
  });
});
