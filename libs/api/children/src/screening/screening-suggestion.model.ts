import { Field, Int, ObjectType } from '@nestjs/graphql';
import { RiskLevel } from '@mace/shared-domain';
import '../graphql/child-enums';

@ObjectType('ScreeningSuggestion')
export class ScreeningSuggestionModel {
  @Field(() => RiskLevel)
  level: RiskLevel;

  @Field(() => Int)
  score: number;

  @Field(() => [String], { description: 'Which answers drove the level, in plain words, most important first' })
  because: string[];

  @Field(() => Int, { description: 'Questions not answered yet (counted as no)' })
  unansweredCount: number;

  @Field(() => Int, { description: 'Answers of "not known": the risk may be higher than suggested' })
  notKnownCount: number;
}
