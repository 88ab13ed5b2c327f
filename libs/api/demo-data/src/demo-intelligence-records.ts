import {
  IdentifierKind,
  LinkConfidence,
  LinkRelation,
  LocationType,
  MakesafeStatus,
  NetworkStatus,
  OffendingModel,
  PersonRiskMarker,
  Platform,
} from '@mace/shared-domain';
import { DemoDistrictName } from './demo-meeting-schedule';

/**
 * The police SPOCs' invented picture of who exploits which demo children, where: persons of concern,
 * places, vehicles, phones and accounts, networks and the links between them and the children. Every
 * name is made up; postcodes end "ZZ" (unallocated), registrations start "ZZ" (never issued: Z is not
 * a DVLA memory tag), phones are in Ofcom's drama range 07700 900000–900999, e-mails on example.org.
 * Richest in Sheffield and Doncaster; dates are days before today so the picture never ages.
 */

/** Fixed ids: `<prefix>-0000-4000-8000-<n>`, so tests and links can name records. */
const ids = (prefix: string) => {
  let n = 0;
  return () => `${prefix}-0000-4000-8000-${String(++n).padStart(12, '0')}`;
};
const personId = ids('9e500000');
const locationId = ids('10ca0000');
const vehicleId = ids('7e410000');
const identifierId = ids('1d000000');
const networkId = ids('0e700000');

export interface DemoPerson {
  id: string;
  key: string;
  district: DemoDistrictName;
  givenName: string;
  familyName: string;
  aliases: string[];
  dateOfBirth: string | null;
  riskMarkers: PersonRiskMarker[];
  ocgNominal: boolean;
  description: string | null;
}

export interface DemoLocation {
  id: string;
  key: string;
  district: DemoDistrictName;
  type: LocationType;
  name: string;
  address: string | null;
  postcode: string | null;
  /** Hotels only (Op Makesafe): the status and how many days ago it was last checked (null: never). */
  makesafe?: { status: MakesafeStatus; checkedDaysAgo: number | null };
}

export interface DemoVehicle { id: string; key: string; registration: string; make: string; model: string; colour: string }

export interface DemoIdentifier { id: string; key: string; kind: IdentifierKind; platform: Platform | null; value: string }

export interface DemoNetwork {
  id: string;
  key: string;
  district: DemoDistrictName;
  name: string;
  model: OffendingModel;
  status: NetworkStatus;
  groupBasedCse: boolean;
  description: string;
}

/** A link end: `child:<given name>`, `person:<key>`, `location:<key>`, `vehicle:<key>`, `identifier:<key>`, `network:<key>`. */
export type DemoRef = `${'child' | 'person' | 'location' | 'vehicle' | 'identifier' | 'network'}:${string}`;

export interface DemoLink {
  from: DemoRef;
  to: DemoRef;
  relation: LinkRelation;
  confidence: LinkConfidence;
  /** Days before today the link began / ended (absent: not known / still current). */
  fromDaysAgo?: number;
  toDaysAgo?: number;
  /** The demo intelligence (key) that supports the link: only LINKED or TABLED reports. */
  intelligence?: string;
  note?: string;
}

const M = PersonRiskMarker;
const person = (p: Omit<DemoPerson, 'id'>): DemoPerson => ({ id: personId(), ...p });

