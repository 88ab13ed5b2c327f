import { addDays, todayInLondon } from '@mace/api-children';
import { normaliseIdentifier, normalisePostcode, normaliseRegistration } from '@mace/api-intelligence';
import { AgencyKind, EntityKind, IdentifierKind, InvolvementKind, Role } from '@mace/shared-domain';
import { EntityManager } from 'typeorm';
import { DEMO_CHILDREN } from './demo-children';
import {
  DEMO_IDENTIFIERS,
  DEMO_LINKS,
  DEMO_LOCATIONS,
  DEMO_NETWORKS,
  DEMO_PERSONS,
  DEMO_VEHICLES,
  DemoLink,
  DemoRef,
} from './demo-intelligence-records';
import { DEMO_DISTRICT_SPOCS, DEMO_INTELLIGENCE, DemoIntelligence, demoIntelligenceReference } from './demo-intelligence-reports';
import { DemoDistrictName } from './demo-meeting-schedule';
import { DEMO_DISTRICTS, DEMO_USERS, DemoUser, demoPractitioner } from './demo-organisations';

const DAY = 24 * 60 * 60 * 1000;
const HOUR = 60 * 60 * 1000;
/** When the SPOCs first recorded the demo records: before every demo link and report. */
const RECORDS_CREATED_DAYS_AGO = 120;

/** The stored normal forms are the API's own, so the demo records are found exactly as entered ones are. */
export const demoNormalise = {
  registration: normaliseRegistration,
  postcode: normalisePostcode,
  identifier(kind: IdentifierKind, value: string): string {
    const normal = normaliseIdentifier(kind, value);
    if (normal === null) throw new Error(`demo identifier ${value} is not a valid ${kind}`);
    return normal;
  },
};

/** Fixed link ids, in the order of DEMO_LINKS. */
export const demoLinkId = (index: number): string => `11e50000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`;

/** The SPOC of a demo district: Sheffield's is in the partnership file, the others are seeded here. */
export function demoSpoc(district: DemoDistrictName): DemoUser {
  const districtId = DEMO_DISTRICTS.find((d) => d.name === district)!.id;
  return [...DEMO_USERS, ...DEMO_DISTRICT_SPOCS].find((u) => u.roles.includes(Role.POLICE_SPOC) && u.districtIds.includes(districtId))!;
}

/** The id and district (vehicles and identifiers have none) of a demo link end. */
export function resolveDemoRef(ref: DemoRef): { kind: EntityKind; id: string; district: DemoDistrictName | null } {
  const [kind, key] = ref.split(':') as [string, string];
  const found = (() => {
    switch (kind) {
      case 'child': {
        const child = DEMO_CHILDREN.find((c) => c.givenName === key);
        return child && { kind: EntityKind.CHILD, id: child.id, district: child.district };
      }
      case 'person': {
        const p = DEMO_PERSONS.find((r) => r.key === key);
        return p && { kind: EntityKind.PERSON, id: p.id, district: p.district };
      }
      case 'location': {
        const l = DEMO_LOCATIONS.find((r) => r.key === key);
        return l && { kind: EntityKind.LOCATION, id: l.id, district: l.district };
      }
      case 'network': {
        const n = DEMO_NETWORKS.find((r) => r.key === key);
        return n && { kind: EntityKind.NETWORK, id: n.id, district: n.district };
      }
      case 'vehicle': {
        const v = DEMO_VEHICLES.find((r) => r.key === key);
        return v && { kind: EntityKind.VEHICLE, id: v.id, district: null };
      }
      case 'identifier': {
        const i = DEMO_IDENTIFIERS.find((r) => r.key === key);
        return i && { kind: EntityKind.IDENTIFIER, id: i.id, district: null };
      }
    }
    return undefined;
  })();
  if (!found) throw new Error(`demo link names an unknown record ${ref}`);
  return found;
}

/** The district whose cell recorded something: a vehicle or identifier takes it from the first record linked to it. */
function districtOf(ref: DemoRef): DemoDistrictName {
  const own = resolveDemoRef(ref).district;
  if (own) return own;
  const link = DEMO_LINKS.find((l) => l.from === ref || l.to === ref);
  const other = link && resolveDemoRef(link.from === ref ? link.to : link.from).district;
  return other ?? 'Sheffield';
}

