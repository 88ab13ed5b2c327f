import { Type } from '@nestjs/common';
import { Field, Int, ObjectType } from '@nestjs/graphql';
import { encodeCursor } from './page-args';

@ObjectType()
export class PageInfo {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

export interface Connection<T> {
  nodes: T[];
  totalCount: number;
  pageInfo: PageInfo;
}

/**
 * The one list shape: `{ nodes, totalCount, pageInfo { hasNextPage, endCursor } }`.
 * Subclass it under a name: `@ObjectType('UserConnection') class UserConnection extends ConnectionType(UserModel) {}`.
 */
export function ConnectionType<T>(node: Type<T>): Type<Connection<T>> {
  @ObjectType({ isAbstract: true })
  class ConnectionClass implements Connection<T> {
    @Field(() => [node])
    nodes: T[];

    @Field(() => Int)
    totalCount: number;

    @Field(() => PageInfo)
    pageInfo: PageInfo;
  }
  return ConnectionClass;
}

export function toConnection<T>(nodes: T[], totalCount: number, offset: number): Connection<T> {
  const end = offset + nodes.length;
  return { nodes, totalCount, pageInfo: { hasNextPage: end < totalCount, endCursor: nodes.length ? encodeCursor(end) : null } };
}
