import { dateOfBirthProblem, isCalendarDate, todayInLondon } from './calendar-dates';

describe('calendar dates', () => {
  it.each([
    { value: '2010-03-27', ok: true },
    { value: '2024-02-29', ok: true },
    { value: '2023-02-29', ok: false },
    { value: '2010-13-01', ok: false },
    { value: '2010-3-27', ok: false },
    { value: '27/03/2010', ok: false },
    { value: 20100327, ok: false },
  ])('isCalendarDate($value) is $ok', ({ value, ok }) => {
    expect(isCalendarDate(value)).toBe(ok);
  });

  it.each([
    { dob: '2026-06-14', problem: 'Date of birth must be in the past' },
    { dob: '2026-06-15', problem: 'Date of birth must be in the past' },
    { dob: '2026-06-13', problem: null },
    { dob: '2001-06-14', problem: null },
    { dob: '2001-06-13', problem: 'Date of birth must be no more than 25 years ago' },
    { dob: '2026-02-30', problem: 'Enter the date of birth as a real date, like 2010-03-27' },
  ])('on 2026-06-14, a date of birth of $dob: $problem', ({ dob, problem }) => {
    expect(dateOfBirthProblem(dob, '2026-06-14')).toBe(problem);
  });

  it('"today" is the date in London, not the server’s zone: 23:30 UTC in summer is already tomorrow', () => {
    expect(todayInLondon(new Date('2026-06-14T23:30:00Z'))).toBe('2026-06-15');
    expect(todayInLondon(new Date('2026-12-14T23:30:00Z'))).toBe('2026-12-14');
  });
});