export const DEMO_PERSONS: DemoPerson[] = [
  // Sheffield: the Larkspur group (group-based CSE) and the JK line (county lines)
  person({ key: 'voss', district: 'Sheffield', givenName: 'Darren', familyName: 'Voss', aliases: ['Dee', 'D-Man'], dateOfBirth: '1991-04-12',
    riskMarkers: [M.CHILD_SEXUAL_OFFENCES, M.VIOLENCE], ocgNominal: true,
    description: 'Named by two children as the older man who arranges "parties" in hotel rooms; drives a grey hatchback.' }),
  person({ key: 'stell', district: 'Sheffield', givenName: 'Marcus', familyName: 'Stell', aliases: ['Stelly'], dateOfBirth: '1996-09-30',
    riskMarkers: [M.MISSING_FROM_HOME_HARBOURING, M.SEXUAL_OFFENCES], ocgNominal: false,
    description: 'Tenant at a house in multiple occupation where missing children have been found.' }),
  person({ key: 'ashcombe', district: 'Sheffield', givenName: 'Lee', familyName: 'Ashcombe', aliases: [], dateOfBirth: '1984-01-17',
    riskMarkers: [], ocgNominal: false, description: 'Private hire driver; has driven girls to the Larkspur Court Hotel late at night.' }),
  person({ key: 'keel', district: 'Sheffield', givenName: 'Jordan', familyName: 'Keel', aliases: ['JK', 'Keelo'], dateOfBirth: '1998-06-02',
    riskMarkers: [M.DRUGS_SUPPLY, M.WEAPONS, M.VIOLENCE], ocgNominal: true,
    description: 'Runs the "JK" deal line; recruits boys from the north of the city to carry for him.' }),
  person({ key: 'brindle', district: 'Sheffield', givenName: 'Tomasz', familyName: 'Brindle', aliases: ['Tommo'], dateOfBirth: '2001-11-23',
    riskMarkers: [M.DRUGS_SUPPLY], ocgNominal: false, description: 'Holds stock for the JK line; often at the Golden Fryer.' }),
  person({ key: 'frith', district: 'Sheffield', givenName: 'Dylan', familyName: 'Frith', aliases: ['Frithy'], dateOfBirth: '2006-03-08',
    riskMarkers: [M.DRUGS_SUPPLY], ocgNominal: false, description: 'Nineteen; introduces younger boys to the line.' }),
  // Doncaster: the Carr line (county lines) and the Selby Row group (group-based CSE)
  person({ key: 'rudd', district: 'Doncaster', givenName: 'Shane', familyName: 'Rudd', aliases: ['Rudds'], dateOfBirth: '1989-12-04',
    riskMarkers: [M.DRUGS_SUPPLY, M.WEAPONS, M.TRAFFICKING], ocgNominal: true,
    description: 'Controls the Carr line; uses a house in multiple occupation on Selby Row as a trap house.' }),
  person({ key: 'pell', district: 'Doncaster', givenName: 'Aaron', familyName: 'Pell', aliases: ['AP'], dateOfBirth: '2000-07-19',
    riskMarkers: [M.DRUGS_SUPPLY, M.VIOLENCE], ocgNominal: false, description: 'Collects children from the takeaway to run for the line.' }),
  person({ key: 'garbett', district: 'Doncaster', givenName: 'Craig', familyName: 'Garbett', aliases: ['Garby'], dateOfBirth: '1987-02-26',
    riskMarkers: [M.CHILD_SEXUAL_OFFENCES, M.MISSING_FROM_HOME_HARBOURING], ocgNominal: true,
    description: 'Books rooms at the Railway Arms Hotel; girls reported missing have been found with him.' }),
  person({ key: 'lund', district: 'Doncaster', givenName: 'Stacey', familyName: 'Lund', aliases: ['Stace'], dateOfBirth: '1999-05-14',
    riskMarkers: [M.TRAFFICKING], ocgNominal: false, description: 'Befriends girls online and introduces them to older men.' }),
  person({ key: 'ormsby', district: 'Doncaster', givenName: 'Wayne', familyName: 'Ormsby', aliases: [], dateOfBirth: '1979-10-01',
    riskMarkers: [M.ONLINE_OFFENDING, M.CHILD_SEXUAL_OFFENCES], ocgNominal: false,
    description: 'Contacts boys through gaming chats and asks them to move to private apps.' }),
  // Rotherham
  person({ key: 'hebden', district: 'Rotherham', givenName: 'Gary', familyName: 'Hebden', aliases: ['Heb'], dateOfBirth: '1985-08-11',
    riskMarkers: [M.SEXUAL_OFFENCES], ocgNominal: false, description: 'His car has been seen outside a children’s home at night.' }),
  person({ key: 'quarmby', district: 'Rotherham', givenName: 'Reuben', familyName: 'Quarmby', aliases: ['Q'], dateOfBirth: '1997-03-29',
    riskMarkers: [M.DRUGS_SUPPLY], ocgNominal: true, description: 'Ran the Riverside line until arrests last year; thought to be restarting it.' }),
  // Barnsley
  person({ key: 'tandy', district: 'Barnsley', givenName: 'Liam', familyName: 'Tandy', aliases: ['Tands'], dateOfBirth: '1993-12-15',
    riskMarkers: [M.ONLINE_OFFENDING, M.CHILD_SEXUAL_OFFENCES], ocgNominal: false, description: 'Sends gifts to girls he meets online.' }),
  person({ key: 'crowther', district: 'Barnsley', givenName: 'Josh', familyName: 'Crowther', aliases: [], dateOfBirth: '2003-04-04',
    riskMarkers: [M.DRUGS_SUPPLY], ocgNominal: false, description: null }),
];

