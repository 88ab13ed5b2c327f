import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('District')
export class DistrictModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;
}
