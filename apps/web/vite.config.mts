import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const appRoot = fileURLToPath(new URL('.', import.meta.url));
const workspaceRoot = resolve(appRoot, '../..');
const fromWorkspace = (path: string) => resolve(workspaceRoot, path);

const govukAssets = fromWorkspace('node_modules/govuk-frontend/dist/govuk/assets');
const mojAssets = fromWorkspace('node_modules/@ministryofjustice/frontend/moj/assets');

// The API serves dist/apps/web at `/` with an SPA fallback, and answers /graphql, /health and /api
// (PDF downloads of meeting minutes and agency packs) itself.
const api = process.env['API_URL'] ?? 'http://localhost:3000';

// Two fixes to the precompiled vendor stylesheets:
// - they end with a sourceMappingURL comment naming a map that is not shipped;
// - the GDS Transport typeface is licensed only for services on GOV.UK, which this is not, so its
//   @font-face rules are dropped and the font stacks fall back to Arial, as GOV.UK Frontend
//   recommends for services elsewhere.
const adaptVendorCss: Plugin = {
  name: 'mace:adapt-vendor-css',
  enforce: 'pre',
  transform(code, id) {
    if (!id.endsWith('.min.css')) return undefined;
    return code
      .replace(/\/\*# sourceMappingURL=.*?\*\//g, '')
      .replace(/@font-face\{font-family:"?GDS Transport"?[^}]*\}/g, '')
      .replace(/"?GDS Transport"?,\s*/g, '');
  },
};

export default defineConfig({
  root: appRoot,
  base: '/',
  plugins: [react(), adaptVendorCss],
  resolve: {
    alias: [
      { find: '@mace/shared-domain', replacement: fromWorkspace('libs/shared/domain/src/index.ts') },
      { find: '@mace/web-data-access', replacement: fromWorkspace('libs/web/data-access/src/index.ts') },
      { find: '@mace/web-ui', replacement: fromWorkspace('libs/web/ui/src/index.ts') },
      { find: '@mace/web-shell', replacement: fromWorkspace('libs/web/shell/src/index.ts') },
      { find: '@mace/web-children', replacement: fromWorkspace('libs/web/children/src/index.ts') },
      { find: '@mace/web-actions', replacement: fromWorkspace('libs/web/actions/src/index.ts') },
      { find: '@mace/web-meetings', replacement: fromWorkspace('libs/web/meetings/src/index.ts') },
      { find: '@mace/web-intelligence', replacement: fromWorkspace('libs/web/intelligence/src/index.ts') },
      // The precompiled GOV.UK and MOJ stylesheets point at /assets/{fonts,images}; resolve those
      // to the packages' own files so Vite fingerprints and ships only what the CSS uses.
      { find: /^\/assets\/fonts\/(.*)$/, replacement: `${govukAssets}/fonts/$1` },
      { find: /^\/assets\/images\/(govuk-.*)$/, replacement: `${govukAssets}/images/$1` },
      { find: /^\/assets\/images\/(.*)$/, replacement: `${mojAssets}/images/$1` },
    ],
  },
  build: {
    outDir: fromWorkspace('dist/apps/web'),
    emptyOutDir: true,
    // The GOV.UK and MOJ stylesheets arrive minified, and govuk-frontend's old IE `@media screen\0`
    // hacks make Lightning CSS's minifier fail; minifying again would gain nothing.
    cssMinify: false,
  },
  server: {
    port: 4200,
    fs: { allow: [workspaceRoot] },
    proxy: {
      '/graphql': { target: api, ws: true },
      '/health': { target: api },
      '/api': { target: api },
    },
  },
});