const L = LocationType;
const S = MakesafeStatus;
const location = (l: Omit<DemoLocation, 'id'>): DemoLocation => ({ id: locationId(), ...l });

export const DEMO_LOCATIONS: DemoLocation[] = [
  location({ key: 'larkspur', district: 'Sheffield', type: L.HOTEL, name: 'Larkspur Court Hotel', address: '88 Station Approach, Sheffield',
    postcode: 'S1 8ZZ', makesafe: { status: S.CONCERNS, checkedDaysAgo: 9 } }),
  location({ key: 'cutlers', district: 'Sheffield', type: L.HOTEL, name: 'Cutlers Rest Inn', address: '5 Forge Street, Sheffield',
    postcode: 'S3 6ZZ', makesafe: { status: S.ENGAGED, checkedDaysAgo: 35 } }),
  location({ key: 'northgate', district: 'Sheffield', type: L.HOTEL, name: 'Northgate Travel Stop', address: 'Northgate Retail Park, Sheffield',
    postcode: 'S5 1ZZ', makesafe: { status: S.TRAINED, checkedDaysAgo: 60 } }),
  location({ key: 'fryer', district: 'Sheffield', type: L.TAKEAWAY, name: 'Golden Fryer', address: '212 Abbey Row, Sheffield', postcode: 'S7 4ZZ' }),
  location({ key: 'hollin', district: 'Sheffield', type: L.PARK, name: 'Hollin Dale Park', address: null, postcode: 'S6 5ZZ' }),
  location({ key: 'brook', district: 'Sheffield', type: L.HMO, name: '14 Brook Terrace', address: '14 Brook Terrace, Sheffield', postcode: 'S4 2ZZ' }),
  location({ key: 'swiftline', district: 'Sheffield', type: L.TAXI_FIRM, name: 'Swiftline Cars', address: '3 Canal Yard, Sheffield', postcode: 'S2 1ZZ' }),
  location({ key: 'railway', district: 'Doncaster', type: L.HOTEL, name: 'Railway Arms Hotel', address: '41 Platform Street, Doncaster',
    postcode: 'DN1 7ZZ', makesafe: { status: S.DECLINED, checkedDaysAgo: 20 } }),
  location({ key: 'minster', district: 'Doncaster', type: L.HOTEL, name: 'Minster View Lodge', address: '2 Priory Walk, Doncaster',
    postcode: 'DN2 4ZZ', makesafe: { status: S.NOT_VISITED, checkedDaysAgo: null } }),
  location({ key: 'selby', district: 'Doncaster', type: L.HMO, name: '27 Selby Row', address: '27 Selby Row, Doncaster', postcode: 'DN1 3ZZ' }),
  location({ key: 'castle', district: 'Doncaster', type: L.TAXI_FIRM, name: 'Castle Cabs', address: '9 Keep Lane, Doncaster', postcode: 'DN4 8ZZ' }),
  location({ key: 'pizza', district: 'Doncaster', type: L.TAKEAWAY, name: 'Pizza Point', address: '118 Market Rise, Doncaster', postcode: 'DN1 2ZZ' }),
  location({ key: 'carrwood', district: 'Doncaster', type: L.PARK, name: 'Carr Wood Recreation Ground', address: null, postcode: 'DN4 6ZZ' }),
  location({ key: 'weirside', district: 'Rotherham', type: L.HOTEL, name: 'Weirside Hotel', address: '6 Lock Street, Rotherham',
    postcode: 'S60 9ZZ', makesafe: { status: S.TRAINED, checkedDaysAgo: 15 } }),
  location({ key: 'kebab', district: 'Rotherham', type: L.TAKEAWAY, name: 'Canal Kebab House', address: '33 Towpath Road, Rotherham', postcode: 'S65 3ZZ' }),
  location({ key: 'pennine', district: 'Barnsley', type: L.HOTEL, name: 'Pennine Gate Hotel', address: '1 Summit Way, Barnsley',
    postcode: 'S70 8ZZ', makesafe: { status: S.ENGAGED, checkedDaysAgo: 48 } }),
  location({ key: 'moorend', district: 'Barnsley', type: L.PARK, name: 'Moor End Park', address: null, postcode: 'S71 2ZZ' }),
  location({ key: 'chippy', district: 'Barnsley', type: L.TAKEAWAY, name: 'Market Chippy', address: '7 Cheapside Row, Barnsley', postcode: 'S70 1ZZ' }),
];

