import { Field, ID, ObjectType } from '@nestjs/graphql';

/** A flag or tag on a child, with why, who and an optional expiry; removed flags stay as history. */
@ObjectType('ChildFlag')
export class ChildFlagModel {
  @Field(() => ID)
  id: string;

  @Field()
  label: string;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd; the flag stops being active on this day' })
  expiresOn: string | null;

  @Field()
  setAt: Date;

  @Field(() => String, { nullable: true })
  setBy: string | null;

  @Field(() => String, { nullable: true })
  agencyName: string | null;

  @Field(() => Date, { nullable: true })
  removedAt: Date | null;

  @Field(() => String, { nullable: true })
  removalReason: string | null;

  @Field({ description: 'Not removed and not expired (Europe/London)' })
  active: boolean;
}
