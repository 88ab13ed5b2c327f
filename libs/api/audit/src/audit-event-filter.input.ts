import { Field, ID, InputType } from '@nestjs/graphql';
import { AuditOperation } from '@mace/shared-domain';
import { IsDate, IsEnum, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

@InputType('AuditEventFilter')
export class AuditEventFilterInput {
  @Field(() => AuditOperation, { nullable: true })
  @IsOptional()
  @IsEnum(AuditOperation)
  operation?: AuditOperation;

  @Field(() => ID, { nullable: true, description: 'Events by this user' })
  @IsOptional()
  @IsUUID('all', { message: 'actorUserId must be a user id' })
  actorUserId?: string;

  @Field({ nullable: true, description: 'Events about this record (e.g. "who viewed this child")' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  subjectId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  subjectType?: string;

  @Field({ nullable: true, description: 'From this time (inclusive)' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true, description: 'Before this time' })
  @IsOptional()
  @IsDate()
  to?: Date;
}
