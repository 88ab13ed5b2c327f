/* global axe, document */
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const AXE_SCRIPT = require.resolve('axe-core/axe.min.js');
let axeSource;
export const ARTIFACTS_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../artifacts');

/**
 * Every page a journey visits gets the same treatment: a screenshot for reviewers in
 * apps/web-e2e/artifacts/, then axe-core's full rule set, which must find nothing.
 */
export async function checkPage(page, name) {
  await mkdir(ARTIFACTS_DIR, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`), fullPage: true });

  if (!(await page.evaluate(() => typeof axe !== 'undefined'))) {
    // Evaluated over the DevTools protocol rather than added as a <script>, so it works under
    // whatever Content-Security-Policy the app sends without the test switching that policy off.
    axeSource ??= await readFile(AXE_SCRIPT, 'utf8');
    await page.evaluate(axeSource);
  }
  const violations = await page.evaluate(async () => {
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return results.violations.map((violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
  assert.deepEqual(violations, [], `axe found violations on "${name}":\n${JSON.stringify(violations, null, 2)}`);
  assert.deepEqual(page.appErrors, [], `uncaught errors in the app on "${name}"`);
}
