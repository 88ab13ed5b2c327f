import { ArgsType, Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, Length, Max, MaxLength, Min } from 'class-validator';
import { IsChildDateOfBirth } from '../dates/date-rules.validator';
import { NAME_MAX, trim, trimEach } from '../inputs/text';

@ArgsType()
export class SearchChildrenArgs {
  @Field({ description: 'A name, a name the child is known as, and/or a date of birth (dd/mm/yyyy or yyyy-mm-dd)' })
  @Transform(trim)
  @Length(2, 100, { message: 'Enter 2 to 100 characters to search for' })
  term: string;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'How many to return, 1 to 100' })
  @IsInt({ message: 'first must be a whole number' })
  @Min(1, { message: 'first must be between 1 and 100' })
  @Max(100, { message: 'first must be between 1 and 100' })
  first = 20;
}

/** What a referrer has typed about the child so far. */
@InputType()
export class PossibleDuplicatesInput {
  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the child’s first name' })
  @MaxLength(NAME_MAX, { message: `First name must be ${NAME_MAX} characters or fewer` })
  givenName: string;

  @Field()
  @Transform(trim)
  @IsNotEmpty({ message: 'Enter the child’s last name' })
  @MaxLength(NAME_MAX, { message: `Last name must be ${NAME_MAX} characters or fewer` })
  familyName: string;

  @Field({ nullable: true, description: 'yyyy-mm-dd; a match ranks first' })
  @IsOptional()
  @IsChildDateOfBirth()
  dateOfBirth?: string;

  @Field(() => [String], { nullable: true, defaultValue: [] })
  @IsOptional()
  @Transform(trimEach)
  @IsArray()
  @ArrayMaxSize(10, { message: 'Enter no more than 10 names the child is known as' })
  @IsNotEmpty({ each: true, message: 'Enter each name the child is known as, or remove the empty one' })
  @MaxLength(NAME_MAX, { each: true, message: `Each name the child is known as must be ${NAME_MAX} characters or fewer` })
  knownAs: string[] = [];
}
