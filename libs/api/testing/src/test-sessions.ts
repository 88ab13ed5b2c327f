import { AgencyKind, Role } from '@mace/shared-domain';
import { createAgency, createUser, TestUser } from './factories';
import { GraphQLResponse } from './graphql-test-client';
import { TestApp } from './test-app';

const LOGIN = `mutation Login($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { id } }
}`;

export interface TestSession extends TestUser {
  token: string;
  /** Send an operation as this user. */
  send<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export async function loginAs(testApp: TestApp, user: TestUser): Promise<TestSession> {
  const response = await testApp.gql.send<{ login: { token: string } }>(LOGIN, { email: user.email, password: user.password });
  const token = response.data?.login.token;
  if (!token) throw new Error(`login failed for a test user: ${JSON.stringify(response.errors)}`);
  return { ...user, token, send: (query, variables) => testApp.gql.send(query, variables, { token }) };
}

/**
 * A signed-in user with `role`, in a new agency of `kind`, covering `districtIds`: the building
 * block of access-matrix tests (own agency, other agency, other district).
 */
export async function sessionFor(
  testApp: TestApp,
  role: Role,
  options: { districtIds?: string[]; agencyId?: string; kind?: AgencyKind } = {},
): Promise<TestSession> {
  const agencyId =
    options.agencyId ??
    (await createAgency(testApp.dataSource, { kind: options.kind, districtId: options.districtIds?.[0] ?? null })).id;
  const user = await createUser(testApp.dataSource, { roles: [role], agencyId, districtIds: options.districtIds });
  return loginAs(testApp, user);
}
