import { collectionPlan } from './collection-plan';

const car = { label: 'AB12CDE', detail: 'silver Ford Focus' };
const van = { label: 'XY34ZZZ', detail: null };
const hotel = { label: 'Example Hotel, S1 2AB', detail: 'Hotel' };
const park = { label: 'Invented Park', detail: 'Park' };
const jon = { label: 'Jon Invented', detail: null };
const ann = { label: 'Ann Invented', detail: 'OCG nominal' };

describe('collectionPlan: what officers should look out for, from the links', () => {
  it.each([
    {
      name: 'vehicle, place and associate',
      parts: { vehicles: [car], places: [hotel], associates: [jon] },
      plan: 'Look out for AB12CDE (silver Ford Focus) near Example Hotel, S1 2AB; associates: Jon Invented.',
    },
    {
      name: 'several of each',
      parts: { vehicles: [car, van], places: [hotel, park], associates: [jon, ann] },
      plan: 'Look out for AB12CDE (silver Ford Focus) or XY34ZZZ near Example Hotel, S1 2AB or Invented Park; associates: Jon Invented, Ann Invented.',
    },
    { name: 'vehicle only', parts: { vehicles: [van], places: [], associates: [] }, plan: 'Look out for XY34ZZZ.' },
    { name: 'place only', parts: { vehicles: [], places: [park], associates: [] }, plan: 'Look out for the child and associates at Invented Park.' },
    { name: 'associates only', parts: { vehicles: [], places: [], associates: [ann] }, plan: 'Associates: Ann Invented.' },
    { name: 'nothing linked', parts: { vehicles: [], places: [], associates: [] }, plan: 'No associates, places or vehicles linked yet: nothing to look out for.' },
  ])('$name', ({ parts, plan }) => expect(collectionPlan(parts)).toBe(plan));
});
