import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, RequestId, RequirePermission } from '@mace/api-core';
import { AccessService, UserModel } from '@mace/api-auth';
import { Permission } from '@mace/shared-domain';
import { UserConnection } from './user-connection.model';
import { CreateUserInput, SetUserActiveInput, UpdateUserInput } from './user.inputs';
import { UsersArgs } from './users.args';
import { UsersService } from './users.service';

@Resolver(() => UserModel)
export class UsersResolver {
  constructor(
    private readonly userService: UsersService,
    private readonly access: AccessService,
  ) {}

  @RequirePermission(Permission.USER_READ)
  @Query(() => UserConnection, { description: 'User accounts you may see, by name', complexity: pageComplexity })
  users(@CurrentActor() actor: Actor, @Args() args: UsersArgs): Promise<UserConnection> {
    return this.userService.list(this.access.userScope(actor, 'read'), args.filter, args);
  }

  @RequirePermission(Permission.USER_READ)
  @Query(() => UserModel)
  user(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<UserModel> {
    return this.userService.get(actor, id);
  }

  @RequirePermission(Permission.USER_MANAGE)
  @Mutation(() => UserModel, { description: 'Create a user account (administrators)' })
  createUser(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreateUserInput): Promise<UserModel> {
    return this.userService.create(actor, input, requestId);
  }

  @RequirePermission(Permission.USER_MANAGE)
  @Mutation(() => UserModel, { description: 'Change a user’s name, agency, roles or districts (administrators)' })
  updateUser(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: UpdateUserInput): Promise<UserModel> {
    return this.userService.update(actor, input, requestId);
  }

  @RequirePermission(Permission.USER_MANAGE)
  @Mutation(() => UserModel, { description: 'Deactivate (ending every session) or reactivate a user (administrators)' })
  setUserActive(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: SetUserActiveInput,
  ): Promise<UserModel> {
    return this.userService.setActive(actor, input, requestId);
  }
}
