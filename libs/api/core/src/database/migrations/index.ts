import { IdentityAndOrganisations1764320000000 } from './1764320000000-identity-and-organisations';
import { AuditTrail1764320000001 } from './1764320000001-audit-trail';
import { ChildrenAndReferrals1764320000002 } from './1764320000002-children-and-referrals';
import { ScreeningToolV11764320000003 } from './1764320000003-screening-tool-v1';
import { ActionsAndNotifications1764320000004 } from './1764320000004-actions-and-notifications';
import { Meetings1764320000005 } from './1764320000005-meetings';
import { IntelligenceAndLinks1764320000006 } from './1764320000006-intelligence-and-links';
import { IntelligenceSubmittedNotification1764320000007 } from './1764320000007-intelligence-submitted-notification';

/** Every migration, in order. The app, the CLI and the tests all apply this list. */
export const MIGRATIONS = [
  IdentityAndOrganisations1764320000000,
  AuditTrail1764320000001,
  ChildrenAndReferrals1764320000002,
  ScreeningToolV11764320000003,
  ActionsAndNotifications1764320000004,
  Meetings1764320000005,
  IntelligenceAndLinks1764320000006,
  IntelligenceSubmittedNotification1764320000007,
];
