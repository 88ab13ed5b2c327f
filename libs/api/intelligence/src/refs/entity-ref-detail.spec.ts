import { EntityKind, LocationType, RiskLevel } from '@mace/shared-domain';
import { detailOf } from './entity-refs.service';

describe('a record’s detail line', () => {
  it('gives a child’s risk level, without saying risk twice', () => {
    expect(detailOf(EntityKind.CHILD, RiskLevel.HIGH, null)).toBe('High risk');
    expect(detailOf(EntityKind.CHILD, RiskLevel.NONE, null)).toBe('No risk identified');
    expect(detailOf(EntityKind.CHILD, null, null)).toBeNull();
  });

  it('gives a place its type and a vehicle its description', () => {
    expect(detailOf(EntityKind.LOCATION, LocationType.HOTEL, null)).toBe('Hotel');
    expect(detailOf(EntityKind.VEHICLE, null, 'Silver Vauxhall Corsa')).toBe('Silver Vauxhall Corsa');
  });
});