/**
 * The intelligence picture: the three district SPOCs (with the demo password), the records, the
 * reports with their children and the links, written straight to the tables after the meetings.
 */
export async function seedDemoIntelligence(manager: EntityManager, passwordHash: string, now = new Date()): Promise<void> {
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY);
  const dateDaysAgo = (days: number | undefined) => (days === undefined ? null : addDays(todayInLondon(now), -days));
  const recordedAt = daysAgo(RECORDS_CREATED_DAYS_AGO);

  for (const spoc of DEMO_DISTRICT_SPOCS) {
    await manager.query(`INSERT INTO user_account (id, email, display_name, agency_id, roles, password_hash) VALUES ($1,$2,$3,$4,$5,$6)`,
      [spoc.id, spoc.email, spoc.displayName, spoc.agencyId, spoc.roles, passwordHash]);
    for (const districtId of spoc.districtIds) {
      await manager.query(`INSERT INTO user_district (user_id, district_id) VALUES ($1, $2)`, [spoc.id, districtId]);
    }
  }

  const districtId = (name: DemoDistrictName) => DEMO_DISTRICTS.find((d) => d.name === name)!.id;
  for (const p of DEMO_PERSONS) {
    await manager.query(
      `INSERT INTO person_of_concern (id, district_id, given_name, family_name, aliases, date_of_birth, risk_markers, ocg_nominal,
         description, created_by_user_id, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11)`,
      [p.id, districtId(p.district), p.givenName, p.familyName, p.aliases, p.dateOfBirth, p.riskMarkers, p.ocgNominal, p.description,
        demoSpoc(p.district).id, recordedAt],
    );
  }
  for (const l of DEMO_LOCATIONS) {
    await manager.query(
      `INSERT INTO location (id, district_id, type, name, address, postcode, postcode_normalised, makesafe_status, makesafe_checked_on,
         created_by_user_id, created_at, updated_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$11)`,
      [l.id, districtId(l.district), l.type, l.name, l.address, l.postcode, l.postcode && demoNormalise.postcode(l.postcode),
        l.makesafe?.status ?? null, l.makesafe ? dateDaysAgo(l.makesafe.checkedDaysAgo ?? undefined) : null,
        demoSpoc(l.district).id, recordedAt],
    );
  }
  for (const v of DEMO_VEHICLES) {
    await manager.query(
      `INSERT INTO vehicle (id, registration, registration_normalised, make, model, colour, created_by_user_id, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$8)`,
      [v.id, v.registration, demoNormalise.registration(v.registration), v.make, v.model, v.colour,
        demoSpoc(districtOf(`vehicle:${v.key}`)).id, recordedAt],
    );
  }
  for (const i of DEMO_IDENTIFIERS) {
    await manager.query(
      `INSERT INTO online_identifier (id, kind, platform, value, value_normalised, created_by_user_id, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$7)`,
      [i.id, i.kind, i.platform, i.value, demoNormalise.identifier(i.kind, i.value), demoSpoc(districtOf(`identifier:${i.key}`)).id, recordedAt],
    );
  }
  for (const n of DEMO_NETWORKS) {
    await manager.query(
      `INSERT INTO network (id, district_id, name, model, status, group_based_cse, description, created_by_user_id, created_at, updated_at)
       VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$9)`,
      [n.id, districtId(n.district), n.name, n.model, n.status, n.groupBasedCse, n.description, demoSpoc(n.district).id, recordedAt],
    );
  }

  const gradedAt = new Map<string, Date>();
  for (const [index, report] of DEMO_INTELLIGENCE.entries()) {
    const graded = await seedReport(manager, report, index, now, dateDaysAgo);
    if (graded) gradedAt.set(report.key, graded);
  }
  for (const [index, link] of DEMO_LINKS.entries()) await seedLink(manager, link, demoLinkId(index), now, dateDaysAgo, gradedAt);
}

