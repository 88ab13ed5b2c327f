// One flat config for the whole workspace. Module boundaries are an error, never a warning:
// the layering in ARCHITECTURE.md only holds if the build refuses to break it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import nx from '@nx/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/tmp/**', '**/.nx/**', '**/generated/**', 'apps/web-e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mjs', '**/*.js'],
    plugins: { '@nx': nx },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'type:ui', notDependOnLibsWithTags: ['type:data-access', 'type:feature', 'type:app'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain'] },
            {
              sourceTag: 'scope:web',
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', '@electric-sql/*', 'typeorm-pglite', 'argon2'],
            },
            { sourceTag: 'scope:api', bannedExternalImports: ['react', 'react-dom', '@apollo/client', 'react-router'] },
            {
              sourceTag: 'type:domain',
              bannedExternalImports: ['@nestjs/*', 'typeorm', 'react', '@apollo/*', 'graphql', 'class-validator'],
            },
          ],
        },
      ],
      'no-console': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['apps/web/**/*.{ts,tsx}', 'libs/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // Jest reads a CommonJS config.
    files: ['jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Command-line tools print to the terminal by design.
    files: ['tools/**/*.{ts,mjs,js}', 'apps/web-e2e/**/*.{ts,mjs}'],
    rules: { 'no-console': 'off' },
  },
);
