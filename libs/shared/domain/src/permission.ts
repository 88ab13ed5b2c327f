/**
 * Every permission the API checks. Resolvers declare one of these; the role matrix grants them.
 * Named `area:verb` so a reviewer reading the declaration snapshot sees what each operation needs.
 */
export enum Permission {
  /** Read your own profile and end your own session. Every signed-in user has it. */
  SELF_READ = 'self:read',
  DIRECTORY_READ = 'directory:read',
  AGENCY_MANAGE = 'agency:manage',
  USER_READ = 'user:read',
  USER_MANAGE = 'user:manage',
  AUDIT_READ = 'audit:read',
  /** Read child records the caller's agency is involved with (record by record). */
  CHILD_READ = 'child:read',
  /** Widens CHILD_READ to every child in the caller's districts (chair, SPOC). */
  CHILD_READ_DISTRICT = 'child:read-district',
  /** Change a child record: flags for involved agencies, details, risk and status for the lead agency. */
  CHILD_UPDATE = 'child:update',
  /** Widens CHILD_UPDATE to every child in the caller's districts, and lets the caller grant access. */
  CHILD_MANAGE_DISTRICT = 'child:manage-district',
  /** Open a record outside your involvement with a written reason, audited as such. */
  CHILD_BREAK_GLASS = 'child:break-glass',
  /** Counts and pseudonymised lists, never names. */
  CHILD_STATISTICS = 'child:statistics',
  REFERRAL_SUBMIT = 'referral:submit',
  /** Decide referrals at the daily triage of the caller's districts. */
  REFERRAL_TRIAGE = 'referral:triage',
  /** Read actions on children the caller may see. */
  ACTION_READ = 'action:read',
  /** Set actions: the chair of the district, or the child's lead agency. */
  ACTION_CREATE = 'action:create',
  /** Log progress on your agency's actions. */
  ACTION_UPDATE = 'action:update',
  /** Update or cancel any action of the caller's districts, and see the accountability figures. */
  ACTION_MANAGE_DISTRICT = 'action:manage-district',
  /** Read the meetings the caller's agency is a member of (items filtered by need-to-know). */
  MEETING_READ = 'meeting:read',
  /** Widens MEETING_READ to every meeting of the caller's districts (chair, SPOC). */
  MEETING_READ_DISTRICT = 'meeting:read-district',
  /** Post pre-meeting updates, accept the confidentiality statement, add addenda to approved minutes. */
  MEETING_CONTRIBUTE = 'meeting:contribute',
  /** Schedule, build and lock agendas, run, close and approve the minutes of the caller's districts' meetings. */
  MEETING_MANAGE_DISTRICT = 'meeting:manage-district',
  /** Configure meeting types (kind, cadence, core agencies, agenda rules, confidentiality statement). */
  MEETING_CONFIGURE = 'meeting:configure',
  /** Submit intelligence through the partnership form (and see your own submissions' status). */
  INTEL_SUBMIT = 'intel:submit',
  /** Read sanitised intelligence the handling code lets partners see, about children the caller may see. */
  INTEL_READ = 'intel:read',
  /** Police only: the original text, the source and the grading of intelligence in the caller's districts. */
  INTEL_READ_FULL = 'intel:read-full',
  /** Police SPOC: grade intelligence (3x5x2), write the sanitised text, move it through its statuses. */
  INTEL_GRADE = 'intel:grade',
  /** Police SPOC: record persons of concern, locations, vehicles, identifiers and networks, and link them. */
  LINKS_MANAGE = 'links:manage',
  /** Police: read persons, locations, vehicles, identifiers, networks, links, the link graph and the briefing. */
  LINKS_READ = 'links:read',
}
