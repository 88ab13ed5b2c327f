import { ActionStatus } from '@mace/shared-domain';
import { overdueActionHits } from './overdue-actions.rule';

const meetingDate = '2026-12-03';

describe('OVERDUE_ACTIONS: children with actions overdue on the meeting date', () => {
  it.each([
    { name: 'one open action due the day before', actions: [{ dueOn: '2026-12-02', status: ActionStatus.OPEN }], detail: '1 overdue action' },
    { name: 'due on the meeting date is not yet overdue', actions: [{ dueOn: '2026-12-03', status: ActionStatus.OPEN }], detail: null },
    {
      name: 'two overdue (open and in progress) and one done',
      actions: [
        { dueOn: '2026-11-20', status: ActionStatus.OPEN },
        { dueOn: '2026-11-25', status: ActionStatus.IN_PROGRESS },
        { dueOn: '2026-11-01', status: ActionStatus.DONE },
      ],
      detail: '2 overdue actions',
    },
    { name: 'finished actions are never overdue', actions: [{ dueOn: '2026-11-01', status: ActionStatus.NOT_DONE }, { dueOn: '2026-11-01', status: ActionStatus.CANCELLED }], detail: null },
  ])('$name', ({ actions, detail }) => {
    const hits = overdueActionHits(actions.map((action) => ({ childId: 'c', ...action })), meetingDate);
    expect(hits.map((hit) => hit.detail)).toEqual(detail ? [detail] : []);
  });

  it('counts per child', () => {
    const hits = overdueActionHits(
      [
        { childId: 'a', dueOn: '2026-11-01', status: ActionStatus.OPEN },
        { childId: 'b', dueOn: '2026-11-01', status: ActionStatus.OPEN },
        { childId: 'b', dueOn: '2026-11-02', status: ActionStatus.OPEN },
      ],
      meetingDate,
    );
    expect(hits.map(({ childId, detail }) => ({ childId, detail }))).toEqual([
      { childId: 'a', detail: '1 overdue action' },
      { childId: 'b', detail: '2 overdue actions' },
    ]);
  });
});
