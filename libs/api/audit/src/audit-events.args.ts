import { ArgsType, Field } from '@nestjs/graphql';
import { PageArgs } from '@mace/api-core';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { AuditEventFilterInput } from './audit-event-filter.input';

/**
 * Paging and filter as one args class: a bare `@Args() page: PageArgs` receives every argument,
 * and the whitelisting validation pipe then refused `filter` as unknown.
 */
@ArgsType()
export class AuditEventsArgs extends PageArgs {
  @Field(() => AuditEventFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditEventFilterInput)
  filter?: AuditEventFilterInput;
}
