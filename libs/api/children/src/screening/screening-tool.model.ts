import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('ScreeningQuestion')
export class ScreeningQuestionModel {
  @Field({ description: 'Stable across versions while the question is the same' })
  key: string;

  @Field({ description: 'Heading the form groups questions under' })
  section: string;

  @Field()
  text: string;

  @Field(() => String, { nullable: true })
  hint: string | null;

  @Field(() => Int, { description: '1 (context) to 3 (direct indicator of exploitation)' })
  weight: number;

  @Field({ description: 'A yes in the last six months suggests high risk on its own' })
  critical: boolean;
}

@ObjectType('ScreeningTool')
export class ScreeningToolModel {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  name: string;

  @Field(() => [ScreeningQuestionModel])
  questions: ScreeningQuestionModel[];
}
