// The SQL that generates one force for the benchmark, set-based (INSERT ... SELECT generate_series)
// so it runs in seconds. Every value comes from a hash of a fixed text ("seeded random"), so two
// runs give the same rows, ids included. Every name is invented.

export const DISTRICTS = 4;
export const CHILDREN = 3000;
export const ACTIONS = 40000;
export const AGENDA_CHILDREN = 60;
export const CHAIR_PASSWORD = 'bench-chair-password';
export const chairEmail = (district) => `bench.chair${district}@example.org`;

const KINDS = ['POLICE', 'CHILDRENS_SOCIAL_CARE', 'EDUCATION', 'HEALTH', 'YOUTH_JUSTICE', 'HOUSING', 'CHARITY'];
const GIVEN = ['Aiden', 'Bella', 'Caleb', 'Daisy', 'Elijah', 'Faith', 'Gabriel', 'Hallie', 'Isaac', 'Jade', 'Kian', 'Leila', 'Milo',
  'Nina', 'Oscar', 'Piper', 'Quinn', 'Rosa', 'Seth', 'Tamsin', 'Umar', 'Violet', 'Wes', 'Xanthe', 'Yusuf', 'Zoe'];
const FAMILY = ['Ashcombe', 'Brantwell', 'Cobbald', 'Dunholme', 'Elverby', 'Farncliffe', 'Garthorne', 'Hesketh-Ryde', 'Ibbotsley',
  'Jessamy', 'Kettlewick', 'Langstrother', 'Morrowfield', 'Netherby', 'Ormesley', 'Pellinghurst', 'Quarrendon', 'Rushworthy',
  'Sallowfield', 'Thistlecombe', 'Underbank', 'Vosbury', 'Wrathmell', 'Yarwood'];

const list = (values) => `ARRAY[${values.map((v) => `'${v}'`).join(',')}]`;
/** A deterministic number in [0, 1) from a text: the dataset's "random". */
const rnd = (text) => `((hashtext(${text})::bigint + 2147483648) / 4294967296.0)`;
/** One of `values`, chosen by the hash of `text`. */
const pick = (values, text) => `(${list(values)})[1 + floor(${rnd(text)} * ${values.length})::int]`;
/** A deterministic uuid for a kind of row and a number, shaped like a version 4 uuid. */
const uid = (kind, n) => `overlay(overlay(md5('${kind}-' || ${n}) placing '4' from 13) placing '8' from 17)::uuid`;

