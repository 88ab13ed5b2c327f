import type { DocumentNode } from 'graphql';
import { MeetingEventKind } from '@mace/shared-domain';
import { allPlannedDocuments, documentsToRefetch } from './meeting-event-refetch';

const doc = (name: string) => ({ kind: 'Document', definitions: [], name }) as unknown as DocumentNode;
const meeting = doc('meeting');
const items = doc('items');
const reviews = doc('reviews');

describe('documentsToRefetch', () => {
  const plan = {
    ALL: [meeting],
    [MeetingEventKind.OUTCOME_RECORDED]: [items, meeting],
    [MeetingEventKind.ACTION_REVIEWED]: [reviews],
  };

  it('reads again what the plan lists for the kind, and what it lists for every kind, once each', () => {
    expect(documentsToRefetch(plan, MeetingEventKind.OUTCOME_RECORDED)).toEqual([meeting, items]);
    expect(documentsToRefetch(plan, MeetingEventKind.ACTION_REVIEWED)).toEqual([meeting, reviews]);
  });

  it('reads again only the ALL entries for a kind the page does not list', () => {
    expect(documentsToRefetch(plan, MeetingEventKind.MINUTES_CHANGED)).toEqual([meeting]);
    expect(documentsToRefetch({ [MeetingEventKind.NOTE_CHANGED]: [items] }, MeetingEventKind.MINUTES_CHANGED)).toEqual([]);
  });

  it('lists every planned query once for a reconnect', () => {
    expect(allPlannedDocuments(plan)).toEqual([meeting, items, reviews]);
    expect(allPlannedDocuments({})).toEqual([]);
  });
});
