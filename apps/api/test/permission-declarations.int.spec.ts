import { MetadataScanner, ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { PERMISSION_KEY, PUBLIC_KEY } from '@mace/api-core';
import { startTestApp, TestApp } from '@mace/api-testing';
import { GraphQLObjectType } from 'graphql';
import { createApiApp } from '../src/bootstrap/create-api-app';

const ROOT_TYPES = ['Query', 'Mutation', 'Subscription'];
/** The only operations reachable without a session. Adding one here is a security decision. */
const PUBLIC_OPERATIONS = ['Mutation.login'];

/**
 * Every root field of the built schema with the permission its resolver declares: a listing that
 * reviewers read in the snapshot. A field with no declaration fails the test (and the guard
 * refuses it at run time anyway).
 */
describe('permission declarations', () => {
  let t: TestApp;
  let declared: Map<string, string>;
  let schemaFields: string[];

  beforeAll(async () => {
    t = await startTestApp(createApiApp);
    declared = new Map();
    const scanner = new MetadataScanner();
    const wrappers = [...t.app.get(ModulesContainer).values()].flatMap((module) => [...module.providers.values()]);
    for (const wrapper of wrappers) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance);
      for (const method of scanner.getAllMethodNames(prototype)) {
        const handler = prototype[method];
        const rootType = Reflect.getMetadata('graphql:resolver_type', handler);
        if (!ROOT_TYPES.includes(rootType)) continue;
        const field = Reflect.getMetadata('graphql:resolver_name', handler) ?? method;
        const permission = Reflect.getMetadata(PERMISSION_KEY, handler);
        const isPublic = Reflect.getMetadata(PUBLIC_KEY, handler) === true;
        declared.set(`${rootType}.${field}`, isPublic ? 'PUBLIC' : (permission ?? 'MISSING'));
      }
    }
    const schema = t.app.get(GraphQLSchemaHost).schema;
    schemaFields = ROOT_TYPES.flatMap((name) => {
      const type = schema.getType(name) as GraphQLObjectType | undefined;
      return type ? Object.keys(type.getFields()).map((field) => `${name}.${field}`) : [];
    }).sort();
  });
  afterAll(() => t.close());

  it('finds a resolver for every root field of the schema', () => {
    expect(schemaFields.length).toBeGreaterThan(5);
    expect(schemaFields.filter((field) => !declared.has(field))).toEqual([]);
  });

  it('has a permission declared on every operation', () => {
    expect(schemaFields.filter((field) => declared.get(field) === 'MISSING')).toEqual([]);
  });

  it('keeps the public operations to the reviewed list', () => {
    expect(schemaFields.filter((field) => declared.get(field) === 'PUBLIC')).toEqual(PUBLIC_OPERATIONS);
  });

  it('matches the reviewed listing of operations and permissions', () => {
    const listing = schemaFields.map((field) => `${field.padEnd(32)} ${declared.get(field)}`).join('\n');
    expect(`\n${listing}\n`).toMatchSnapshot();
  });
});
