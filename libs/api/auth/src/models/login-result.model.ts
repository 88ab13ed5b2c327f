import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model';

@ObjectType('LoginResult')
export class LoginResultModel {
  @Field({ description: 'Also set as an HttpOnly cookie; API clients send it as `Authorization: Bearer <token>`' })
  token: string;

  @Field({ description: 'When the session ends at the latest (it ends sooner when idle)' })
  expiresAt: Date;

  @Field(() => UserModel)
  user: UserModel;
}
