import { IntelligenceStatus } from '@mace/shared-domain';
import { mayMoveTo } from './intelligence-status';
import { intelligenceView, IntelligenceView, ItemFacts, ViewerFacts } from './intelligence-view';

const S = IntelligenceStatus;
const D = 'district-d';
const AGENCY = 'agency-a';
const police: ViewerFacts = { agencyId: 'police', districtIds: [D], fullRead: true };
const policeElsewhere: ViewerFacts = { agencyId: 'police-2', districtIds: ['other'], fullRead: true };
const partner: ViewerFacts = { agencyId: AGENCY, districtIds: [D], fullRead: false };
const otherPartner: ViewerFacts = { agencyId: 'agency-b', districtIds: [D], fullRead: false };

const item = (over: Partial<ItemFacts>): ItemFacts => ({
  districtId: D,
  status: S.GRADED,
  submittedByAgencyId: AGENCY,
  handlingCode: 'P',
  childIds: ['c1'],
  ...over,
});

describe('intelligenceView', () => {
  it.each([
    ['police of the district, submitted', police, item({ status: S.SUBMITTED, handlingCode: null }), ['c1'], IntelligenceView.FULL],
    ['police of the district, no readable child', police, item({}), [], IntelligenceView.FULL],
    ['police of another district seeing the child', policeElsewhere, item({}), ['c1'], IntelligenceView.SHARED],
    ['police of another district not seeing the child', policeElsewhere, item({}), [], null],
    ['partner, graded P, sees the child', otherPartner, item({}), ['c1'], IntelligenceView.SHARED],
    ['partner, graded C, sees the child', otherPartner, item({ handlingCode: 'C' }), ['c1'], IntelligenceView.SHARED],
    ['partner, linked, sees the child', otherPartner, item({ status: S.LINKED }), ['c1'], IntelligenceView.SHARED],
    ['partner, sees one child of two', otherPartner, item({ childIds: ['c1', 'c2'] }), ['c1'], null],
    ['partner, sees neither child', otherPartner, item({}), [], null],
    ['partner, submitted by another agency', otherPartner, item({ status: S.SUBMITTED, handlingCode: null }), ['c1'], null],
    ['submitter, awaiting grading', partner, item({ status: S.SUBMITTED, handlingCode: null }), [], IntelligenceView.AWAITING],
    ['submitter, graded, about no child', partner, item({ childIds: [] }), [], IntelligenceView.SHARED],
    ['other partner, graded, about no child', otherPartner, item({ childIds: [] }), [], null],
    ['submitter, graded, child no longer visible', partner, item({}), [], null],
    ['partner, an unknown handling code', otherPartner, item({ handlingCode: 'X' }), ['c1'], null],
  ])('%s', (_name, viewer, facts, readable, expected) => {
    expect(intelligenceView(viewer, facts, new Set(readable))).toBe(expected);
  });
});

describe('status transitions', () => {
  it.each([
    [S.GRADED, S.LINKED, true],
    [S.LINKED, S.TABLED, true],
    [S.TABLED, S.ACTIONED, true],
    [S.TABLED, S.NO_FURTHER_ACTION, true],
    [S.GRADED, S.NO_FURTHER_ACTION, true],
    [S.GRADED, S.TABLED, true],
    [S.SUBMITTED, S.GRADED, false],
    [S.SUBMITTED, S.LINKED, false],
    [S.LINKED, S.GRADED, false],
    [S.ACTIONED, S.TABLED, false],
    [S.NO_FURTHER_ACTION, S.GRADED, false],
    [S.TABLED, S.TABLED, false],
  ])('%s → %s: %s', (from, to, allowed) => {
    expect(mayMoveTo(from, to)).toBe(allowed);
  });
});
