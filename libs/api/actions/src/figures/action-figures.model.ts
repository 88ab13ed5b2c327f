import { Field, Int, ObjectType } from '@nestjs/graphql';
import { AgencyModel } from '@mace/api-auth';

/** Counts of the actions set in a period: what happened to them, as of now. */
@ObjectType('ActionFigureTotals')
export class ActionFigureTotalsModel {
  @Field(() => Int, { description: 'Actions created in the period' })
  set: number;

  @Field(() => Int, { description: 'Of those: done, on or before the due date (Europe/London)' })
  doneOnTime: number;

  @Field(() => Int, { description: 'Done after the due date' })
  doneLate: number;

  @Field(() => Int)
  notPossible: number;

  @Field(() => Int)
  notDone: number;

  @Field(() => Int)
  cancelled: number;

  @Field(() => Int, { description: 'Open or in progress now' })
  stillOpen: number;

  @Field(() => Int, { description: 'Of those still open, overdue now' })
  overdue: number;
}

/** One owner agency's accountability figures. */
@ObjectType('AgencyActionFigures')
export class AgencyActionFiguresModel extends ActionFigureTotalsModel {
  @Field(() => AgencyModel)
  agency: AgencyModel;
}

@ObjectType('ActionFigures')
export class ActionFiguresModel {
  /** Resolved as `district` through a DataLoader. */
  districtId: string;

  @Field({ description: 'yyyy-mm-dd, inclusive' })
  from: string;

  @Field({ description: 'yyyy-mm-dd, inclusive' })
  to: string;

  @Field(() => [AgencyActionFiguresModel], { description: 'Agencies with at least one action set in the period, by name' })
  agencies: AgencyActionFiguresModel[];

  @Field(() => ActionFigureTotalsModel)
  totals: ActionFigureTotalsModel;
}
