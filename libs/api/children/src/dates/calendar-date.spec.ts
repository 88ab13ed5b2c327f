import { addDays, ageOn, dateOfBirthProblem, futureDateProblem, isCalendarDate, shiftYears, todayInLondon } from './calendar-date';

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
    { dob: '2026-02-30', problem: 'Enter the date of birth as a real date, like 2012-03-27' },
    { dob: '14/06/2012', problem: 'Enter the date of birth as a real date, like 2012-03-27' },
    { dob: undefined, problem: 'Enter the date of birth as a real date, like 2012-03-27' },
  ])('on 2026-06-14, a date of birth of $dob: $problem', ({ dob, problem }) => {
    expect(dateOfBirthProblem(dob, '2026-06-14')).toBe(problem);
  });

  it.each([
    // 25 years before 29 February 2028 is taken as 28 February 2003, the last day of that February.
    { today: '2028-02-29', dob: '2003-02-28', problem: null },
    { today: '2028-02-29', dob: '2003-02-27', problem: 'Date of birth must be no more than 25 years ago' },
    // Born on 29 February: exactly 25 years on 28 February of a common year.
    { today: '2029-02-28', dob: '2004-02-29', problem: null },
    { today: '2029-03-01', dob: '2004-02-29', problem: 'Date of birth must be no more than 25 years ago' },
  ])('around 29 February: on $today, a date of birth of $dob: $problem', ({ today, dob, problem }) => {
    expect(dateOfBirthProblem(dob, today)).toBe(problem);
  });

  it.each([
    { value: '2026-06-13', todayAllowed: true, problem: 'The next review date must be today or in the future' },
    { value: '2026-06-14', todayAllowed: true, problem: null },
    { value: '2026-06-15', todayAllowed: true, problem: null },
    { value: '2026-06-14', todayAllowed: false, problem: 'The next review date must be in the future' },
    { value: '2026-06-15', todayAllowed: false, problem: null },
    { value: 'next week', todayAllowed: true, problem: 'Enter the next review date as a real date, like 2026-03-27' },
  ])('on 2026-06-14, $value (today allowed: $todayAllowed): $problem', ({ value, todayAllowed, problem }) => {
    expect(futureDateProblem(value, 'next review date', { todayAllowed, today: '2026-06-14' })).toBe(problem);
  });

  it('counts whole years of age from the birthday itself', () => {
    expect(ageOn('2012-06-14', '2026-06-13')).toBe(13);
    expect(ageOn('2012-06-14', '2026-06-14')).toBe(14);
    expect(ageOn('2012-12-31', '2026-06-14')).toBe(13);
  });

  it('moves dates by whole years and days, keeping them real', () => {
    expect(shiftYears('2026-06-14', -25)).toBe('2001-06-14');
    expect(shiftYears('2028-02-29', -25)).toBe('2003-02-28');
    expect(shiftYears('2028-02-29', -4)).toBe('2024-02-29');
    expect(addDays('2026-02-28', 1)).toBe('2026-03-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('"today" is the date in London, not the server’s zone: 23:30 UTC in summer is already tomorrow', () => {
    expect(todayInLondon(new Date('2026-06-14T23:30:00Z'))).toBe('2026-06-15');
    expect(todayInLondon(new Date('2026-12-14T23:30:00Z'))).toBe('2026-12-14');
  });
});
