// The second API process of meetings-subscription-redis.int.spec.ts. Jest compiles TypeScript for
// the test itself; this process has no Jest, so it compiles the API's TypeScript the same way (SWC,
// decorator metadata kept, @mace/* paths rewritten) as Node requires it, then runs the peer app.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from '@swc/core';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const { compilerOptions } = JSON.parse(readFileSync(resolve(root, 'tsconfig.base.json'), 'utf8'));

Module._extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
      baseUrl: root,
      paths: compilerOptions.paths,
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  });
  module._compile(code, filename);
};

createRequire(import.meta.url)('./meetings-redis-peer-app.ts');
