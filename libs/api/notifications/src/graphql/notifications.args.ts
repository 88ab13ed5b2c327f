import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsUUID } from 'class-validator';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Only those not yet marked read' })
  @IsOptional()
  @IsBoolean()
  unreadOnly = false;
}

/** Mark some (ids) or every (all) of the caller's own notifications read. */
@ArgsType()
export class MarkNotificationsReadArgs {
  @Field(() => [ID], { nullable: true, description: 'Up to 100 ids; ids that are not yours are ignored' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100, { message: 'Mark at most 100 notifications at a time, or all of them' })
  @IsUUID('all', { each: true, message: 'Notification ids are not valid' })
  ids?: string[];

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Mark every notification you have read' })
  @IsOptional()
  @IsBoolean()
  all = false;
}
