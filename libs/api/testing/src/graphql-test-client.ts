import type { Server } from 'node:http';
import request from 'supertest';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; fields?: Record<string, string> } & Record<string, unknown> }[];
  headers: Record<string, string | string[] | undefined>;
}

/** Calls /graphql over HTTP as a client would, with a bearer token or a cookie. */
export class GraphQLTestClient {
  constructor(private readonly server: Server) {}

  async send<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
    auth: { token?: string; cookie?: string } = {},
  ): Promise<GraphQLResponse<T>> {
    const req = request(this.server).post('/graphql').set('content-type', 'application/json');
    if (auth.token) req.set('authorization', `Bearer ${auth.token}`);
    if (auth.cookie) req.set('cookie', auth.cookie);
    const res = await req.send({ query, variables });
    return { status: res.status, data: res.body?.data, errors: res.body?.errors, headers: res.headers };
  }

  /** The first error's code, for assertions like `expect(await gql.code(...)).toBe('FORBIDDEN')`. */
  static codeOf(response: GraphQLResponse<unknown>): string | undefined {
    return response.errors?.[0]?.extensions?.code;
  }
}
