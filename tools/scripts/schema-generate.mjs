#!/usr/bin/env node
// Build the API and write apps/api/schema.gql from the running schema (sorted), then regenerate
// the web client's hooks from it. CI runs this and fails when either file changes.
import { execFileSync } from 'node:child_process';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['nx', 'run', 'api:build', '--skip-nx-cache']);
run('node', ['dist/apps/api/apps/api/src/write-schema.js', 'apps/api/schema.gql']);
run('npx', ['graphql-codegen', '--config', 'tools/codegen.ts']);
