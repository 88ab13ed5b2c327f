import { Permission } from '@mace/shared-domain';

export interface NavigationItem {
  to: string;
  text: string;
  /** What the item leads to, for the home page. */
  description: string;
  /** Shown only to users holding this permission; the API refuses the pages' operations otherwise. */
  permission?: Permission;
}

const ITEMS: NavigationItem[] = [
  { to: '/', text: 'Home', description: 'Your MACE workspace' },
  {
    to: '/children',
    text: 'Children',
    description: 'Children you may see, by risk, with their next review dates',
    permission: Permission.CHILD_READ,
  },
  {
    to: '/search',
    text: 'Find a child',
    description: 'Search by name, alias or date of birth, including children known in other districts',
    permission: Permission.CHILD_READ,
  },
  {
    to: '/triage',
    text: 'Triage',
    description: 'Referrals waiting for a decision at the daily triage',
    permission: Permission.REFERRAL_TRIAGE,
  },
  {
    to: '/referrals/new',
    text: 'Make a referral',
    description: 'Refer a child you are worried about to the MACE',
    permission: Permission.REFERRAL_SUBMIT,
  },
  {
    to: '/referrals',
    text: 'Your referrals',
    description: 'Referrals your agency made, and what was decided',
    permission: Permission.REFERRAL_SUBMIT,
  },
  {
    to: '/actions',
    text: 'Actions',
    description: 'Your agency’s actions: what is due and overdue, and logging progress on several at once',
    permission: Permission.ACTION_READ,
  },
  {
    to: '/intelligence/new',
    text: 'Share intelligence',
    description: 'Tell the police about something that may be linked to the exploitation of a child',
    permission: Permission.INTEL_SUBMIT,
  },
  {
    to: '/intelligence',
    text: 'Intelligence',
    description: 'Intelligence your agency shared and what may be shared back; for the police, grading, records and their links',
    permission: Permission.INTEL_READ,
  },
  {
    to: '/meetings',
    text: 'Meetings',
    description: 'Upcoming and past meetings of your districts: agendas, pre-meeting updates and the next meeting to open',
    permission: Permission.MEETING_READ,
  },
  {
    to: '/meeting-types',
    text: 'Meeting types',
    description: 'How often each district’s meetings happen, their core agencies, agenda rules and confidentiality statement',
    permission: Permission.MEETING_CONFIGURE,
  },
  {
    to: '/dashboard',
    text: 'Dashboard',
    description: 'Overdue actions across your district, and how each agency did with the actions set in a period',
    permission: Permission.ACTION_MANAGE_DISTRICT,
  },
  {
    to: '/figures',
    text: 'Figures',
    description: 'Counts of children by risk, status and district, and a list of them under pseudonyms, without names',
    permission: Permission.CHILD_STATISTICS,
  },
  {
    to: '/audit/break-glass',
    text: 'Break-glass openings',
    description: 'Every emergency opening of a child’s record: who, when, why and until when',
    permission: Permission.AUDIT_READ,
  },
  {
    to: '/notifications',
    text: 'Notifications',
    description: 'Actions assigned to your agency or overdue, referrals decided and agendas locked',
    permission: Permission.SELF_READ,
  },
];

export function navigationItemsFor(permissions: readonly string[]): NavigationItem[] {
  const held = new Set(permissions);
  return ITEMS.filter((item) => !item.permission || held.has(item.permission));
}
