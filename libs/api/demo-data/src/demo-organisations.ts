import { AgencyKind, Role } from '@mace/shared-domain';

/**
 * The demo partnership. Every name is invented; ids are fixed so demo links and tests can name
 * records. Districts follow the four in the source report.
 */
export const DEMO_DISTRICTS = [
  { id: '0d150000-0000-4000-8000-000000000001', name: 'Barnsley' },
  { id: '0d150000-0000-4000-8000-000000000002', name: 'Doncaster' },
  { id: '0d150000-0000-4000-8000-000000000003', name: 'Rotherham' },
  { id: '0d150000-0000-4000-8000-000000000004', name: 'Sheffield' },
] as const;

const AGENCY_NAMES: Record<AgencyKind, (district: string) => string> = {
  [AgencyKind.POLICE]: (d) => `${d} District Police`,
  [AgencyKind.CHILDRENS_SOCIAL_CARE]: (d) => `${d} Children's Social Care`,
  [AgencyKind.EDUCATION]: (d) => `${d} Education Inclusion Service`,
  [AgencyKind.HEALTH]: (d) => `${d} Health Safeguarding Team`,
  [AgencyKind.YOUTH_JUSTICE]: (d) => `${d} Youth Justice Service`,
  [AgencyKind.PROBATION]: (d) => `${d} Probation Delivery Unit`,
  [AgencyKind.HOUSING]: (d) => `${d} Housing Options`,
  [AgencyKind.LICENSING]: (d) => `${d} Licensing Team`,
  [AgencyKind.CHARITY]: (d) => `${d} Young People's Trust`,
  [AgencyKind.OTHER]: (d) => `${d} Community Safety Partnership`,
};

/** One agency of every kind in every district, with ids `0a9e<district><kind>-...`. */
export const DEMO_AGENCIES = DEMO_DISTRICTS.flatMap((district, d) =>
  Object.values(AgencyKind).map((kind, k) => ({
    id: `0a9e${d + 1}${String(k).padStart(3, '0')}-0000-4000-8000-000000000000`,
    name: AGENCY_NAMES[kind](district.name),
    kind,
    districtId: district.id as string | null,
  })),
);

/** Force-wide teams with no single district. */
export const DEMO_CENTRAL_AGENCIES = [
  { id: '0a9e9001-0000-4000-8000-000000000000', name: 'Partnership Analysis Unit', kind: AgencyKind.OTHER, districtId: null },
  { id: '0a9e9002-0000-4000-8000-000000000000', name: 'Information Governance Office', kind: AgencyKind.OTHER, districtId: null },
  { id: '0a9e9003-0000-4000-8000-000000000000', name: 'Case System Support', kind: AgencyKind.OTHER, districtId: null },
];

export function demoAgencyId(districtName: string, kind: AgencyKind): string {
  const agency = DEMO_AGENCIES.find((a) => a.kind === kind && a.name === AGENCY_NAMES[kind](districtName));
  if (!agency) throw new Error(`no demo agency ${kind} in ${districtName}`);
  return agency.id;
}

const district = (name: string) => DEMO_DISTRICTS.find((d) => d.name === name)!.id;
const ALL_DISTRICTS = DEMO_DISTRICTS.map((d) => d.id);

export interface DemoUser {
  id: string;
  email: string;
  displayName: string;
  agencyId: string;
  roles: Role[];
  districtIds: string[];
}