const vehicle = (v: Omit<DemoVehicle, 'id'>): DemoVehicle => ({ id: vehicleId(), ...v });

/** Registrations as officers typed them: spacing and case vary on purpose, the normalised form does not. */
export const DEMO_VEHICLES: DemoVehicle[] = [
  vehicle({ key: 'voss-car', registration: 'ZZ19 KXV', make: 'Vauxhall', model: 'Corsa', colour: 'Grey' }),
  vehicle({ key: 'keel-car', registration: 'zz67 tpa', make: 'BMW', model: '3 Series', colour: 'Black' }),
  vehicle({ key: 'taxi', registration: 'ZZ70DNC', make: 'Toyota', model: 'Prius', colour: 'Silver' }),
  vehicle({ key: 'rudd-van', registration: 'ZZ18 RDD', make: 'Ford', model: 'Transit', colour: 'White' }),
  vehicle({ key: 'garbett-car', registration: 'ZZ65-GRB', make: 'Audi', model: 'A3', colour: 'Blue' }),
  vehicle({ key: 'hebden-car', registration: 'ZZ14 HBN', make: 'Seat', model: 'Leon', colour: 'Red' }),
  vehicle({ key: 'tandy-car', registration: 'ZZ12 TND', make: 'Volkswagen', model: 'Golf', colour: 'White' }),
];

const I = IdentifierKind;
const P = Platform;
const identifier = (i: Omit<DemoIdentifier, 'id'>): DemoIdentifier => ({ id: identifierId(), ...i });

