import { readMeetingsQuery, toMeetingFilter, writeMeetingsQuery } from './meetings-query';

const TODAY = '2026-12-03';

describe('meetings page address', () => {
  it('opens on the upcoming list of every district and this month', () => {
    const query = readMeetingsQuery(new URLSearchParams(), TODAY);
    expect(query).toEqual({ view: 'upcoming', districtId: '', meetingTypeId: '', month: '2026-12' });
    expect(writeMeetingsQuery(query, TODAY).toString()).toBe('');
    expect(toMeetingFilter(query)).toEqual({ districtId: undefined, meetingTypeId: undefined, when: 'UPCOMING' });
  });

  it('round-trips a filtered calendar month', () => {
    const params = new URLSearchParams('view=calendar&district=d1&type=t1&month=2027-01');
    const query = readMeetingsQuery(params, TODAY);
    expect(writeMeetingsQuery(query, TODAY).toString()).toBe('view=calendar&district=d1&type=t1&month=2027-01');
    expect(toMeetingFilter(query)).toEqual({
      districtId: 'd1',
      meetingTypeId: 't1',
      when: 'ALL',
      from: '2027-01-01T00:00:00.000Z',
      to: '2027-02-01T00:00:00.000Z',
    });
  });

  it('ignores a view or month it does not know', () => {
    const query = readMeetingsQuery(new URLSearchParams('view=agenda&month=soon'), TODAY);
    expect(query.view).toBe('upcoming');
    expect(query.month).toBe('2026-12');
  });

  it('asks for past meetings latest first by the PAST filter', () => {
    expect(toMeetingFilter(readMeetingsQuery(new URLSearchParams('view=past'), TODAY)).when).toBe('PAST');
  });
});