const NAMED_USERS: DemoUser[] = [
  {
    id: '05e00000-0000-4000-8000-000000000001',
    email: 'sheffield.chair@example.org',
    displayName: 'Morgan Ashdown',
    agencyId: demoAgencyId('Sheffield', AgencyKind.CHILDRENS_SOCIAL_CARE),
    roles: [Role.MACE_CHAIR],
    districtIds: [district('Sheffield')],
  },
  {
    id: '05e00000-0000-4000-8000-000000000002',
    email: 'sheffield.spoc@example.org',
    displayName: 'Riley Thornbury',
    agencyId: demoAgencyId('Sheffield', AgencyKind.POLICE),
    roles: [Role.POLICE_SPOC],
    districtIds: [district('Sheffield')],
  },
  {
    id: '05e00000-0000-4000-8000-000000000003',
    email: 'sheffield.socialcare@example.org',
    displayName: 'Casey Fenwick',
    agencyId: demoAgencyId('Sheffield', AgencyKind.CHILDRENS_SOCIAL_CARE),
    roles: [Role.AGENCY_PRACTITIONER],
    districtIds: [district('Sheffield')],
  },
  {
    id: '05e00000-0000-4000-8000-000000000004',
    email: 'sheffield.education@example.org',
    displayName: 'Jamie Caldwell',
    agencyId: demoAgencyId('Sheffield', AgencyKind.EDUCATION),
    roles: [Role.AGENCY_PRACTITIONER],
    districtIds: [district('Sheffield')],
  },
  {
    id: '05e00000-0000-4000-8000-000000000005',
    email: 'sheffield.health@example.org',
    displayName: 'Robin Elstead',
    agencyId: demoAgencyId('Sheffield', AgencyKind.HEALTH),
    roles: [Role.AGENCY_PRACTITIONER],
    districtIds: [district('Sheffield')],
  },
  {
    id: '05e00000-0000-4000-8000-000000000006',
    email: 'rotherham.chair@example.org',
    displayName: 'Taylor Brightwell',
    agencyId: demoAgencyId('Rotherham', AgencyKind.POLICE),
    roles: [Role.MACE_CHAIR],
    districtIds: [district('Rotherham')],
  },
  {
    id: '05e00000-0000-4000-8000-000000000007',
    email: 'rotherham.socialcare@example.org',
    displayName: 'Avery Lockridge',
    agencyId: demoAgencyId('Rotherham', AgencyKind.CHILDRENS_SOCIAL_CARE),
    roles: [Role.AGENCY_PRACTITIONER],
    districtIds: [district('Rotherham')],
  },
  {
    id: '05e00000-0000-4000-8000-000000000008',
    email: 'analyst@example.org',
    displayName: 'Quinn Hartlepool',
    agencyId: DEMO_CENTRAL_AGENCIES[0].id,
    roles: [Role.ANALYST],
    districtIds: ALL_DISTRICTS,
  },
  {
    id: '05e00000-0000-4000-8000-000000000009',
    email: 'auditor@example.org',
    displayName: 'Drew Kettleby',
    agencyId: DEMO_CENTRAL_AGENCIES[1].id,
    roles: [Role.AUDITOR],
    districtIds: [],
  },
  {
    id: '05e00000-0000-4000-8000-000000000010',
    email: 'admin@example.org',
    displayName: 'Sidney Marlow',
    agencyId: DEMO_CENTRAL_AGENCIES[2].id,
    roles: [Role.ADMIN],
    districtIds: [],
  },
  {
    id: '05e00000-0000-4000-8000-000000000011',
    email: 'doncaster.chair@example.org',
    displayName: 'Jordan Pellow',
    agencyId: demoAgencyId('Doncaster', AgencyKind.CHILDRENS_SOCIAL_CARE),
    roles: [Role.MACE_CHAIR],
    districtIds: [district('Doncaster')],
  },
  {
    id: '05e00000-0000-4000-8000-000000000012',
    email: 'barnsley.chair@example.org',
    displayName: 'Alex Wetherby',
    agencyId: demoAgencyId('Barnsley', AgencyKind.POLICE),
    roles: [Role.MACE_CHAIR],
    districtIds: [district('Barnsley')],
  },
];

/** The agency kinds that refer and lead in the demo: each district has a practitioner in each. */
const PRACTITIONER_KINDS: Record<string, AgencyKind> = {
  police: AgencyKind.POLICE,
  socialcare: AgencyKind.CHILDRENS_SOCIAL_CARE,
  education: AgencyKind.EDUCATION,
  health: AgencyKind.HEALTH,
  youthjustice: AgencyKind.YOUTH_JUSTICE,
  housing: AgencyKind.HOUSING,
  charity: AgencyKind.CHARITY,
};

const INVENTED_NAMES = [
  'Parker Linwood', 'Harley Greenside', 'Rowan Tetley', 'Sasha Milnthorpe', 'Emerson Bracewell', 'Frankie Dunstall',
  'Charlie Westerman', 'Ash Kirkbride', 'Jesse Holbeck', 'Reese Fairclough', 'Dani Stainforth', 'Kit Normanton',
  'Lou Ackroyd', 'Remy Calverley', 'Shay Oldroyd', 'Toni Haverstock', 'Billie Scargill', 'Morgan Lindley',
  'Kai Thurgoland', 'Jo Wombwell', 'Sam Penistone', 'Cameron Hoylake', 'Ellis Brierley', 'Robin Skelmanthorpe',
  'Nico Darfield', 'Bailey Royston', 'Jules Athersley', 'Avery Grimethorpe',
];

/**
 * A practitioner for every referring kind of agency in every district (`<district>.<kind>@example.org`),
 * so every demo referral has an invented referrer who can sign in and see it.
 */
const GENERATED_PRACTITIONERS: DemoUser[] = DEMO_DISTRICTS.flatMap((d) =>
  Object.entries(PRACTITIONER_KINDS).map(([slug, kind]) => ({
    email: `${d.name.toLowerCase()}.${slug}@example.org`,
    agencyId: demoAgencyId(d.name, kind),
    districtIds: [d.id],
  })),
)
  .filter((user) => !NAMED_USERS.some((named) => named.email === user.email))
  .map((user, index) => ({
    ...user,
    id: `05e00000-0000-4000-8000-${String(101 + index).padStart(12, '0')}`,
    displayName: INVENTED_NAMES[index % INVENTED_NAMES.length],
    roles: [Role.AGENCY_PRACTITIONER],
  }));

export const DEMO_USERS: DemoUser[] = [...NAMED_USERS, ...GENERATED_PRACTITIONERS];

/** The demo practitioner of an agency kind in a district. */
export function demoPractitioner(districtName: string, kind: AgencyKind): DemoUser {
  const agencyId = demoAgencyId(districtName, kind);
  const user = DEMO_USERS.find((u) => u.agencyId === agencyId && u.roles.includes(Role.AGENCY_PRACTITIONER));
  if (!user) throw new Error(`no demo practitioner for ${kind} in ${districtName}`);
  return user;
}