/** Phones in several written forms (all normalise to +447700900xxx); handles with and without "@". */
export const DEMO_IDENTIFIERS: DemoIdentifier[] = [
  identifier({ key: 'jk-line', kind: I.PHONE, platform: null, value: '07700 900101' }),
  identifier({ key: 'voss-phone', kind: I.PHONE, platform: null, value: '+44 7700 900202' }),
  identifier({ key: 'carr-line', kind: I.PHONE, platform: null, value: '(07700) 900-303' }),
  identifier({ key: 'riverside-line', kind: I.PHONE, platform: null, value: '07700900404' }),
  identifier({ key: 'garbett-phone', kind: I.PHONE, platform: null, value: '0044 7700 900505' }),
  identifier({ key: 'voss-email', kind: I.EMAIL, platform: null, value: 'dee.voss@example.org' }),
  identifier({ key: 'lund-email', kind: I.EMAIL, platform: null, value: 'Stace.Lund@Example.org' }),
  identifier({ key: 'voss-snap', kind: I.HANDLE, platform: P.SNAPCHAT, value: '@Dee_Vossy' }),
  identifier({ key: 'keel-insta', kind: I.HANDLE, platform: P.INSTAGRAM, value: 'keelo.fresh' }),
  identifier({ key: 'kayleigh-snap', kind: I.HANDLE, platform: P.SNAPCHAT, value: '@kaybee_x' }),
  identifier({ key: 'lund-insta', kind: I.HANDLE, platform: P.INSTAGRAM, value: '@StaceyLoves' }),
  identifier({ key: 'ormsby-tiktok', kind: I.HANDLE, platform: P.TIKTOK, value: '@GamerDad_79' }),
  identifier({ key: 'tandy-tiktok', kind: I.HANDLE, platform: P.TIKTOK, value: '@Tands_99' }),
];

const network = (n: Omit<DemoNetwork, 'id'>): DemoNetwork => ({ id: networkId(), ...n });

export const DEMO_NETWORKS: DemoNetwork[] = [
  network({ key: 'larkspur-group', district: 'Sheffield', name: 'Larkspur group', model: OffendingModel.ORGANISED_NETWORK,
    status: NetworkStatus.UNDER_INVESTIGATION, groupBasedCse: true,
    description: 'Older men who meet girls at parties in city-centre hotel rooms; alcohol and lifts home offered.' }),
  network({ key: 'jk-line', district: 'Sheffield', name: 'JK line', model: OffendingModel.GANG_ASSOCIATED, status: NetworkStatus.ACTIVE,
    groupBasedCse: false, description: 'County line supplying the east coast from the north of the city; boys carry and hold stock.' }),
  network({ key: 'carr-line', district: 'Doncaster', name: 'Carr line', model: OffendingModel.ORGANISED_NETWORK, status: NetworkStatus.ACTIVE,
    groupBasedCse: false, description: 'County line run from a house in multiple occupation on Selby Row.' }),
  network({ key: 'selby-group', district: 'Doncaster', name: 'Selby Row group', model: OffendingModel.ORGANISED_NETWORK,
    status: NetworkStatus.ACTIVE, groupBasedCse: true,
    description: 'Girls introduced online, then taken by taxi to hotel rooms booked by older men.' }),
  network({ key: 'riverside-line', district: 'Rotherham', name: 'Riverside line', model: OffendingModel.GANG_ASSOCIATED,
    status: NetworkStatus.DISRUPTED, groupBasedCse: false, description: 'Disrupted by arrests last year; phone number seen again recently.' }),
];

const R = LinkRelation;
const C = LinkConfidence;

/**
 * The links. Amira and Sophie share only the Cutlers Rest Inn (contextual safeguarding): nothing else
 * joins them, to each other or to anyone linked to the other.
 */