/** Statements in order; each is one round trip. `$1` is the chair's password hash. */
export function datasetStatements() {
  const perDistrict = CHILDREN / DISTRICTS;
  return [
    `INSERT INTO district (id, name) SELECT ${uid('district', 'd')}, 'Bench district ' || d FROM generate_series(1, ${DISTRICTS}) d`,
    `INSERT INTO agency (id, name, kind, district_id)
     SELECT ${uid('agency', "d || '-' || k")}, 'Bench district ' || d || ' ' || lower(replace((${list(KINDS)})[k], '_', ' ')),
            (${list(KINDS)})[k], ${uid('district', 'd')}
     FROM generate_series(1, ${DISTRICTS}) d, generate_series(1, ${KINDS.length}) k`,
    // A chair per district (children's social care) and a practitioner in every agency.
    `INSERT INTO user_account (id, email, display_name, password_hash, agency_id, roles)
     SELECT ${uid('chair', 'd')}, 'bench.chair' || d || '@example.org', 'Bench Chair ' || d, $1, ${uid('agency', "d || '-2'")}, ARRAY['MACE_CHAIR']
     FROM generate_series(1, ${DISTRICTS}) d
     UNION ALL
     SELECT ${uid('user', "d || '-' || k")}, 'bench.d' || d || '.agency' || k || '@example.org', 'Bench Practitioner ' || d || '-' || k, NULL,
            ${uid('agency', "d || '-' || k")}, ARRAY['AGENCY_PRACTITIONER']
     FROM generate_series(1, ${DISTRICTS}) d, generate_series(1, ${KINDS.length}) k`,
    `INSERT INTO user_district (user_id, district_id)
     SELECT ${uid('chair', 'd')}, ${uid('district', 'd')} FROM generate_series(1, ${DISTRICTS}) d
     UNION ALL
     SELECT ${uid('user', "d || '-' || k")}, ${uid('district', 'd')} FROM generate_series(1, ${DISTRICTS}) d, generate_series(1, ${KINDS.length}) k`,
    // Children: district by number; level, status and lead agency by hash. Child 1..60 of district 1
    // are open and high risk: they make the benchmark's agenda.
    `INSERT INTO child (id, district_id, given_name, family_name, date_of_birth, gender, ethnicity_self_defined, ethnicity_observed,
       address, postcode, education_status, looked_after_status, lead_agency_id, exploitation_types, risk_level, next_review_on,
       status, closure_reason, created_by_user_id, created_at, updated_at)
     SELECT ${uid('child', 'i')}, ${uid('district', 'd')},
            ${pick(GIVEN, "'given' || i")}, ${pick(FAMILY, "'family' || i")},
            date '2009-12-01' + floor(${rnd("'dob' || i")} * 2000)::int,
            ${pick(['FEMALE', 'MALE', 'FEMALE', 'MALE', 'NON_BINARY'], "'gender' || i")},
            ${pick(['WHITE_BRITISH', 'WHITE_BRITISH', 'ASIAN_PAKISTANI', 'BLACK_CARIBBEAN', 'MIXED_OTHER', 'NOT_STATED'], "'eth' || i")},
            'NOT_YET_RECORDED', i || ' Bench Road, Bench district ' || d, 'ZZ' || d || ' 1ZZ',
            ${pick(['IN_SCHOOL', 'IN_SCHOOL', 'ALTERNATIVE_PROVISION', 'EXCLUDED', 'IN_COLLEGE'], "'edu' || i")}, 'NOT_LOOKED_AFTER',
            ${uid('agency', `d || '-' || (1 + floor(${rnd("'lead' || i")} * ${KINDS.length})::int)`)},
            ARRAY[${pick(['SEXUAL', 'CRIMINAL', 'ONLINE', 'TRAFFICKING'], "'type' || i")}],
            level, CASE WHEN status = 'OPEN' THEN current_date + (floor(${rnd("'review' || i")} * 60)::int - 20) END,
            status, CASE WHEN status = 'CLOSED' THEN 'Closed: no further exploitation concerns' END,
            ${uid('chair', 'd')}, now() - interval '200 days', now()
     FROM (
       SELECT i, 1 + (i - 1) / ${perDistrict} AS d,
              CASE WHEN (i - 1) % ${perDistrict} < ${AGENDA_CHILDREN} THEN 'HIGH' ELSE ${pick(['HIGH', 'MEDIUM', 'MEDIUM', 'LOW', 'LOW', 'NONE'], "'level' || i")} END AS level,
              CASE WHEN (i - 1) % ${perDistrict} < ${AGENDA_CHILDREN} THEN 'OPEN' ELSE ${pick(['OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'OPEN', 'STEPPED_DOWN', 'CLOSED', 'REFERRED'], "'status' || i")} END AS status
       FROM generate_series(1, ${CHILDREN}) i) c`,
    // Three risk entries per child: screening, triage, then the current level from a meeting.
    `INSERT INTO child_risk (child_id, level, rationale, source, set_by_user_id, set_at)
     SELECT c.id, CASE WHEN n = 3 THEN c.risk_level ELSE ${pick(['LOW', 'MEDIUM', 'HIGH'], "'risk' || c.id || n")} END,
            'Generated for the benchmark', (ARRAY['SCREENING','TRIAGE','MEETING'])[n], c.created_by_user_id,
            c.created_at + (n * interval '30 days')
     FROM child c, generate_series(1, 3) n`,
    `INSERT INTO child_involvement (child_id, agency_id, kind, created_at)
     SELECT id, lead_agency_id, 'LEAD_AGENCY', created_at FROM child
     UNION ALL
     SELECT c.id, a.id, 'REFERRER', c.created_at FROM child c JOIN agency a ON a.district_id = c.district_id AND a.kind = 'POLICE'
     WHERE a.id <> c.lead_agency_id`,
    // Actions: spread over the children, owners, due dates and statuses; some overdue.
    `INSERT INTO action (id, child_id, district_id, description, category, owner_agency_id, owner_user_id, due_on, status, status_reason,
       outcome_note, source, raised_by_user_id, raised_by_agency_id, completed_at, created_at, updated_at)
     SELECT ${uid('action', 'a')}, ${uid('child', 'ci')}, ${uid('district', 'd')}, 'Generated action ' || a,
            ${pick(['SAFEGUARDING', 'DIVERSION', 'PREVENTION', 'SUPPORT', 'DISRUPTION', 'INTELLIGENCE_DEVELOPMENT'], "'cat' || a")},
            ${uid('agency', "d || '-' || k")}, ${uid('user', "d || '-' || k")},
            current_date + (floor(${rnd("'due' || a")} * 180)::int - 120), status,
            CASE WHEN status IN ('NOT_POSSIBLE','NOT_DONE','CANCELLED') THEN 'Generated reason' END,
            CASE WHEN status = 'DONE' THEN 'Generated outcome' END,
            'OUTSIDE_MEETING', ${uid('chair', 'd')}, ${uid('agency', "d || '-2'")},
            CASE WHEN status NOT IN ('OPEN','IN_PROGRESS') THEN now() - interval '10 days' END,
            now() - interval '150 days', now()
     FROM (
       SELECT a, 1 + (a - 1) % ${CHILDREN} AS ci, 1 + ((a - 1) % ${CHILDREN}) / ${perDistrict} AS d,
              1 + floor(${rnd("'owner' || a")} * ${KINDS.length})::int AS k,
              ${pick(['DONE', 'DONE', 'DONE', 'DONE', 'OPEN', 'OPEN', 'IN_PROGRESS', 'NOT_DONE', 'NOT_POSSIBLE', 'CANCELLED'], "'status' || a")} AS status
       FROM generate_series(1, ${ACTIONS}) a) x`,
    `INSERT INTO child_involvement (child_id, agency_id, kind, created_at)
     SELECT DISTINCT child_id, owner_agency_id, 'ACTION_OWNER', now() - interval '150 days' FROM action ON CONFLICT DO NOTHING`,
    // A weekly MACE type per district, every agency a core member.
    `INSERT INTO meeting_type (id, district_id, kind, name, cadence_days, agenda_rules, confidentiality_statement)
     SELECT ${uid('mtype', 'd')}, ${uid('district', 'd')}, 'MACE', 'Bench district ' || d || ' MACE', 7,
            ARRAY['NEW_REFERRAL','REVIEW_DUE','RISK_INCREASED','OVERDUE_ACTIONS','CARRIED_FORWARD'],
            'Information shared here is for safeguarding only and is not shared onward without the chair''s agreement.'
     FROM generate_series(1, ${DISTRICTS}) d`,
    `INSERT INTO meeting_type_member (meeting_type_id, agency_id)
     SELECT ${uid('mtype', 'd')}, ${uid('agency', "d || '-' || k")} FROM generate_series(1, ${DISTRICTS}) d, generate_series(1, ${KINDS.length}) k`,
    // District 1's upcoming meeting, in two days at 10:00 London time, its agenda built.
    `INSERT INTO meeting (id, meeting_type_id, district_id, starts_at, duration_minutes, place, chair_user_id, status, agenda_built_at)
     VALUES (${uid('meeting', 1)}, ${uid('mtype', 1)}, ${uid('district', 1)},
             ((current_date + 2)::timestamp + time '10:00') AT TIME ZONE 'Europe/London', 120, 'Bench room', ${uid('chair', 1)},
             'SCHEDULED', now())`,
    `INSERT INTO meeting_member (meeting_id, agency_id, core) SELECT ${uid('meeting', 1)}, agency_id, true FROM meeting_type_member
     WHERE meeting_type_id = ${uid('mtype', 1)}`,
    // The chair has accepted the confidentiality statement, so the agenda shows case details (child,
    // audited reads): the heavier path, which the benchmark measures.
    `INSERT INTO meeting_confidentiality (meeting_id, user_id, agency_id) VALUES (${uid('meeting', 1)}, ${uid('chair', 1)}, ${uid('agency', "1 || '-2'")})`,
    `INSERT INTO agenda_item (id, meeting_id, position, subject_type, child_id, reasons, presenter_agency_id, timebox_minutes)
     SELECT ${uid('item', 'p')}, ${uid('meeting', 1)}, p, 'CHILD', ${uid('child', 'p')},
            CASE WHEN p % 3 = 0
              THEN jsonb_build_array(jsonb_build_object('rule', 'REVIEW_DUE', 'detail', 'High risk: review due'),
                                     jsonb_build_object('rule', 'OVERDUE_ACTIONS', 'detail', 'Overdue actions'))
              ELSE jsonb_build_array(jsonb_build_object('rule', 'REVIEW_DUE', 'detail', 'High risk: review due')) END,
            c.lead_agency_id, 10
     FROM generate_series(1, ${AGENDA_CHILDREN}) p JOIN child c ON c.id = ${uid('child', 'p')}`,
  ];
}

/** What the benchmark needs to know, and what the generator reports. */
export const COUNTS_SQL = `SELECT (SELECT count(*)::int FROM district) AS districts, (SELECT count(*)::int FROM agency) AS agencies,
  (SELECT count(*)::int FROM user_account) AS users, (SELECT count(*)::int FROM child) AS children,
  (SELECT count(*)::int FROM child_risk) AS risk_entries, (SELECT count(*)::int FROM child_involvement) AS involvements,
  (SELECT count(*)::int FROM action) AS actions,
  (SELECT count(*)::int FROM action WHERE status IN ('OPEN','IN_PROGRESS') AND due_on < current_date) AS overdue_actions,
  (SELECT count(*)::int FROM meeting_type) AS meeting_types, (SELECT count(*)::int FROM meeting) AS meetings,
  (SELECT count(*)::int FROM agenda_item) AS agenda_items`;

export const BENCH_MEETING_ID_SQL = `SELECT ${uid('meeting', 1)}::text AS id`;
