import { ActionStatus } from '@mace/shared-domain';
import { reviewActionInput, reviewErrors, stillToReview } from './action-review';

describe('action review', () => {
  it('asks for a status', () => {
    expect(reviewErrors({ status: '', note: '' })).toEqual({ status: 'Select the action’s status now' });
  });

  it.each([
    [ActionStatus.DONE, 'Enter the outcome of the action'],
    [ActionStatus.NOT_POSSIBLE, 'Enter what changed so that the action is not possible'],
    [ActionStatus.NOT_DONE, 'Enter why the agency did not do the action'],
    [ActionStatus.CANCELLED, 'Enter why the action is cancelled'],
  ])('needs a note for %s', (status, message) => {
    expect(reviewErrors({ status, note: '  ' })['note']).toBe(message);
    expect(reviewErrors({ status, note: 'Because' })['note']).toBeUndefined();
  });

  it.each([[ActionStatus.OPEN], [ActionStatus.IN_PROGRESS]])('needs no note for %s, and sends none', (status) => {
    expect(reviewErrors({ status, note: '' })['note']).toBeUndefined();
    expect(reviewActionInput('m', 'a', 2, { status, note: 'typed before changing the status' })).toEqual({
      meetingId: 'm',
      actionId: 'a',
      version: 2,
      status,
    });
  });

  it('sends the trimmed note with a status that needs one', () => {
    expect(reviewActionInput('m', 'a', 2, { status: ActionStatus.NOT_DONE, note: ' No capacity ' }).note).toBe('No capacity');
  });

  it('counts what is left', () => {
    expect(stillToReview(0)).toBe('All reviewed');
    expect(stillToReview(1)).toBe('1 still to review');
    expect(stillToReview(4)).toBe('4 still to review');
  });
});
