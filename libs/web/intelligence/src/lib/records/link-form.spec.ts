import { EntityKind, LinkConfidence, LinkRelation } from '@mace/shared-domain';
import type { EntityRefFieldsFragment } from '@mace/web-data-access';
import { emptyLinkForm, linkFormErrors, relationsFor, toCreateLinkInput, type LinkForm } from './link-form';

const ref = (kind: EntityKind, id: string): EntityRefFieldsFragment => ({ __typename: 'EntityRef', kind, id, label: id, detail: null });
const child = ref(EntityKind.CHILD, 'c1');
const hotel = ref(EntityKind.LOCATION, 'l1');
const valid: LinkForm = { ...emptyLinkForm(child), to: hotel, relation: LinkRelation.FOUND_AT, confidence: LinkConfidence.PROBABLE };

describe('link form', () => {
  it('offers the relations that fit the two kinds', () => {
    expect(relationsFor(EntityKind.CHILD, EntityKind.LOCATION)).toEqual([LinkRelation.FREQUENTS, LinkRelation.FOUND_AT]);
    expect(relationsFor(EntityKind.PERSON, EntityKind.CHILD)).toEqual([LinkRelation.ASSOCIATE_OF, LinkRelation.SUSPECTED_EXPLOITER_OF]);
    expect(relationsFor(EntityKind.CHILD, EntityKind.VEHICLE)).toEqual([LinkRelation.USES_VEHICLE]);
    expect(relationsFor(EntityKind.IDENTIFIER, EntityKind.VEHICLE)).toHaveLength(Object.values(LinkRelation).length);
    expect(relationsFor(undefined, EntityKind.VEHICLE)).toHaveLength(Object.values(LinkRelation).length);
  });

  it('asks for both ends, the relation and the confidence', () => {
    expect(Object.keys(linkFormErrors(emptyLinkForm()))).toEqual(['from', 'to', 'relation', 'confidence']);
    expect(linkFormErrors(valid)).toEqual({});
  });

  it('refuses a self-link and dates out of order', () => {
    expect(linkFormErrors({ ...valid, to: child })['to']).toBe('A record cannot be linked to itself');
    const dated = { ...valid, validFrom: { day: '2', month: '3', year: '2026' }, validTo: { day: '1', month: '3', year: '2026' } };
    expect(linkFormErrors(dated)['validTo']).toMatch(/same as or after/);
    expect(linkFormErrors({ ...valid, validFrom: { day: '31', month: '2', year: '2026' } })['validFrom']).toMatch(/real date/);
  });

  it('sends the ends as refs, dates as yyyy-mm-dd and the supporting intelligence', () => {
    const input = toCreateLinkInput({ ...valid, validFrom: { day: '1', month: '3', year: '2026' }, note: ' ' }, 'i1');
    expect(input).toEqual({
      from: { kind: EntityKind.CHILD, id: 'c1' },
      to: { kind: EntityKind.LOCATION, id: 'l1' },
      relation: LinkRelation.FOUND_AT,
      confidence: LinkConfidence.PROBABLE,
      validFrom: '2026-03-01',
      validTo: undefined,
      intelligenceId: 'i1',
      note: undefined,
    });
  });
});
