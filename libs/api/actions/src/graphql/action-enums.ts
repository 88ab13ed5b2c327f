import { registerEnumType } from '@nestjs/graphql';
import { ActionCategory, ActionOrder, ActionSource, ActionStatus } from '@mace/shared-domain';

// Every action code, under the name the shared domain gives it. Imported by the models and inputs
// so registration happens before the schema is built.
registerEnumType(ActionStatus, { name: 'ActionStatus' });
registerEnumType(ActionCategory, { name: 'ActionCategory' });
registerEnumType(ActionSource, { name: 'ActionSource' });
registerEnumType(ActionOrder, {
  name: 'ActionOrder',
  description: 'DUE_SOONEST: overdue first, then by due date; RECENTLY_UPDATED: last changed first',
});
