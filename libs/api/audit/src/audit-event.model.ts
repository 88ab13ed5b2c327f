import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { AuditOperation } from '@mace/shared-domain';

registerEnumType(AuditOperation, { name: 'AuditOperation' });

@ObjectType('AuditEvent', { description: 'One entry of the append-only audit trail (DPA 2018 s.62)' })
export class AuditEventModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Position in the hash chain' })
  seq: string;

  @Field()
  occurredAt: Date;

  @Field(() => AuditOperation)
  operation: AuditOperation;

  @Field(() => ID, { nullable: true })
  actorUserId: string | null;

  @Field(() => ID, { nullable: true })
  actorAgencyId: string | null;

  @Field(() => [String])
  actorRoles: string[];

  @Field()
  subjectType: string;

  @Field(() => [String])
  subjectIds: string[];

  @Field(() => String, { nullable: true })
  justification: string | null;

  @Field(() => [String], { description: 'Agencies a disclosure went to' })
  recipients: string[];

  @Field(() => String, { nullable: true })
  requestId: string | null;
}

@ObjectType('AuditEventConnection')
export class AuditEventConnection extends ConnectionType(AuditEventModel) {}

@ObjectType('AuditChainReport')
export class AuditChainReportModel {
  @Field({ description: 'True when every row links to its predecessor and matches its own hash' })
  intact: boolean;

  @Field()
  checkedCount: number;

  @Field(() => String, { nullable: true, description: 'The first row whose link or content does not match' })
  firstBrokenSeq: string | null;
}
