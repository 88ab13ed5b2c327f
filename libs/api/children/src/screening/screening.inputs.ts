import { Field, InputType, Int } from '@nestjs/graphql';
import { ScreeningAnswer } from '@mace/shared-domain';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEnum, IsInt, IsNotEmpty, IsString, MaxLength, Min, ValidateNested } from 'class-validator';
import '../graphql/child-enums';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

@InputType()
export class ScreeningResponseInput {
  @Field()
  @Transform(trim)
  @IsString()
  @IsNotEmpty({ message: 'Choose a question of the screening tool' })
  @MaxLength(100, { message: 'Choose a question of the screening tool' })
  questionKey: string;

  @Field(() => ScreeningAnswer)
  @IsEnum(ScreeningAnswer, { message: 'Answer yes, no or not known for the last six months' })
  lastSixMonths: ScreeningAnswer;

  @Field(() => ScreeningAnswer)
  @IsEnum(ScreeningAnswer, { message: 'Answer yes, no or not known for earlier' })
  earlier: ScreeningAnswer;
}

@InputType()
export class ScoreScreeningInput {
  @Field(() => Int, { description: 'The version of the tool the answers are for' })
  @IsInt({ message: 'Choose a version of the screening tool' })
  @Min(1, { message: 'Choose a version of the screening tool' })
  toolVersion: number;

  @Field(() => [ScreeningResponseInput], { description: 'Any answers given so far; unanswered questions count as no' })
  @IsArray()
  @ArrayMaxSize(200, { message: 'Send at most 200 answers' })
  @ValidateNested({ each: true })
  @Type(() => ScreeningResponseInput)
  answers: ScreeningResponseInput[];
}