async function seedReport(
  manager: EntityManager,
  report: DemoIntelligence,
  index: number,
  now: Date,
  dateDaysAgo: (days: number | undefined) => string | null,
): Promise<Date | null> {
  const districtId = DEMO_DISTRICTS.find((d) => d.name === report.district)!.id;
  const spoc = demoSpoc(report.district);
  const submitter = report.submittedBy === AgencyKind.POLICE ? spoc : demoPractitioner(report.district, report.submittedBy);
  const submittedAt = new Date(now.getTime() - report.submittedDaysAgo * DAY);
  const grading = report.grading ?? null;
  // Graded the next working morning, never in the future.
  const gradedAt = grading ? new Date(Math.min(submittedAt.getTime() + 20 * HOUR, now.getTime() - HOUR)) : null;
  await manager.query(
    `INSERT INTO intelligence (id, reference, district_id, submitted_by_user_id, submitted_by_agency_id, what, occurred_on, occurred_time,
       place, who, provenance, provenance_detail, status, source_evaluation, intelligence_assessment, handling_code, handling_conditions,
       sanitised_text, graded_by_user_id, graded_at, submitted_at, updated_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$16,$17,$18,$19,$20,$21,$22)`,
    [
      report.id, demoIntelligenceReference(todayInLondon(submittedAt).slice(0, 4), index), districtId, submitter.id, submitter.agencyId,
      report.what, dateDaysAgo(report.occurredDaysAgo), report.occurredTime ?? null, report.place ?? null, report.who ?? null,
      report.provenance, report.provenanceDetail ?? null, report.status, grading?.source ?? null, grading?.assessment ?? null,
      grading?.code ?? null, grading?.conditions ?? null, grading?.sanitised ?? null, grading ? spoc.id : null, gradedAt,
      submittedAt, gradedAt ?? submittedAt,
    ],
  );
  for (const name of report.children) {
    const child = DEMO_CHILDREN.find((c) => c.givenName === name && c.district === report.district);
    if (!child) throw new Error(`demo intelligence ${report.key} names an unknown ${report.district} child ${name}`);
    await manager.query(`INSERT INTO intelligence_child (intelligence_id, child_id) VALUES ($1, $2)`, [report.id, child.id]);
    // A partner reports only about a child it works with: where it is neither referrer nor lead, the chair granted it.
    const involved = [child.referredBy, child.lead].includes(report.submittedBy);
    if (report.submittedBy !== AgencyKind.POLICE && !involved) {
      const chair = DEMO_USERS.find((u) => u.roles.includes(Role.MACE_CHAIR) && u.districtIds.includes(districtId))!;
      await manager.query(
        `INSERT INTO child_involvement (child_id, agency_id, kind, reason, granted_by_user_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
        [child.id, submitter.agencyId, InvolvementKind.GRANTED, 'Working with the child; reports what it sees to the police SPOC',
          chair.id, new Date(submittedAt.getTime() - 30 * DAY)],
      );
    }
  }
  return gradedAt;
}

async function seedLink(
  manager: EntityManager,
  link: DemoLink,
  id: string,
  now: Date,
  dateDaysAgo: (days: number | undefined) => string | null,
  gradedAt: Map<string, Date>,
): Promise<void> {
  const from = resolveDemoRef(link.from);
  const to = resolveDemoRef(link.to);
  const report = link.intelligence ? DEMO_INTELLIGENCE.find((i) => i.key === link.intelligence) : undefined;
  if (link.intelligence && !report) throw new Error(`demo link names unknown intelligence ${link.intelligence}`);
  // Recorded when the supporting report was graded, or when the link began (within the records' life).
  const createdAt = report
    ? new Date(gradedAt.get(report.key)!.getTime() + 2 * HOUR)
    : new Date(now.getTime() - Math.max(1, Math.min(link.fromDaysAgo ?? 30, RECORDS_CREATED_DAYS_AGO - 1)) * DAY);
  await manager.query(
    `INSERT INTO link (id, from_kind, from_id, to_kind, to_id, relation, valid_from, valid_to, confidence, intelligence_id, note,
       created_by_user_id, created_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11,$12,$13)`,
    [id, from.kind, from.id, to.kind, to.id, link.relation, dateDaysAgo(link.fromDaysAgo), dateDaysAgo(link.toDaysAgo), link.confidence,
      report?.id ?? null, link.note ?? null, demoSpoc(from.district ?? to.district ?? districtOf(link.from)).id, createdAt],
  );
  // Linking a report to a child makes the child one it is about (as createLink does).
  for (const end of [from, to]) {
    if (report && end.kind === EntityKind.CHILD) {
      await manager.query(`INSERT INTO intelligence_child (intelligence_id, child_id) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [report.id, end.id]);
    }
  }
}