export const DEMO_LINKS: DemoLink[] = [
  // Sheffield: the Larkspur group
  { from: 'person:voss', to: 'network:larkspur-group', relation: R.MEMBER_OF, confidence: C.CONFIRMED, fromDaysAgo: 400 },
  { from: 'person:stell', to: 'network:larkspur-group', relation: R.MEMBER_OF, confidence: C.PROBABLE, fromDaysAgo: 300 },
  { from: 'person:ashcombe', to: 'network:larkspur-group', relation: R.MEMBER_OF, confidence: C.POSSIBLE, fromDaysAgo: 90 },
  { from: 'person:voss', to: 'child:Kayleigh', relation: R.SUSPECTED_EXPLOITER_OF, confidence: C.PROBABLE, fromDaysAgo: 50, intelligence: 'shf-hotel-night' },
  { from: 'child:Kayleigh', to: 'location:larkspur', relation: R.FOUND_AT, confidence: C.CONFIRMED, fromDaysAgo: 26, toDaysAgo: 26,
    intelligence: 'shf-hotel-night', note: 'Found by patrol in room 12 at 02:10 after being reported missing.' },
  { from: 'person:voss', to: 'location:larkspur', relation: R.FREQUENTS, confidence: C.PROBABLE, fromDaysAgo: 120, intelligence: 'shf-licensing-visit' },
  { from: 'person:voss', to: 'vehicle:voss-car', relation: R.USES_VEHICLE, confidence: C.CONFIRMED, fromDaysAgo: 200 },
  { from: 'person:voss', to: 'identifier:voss-phone', relation: R.USES_ACCOUNT, confidence: C.PROBABLE, fromDaysAgo: 60 },
  { from: 'person:voss', to: 'identifier:voss-snap', relation: R.USES_ACCOUNT, confidence: C.POSSIBLE },
  { from: 'person:voss', to: 'identifier:voss-email', relation: R.USES_ACCOUNT, confidence: C.CONFIRMED },
  { from: 'person:stell', to: 'child:Leah', relation: R.ASSOCIATE_OF, confidence: C.POSSIBLE, fromDaysAgo: 14 },
  { from: 'person:stell', to: 'location:brook', relation: R.FREQUENTS, confidence: C.CONFIRMED, fromDaysAgo: 500 },
  { from: 'person:ashcombe', to: 'vehicle:taxi', relation: R.USES_VEHICLE, confidence: C.CONFIRMED, fromDaysAgo: 700 },
  { from: 'person:ashcombe', to: 'location:swiftline', relation: R.FREQUENTS, confidence: C.CONFIRMED, fromDaysAgo: 700, note: 'Drives for the firm.' },
  { from: 'child:Kayleigh', to: 'identifier:kayleigh-snap', relation: R.USES_ACCOUNT, confidence: C.CONFIRMED },
  // Sheffield: the JK line
  { from: 'person:keel', to: 'network:jk-line', relation: R.MEMBER_OF, confidence: C.CONFIRMED, fromDaysAgo: 600 },
  { from: 'person:brindle', to: 'network:jk-line', relation: R.MEMBER_OF, confidence: C.PROBABLE, fromDaysAgo: 250 },
  { from: 'person:frith', to: 'network:jk-line', relation: R.MEMBER_OF, confidence: C.PROBABLE, fromDaysAgo: 120 },
  { from: 'child:Tyler', to: 'network:jk-line', relation: R.MEMBER_OF, confidence: C.PROBABLE, fromDaysAgo: 40 },
  { from: 'person:keel', to: 'child:Tyler', relation: R.SUSPECTED_EXPLOITER_OF, confidence: C.PROBABLE, fromDaysAgo: 40 },
  { from: 'person:keel', to: 'child:Jayden', relation: R.ASSOCIATE_OF, confidence: C.POSSIBLE, fromDaysAgo: 3 },
  { from: 'person:keel', to: 'identifier:jk-line', relation: R.USES_ACCOUNT, confidence: C.CONFIRMED, fromDaysAgo: 300 },
  { from: 'person:keel', to: 'identifier:keel-insta', relation: R.USES_ACCOUNT, confidence: C.PROBABLE },
  { from: 'person:keel', to: 'vehicle:keel-car', relation: R.USES_VEHICLE, confidence: C.PROBABLE, fromDaysAgo: 80 },
  { from: 'person:brindle', to: 'location:fryer', relation: R.FREQUENTS, confidence: C.CONFIRMED, fromDaysAgo: 150 },
  { from: 'person:brindle', to: 'location:hollin', relation: R.FREQUENTS, confidence: C.POSSIBLE },
  { from: 'child:Tyler', to: 'location:brook', relation: R.FOUND_AT, confidence: C.CONFIRMED, fromDaysAgo: 12, toDaysAgo: 12,
    note: 'Found during a missing episode with cash and two phones.' },
  { from: 'child:Callum', to: 'person:frith', relation: R.ASSOCIATE_OF, confidence: C.POSSIBLE, fromDaysAgo: 30 },
  { from: 'child:Callum', to: 'location:hollin', relation: R.FREQUENTS, confidence: C.PROBABLE, fromDaysAgo: 45 },
  // Sheffield: two children who share only a hotel
  { from: 'child:Amira', to: 'location:cutlers', relation: R.FOUND_AT, confidence: C.CONFIRMED, fromDaysAgo: 30, toDaysAgo: 30,
    intelligence: 'shf-amira-hotel' },
  { from: 'child:Sophie', to: 'location:cutlers', relation: R.FOUND_AT, confidence: C.PROBABLE, fromDaysAgo: 100, toDaysAgo: 95 },
  // Doncaster: the Carr line
  { from: 'person:rudd', to: 'network:carr-line', relation: R.MEMBER_OF, confidence: C.CONFIRMED, fromDaysAgo: 900 },
  { from: 'person:pell', to: 'network:carr-line', relation: R.MEMBER_OF, confidence: C.PROBABLE, fromDaysAgo: 200 },
  { from: 'child:Harvey', to: 'network:carr-line', relation: R.MEMBER_OF, confidence: C.PROBABLE, fromDaysAgo: 60, intelligence: 'don-harvey-trap-house' },
  { from: 'person:rudd', to: 'child:Harvey', relation: R.SUSPECTED_EXPLOITER_OF, confidence: C.PROBABLE, fromDaysAgo: 60,
    intelligence: 'don-harvey-trap-house' },
  { from: 'child:Harvey', to: 'location:selby', relation: R.FOUND_AT, confidence: C.CONFIRMED, fromDaysAgo: 18, toDaysAgo: 18,
    intelligence: 'don-harvey-trap-house' },
  { from: 'person:rudd', to: 'vehicle:rudd-van', relation: R.USES_VEHICLE, confidence: C.CONFIRMED, fromDaysAgo: 400 },
  { from: 'person:rudd', to: 'identifier:carr-line', relation: R.USES_ACCOUNT, confidence: C.CONFIRMED, fromDaysAgo: 365 },
  { from: 'person:rudd', to: 'location:selby', relation: R.FREQUENTS, confidence: C.CONFIRMED, fromDaysAgo: 365 },
  { from: 'person:pell', to: 'location:pizza', relation: R.FREQUENTS, confidence: C.PROBABLE, fromDaysAgo: 100 },
  { from: 'person:pell', to: 'location:carrwood', relation: R.FREQUENTS, confidence: C.POSSIBLE },
  { from: 'child:Mason', to: 'person:pell', relation: R.ASSOCIATE_OF, confidence: C.PROBABLE, fromDaysAgo: 220, toDaysAgo: 150,
    note: 'No contact seen since he moved school.' },
  // Doncaster: the Selby Row group
  { from: 'person:garbett', to: 'network:selby-group', relation: R.MEMBER_OF, confidence: C.CONFIRMED, fromDaysAgo: 500 },
  { from: 'person:lund', to: 'network:selby-group', relation: R.MEMBER_OF, confidence: C.PROBABLE, fromDaysAgo: 180 },
  { from: 'person:garbett', to: 'child:Freya', relation: R.SUSPECTED_EXPLOITER_OF, confidence: C.PROBABLE, fromDaysAgo: 55 },
  { from: 'child:Freya', to: 'location:railway', relation: R.FOUND_AT, confidence: C.CONFIRMED, fromDaysAgo: 33, toDaysAgo: 33 },
  { from: 'person:garbett', to: 'location:railway', relation: R.FREQUENTS, confidence: C.PROBABLE, fromDaysAgo: 200 },
  { from: 'person:garbett', to: 'vehicle:garbett-car', relation: R.USES_VEHICLE, confidence: C.CONFIRMED, fromDaysAgo: 300 },
  { from: 'person:garbett', to: 'identifier:garbett-phone', relation: R.USES_ACCOUNT, confidence: C.PROBABLE, fromDaysAgo: 90 },
  { from: 'person:lund', to: 'identifier:lund-email', relation: R.USES_ACCOUNT, confidence: C.CONFIRMED },
  { from: 'person:lund', to: 'identifier:lund-insta', relation: R.USES_ACCOUNT, confidence: C.PROBABLE },
  { from: 'person:lund', to: 'location:castle', relation: R.FREQUENTS, confidence: C.POSSIBLE, fromDaysAgo: 60 },
  { from: 'person:lund', to: 'child:Zara', relation: R.ASSOCIATE_OF, confidence: C.POSSIBLE, fromDaysAgo: 10 },
  { from: 'person:ormsby', to: 'child:Oliver', relation: R.ASSOCIATE_OF, confidence: C.POSSIBLE, fromDaysAgo: 75 },
  { from: 'person:ormsby', to: 'identifier:ormsby-tiktok', relation: R.USES_ACCOUNT, confidence: C.CONFIRMED },
  // Rotherham
  { from: 'person:hebden', to: 'vehicle:hebden-car', relation: R.USES_VEHICLE, confidence: C.CONFIRMED, fromDaysAgo: 250 },
  { from: 'person:hebden', to: 'child:Chloe', relation: R.ASSOCIATE_OF, confidence: C.POSSIBLE, fromDaysAgo: 30 },
  { from: 'person:hebden', to: 'location:weirside', relation: R.FREQUENTS, confidence: C.POSSIBLE },
  { from: 'child:Chloe', to: 'location:kebab', relation: R.FREQUENTS, confidence: C.PROBABLE, fromDaysAgo: 40 },
  { from: 'person:quarmby', to: 'network:riverside-line', relation: R.MEMBER_OF, confidence: C.CONFIRMED, fromDaysAgo: 800 },
  { from: 'person:quarmby', to: 'identifier:riverside-line', relation: R.USES_ACCOUNT, confidence: C.PROBABLE, fromDaysAgo: 800 },
  { from: 'child:Bilal', to: 'person:quarmby', relation: R.ASSOCIATE_OF, confidence: C.POSSIBLE, fromDaysAgo: 20 },
  // Barnsley
  { from: 'person:tandy', to: 'child:Evie', relation: R.SUSPECTED_EXPLOITER_OF, confidence: C.POSSIBLE, fromDaysAgo: 70 },
  { from: 'person:tandy', to: 'identifier:tandy-tiktok', relation: R.USES_ACCOUNT, confidence: C.CONFIRMED },
  { from: 'person:tandy', to: 'vehicle:tandy-car', relation: R.USES_VEHICLE, confidence: C.PROBABLE, fromDaysAgo: 100 },
  { from: 'child:Evie', to: 'location:pennine', relation: R.FOUND_AT, confidence: C.PROBABLE, fromDaysAgo: 22, toDaysAgo: 22 },
  { from: 'person:crowther', to: 'child:Ryan', relation: R.ASSOCIATE_OF, confidence: C.PROBABLE, fromDaysAgo: 45 },
  { from: 'person:crowther', to: 'location:moorend', relation: R.FREQUENTS, confidence: C.PROBABLE },
  { from: 'child:Ryan', to: 'location:moorend', relation: R.FREQUENTS, confidence: C.CONFIRMED, fromDaysAgo: 45 },
  { from: 'child:Ryan', to: 'location:chippy', relation: R.FREQUENTS, confidence: C.POSSIBLE },
];
