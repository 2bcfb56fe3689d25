// @ts-check
/**
 * ESLint (flat config): JavaScript's and typescript-eslint's recommended rules on every .ts/.js file,
 * eslint-plugin-astro's on .astro components, and the tree's import boundaries (README "Map of the
 * tree"; tests/unit/import-boundaries.test.ts checks the same through what a file imports in turn).
 * `npm run lint`; `npm test` runs it.
 */
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that exist only at build time (Node, Astro's virtual modules, the server-only folder). */
const serverOnly = [
  { group: ['astro:*', 'node:*', 'sharp'], message: "Browser code runs in the reader's browser: no build-time modules." },
  { group: ['**/lib/server/*', '~/lib/server/*'], message: 'src/lib/server/ is build-time only; share code through src/lib/.' },
];

export default defineConfig(
  globalIgnores([
    'dist/',
    'node_modules/',
    '.astro/',
    'tests/.fixture-dist/',
    'tests/.fixture-cache/',
    'tests/fixtures/',
    'test-results/',
    'playwright-report/',
    'booklets/',
    'public/',
    'content/',
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a value that must be taken but is not used (a destructured prop left out, a callback's first argument).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Type-only imports say so, so they are erased and never pull a module into a bundle.
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
    },
  },
  {
    // Everything under src/ is the site: it never reaches into the command-line tools or the tests.
    files: ['src/**/*.{ts,js,mjs,astro}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/scripts/*', '**/tests/*'], message: 'src/ never imports scripts/ or tests/.' }] },
      ],
    },
  },
  {
    // Scripts shipped to browsers.
    files: ['src/client/**/*.ts', 'src/search/client.ts', 'src/cms/*.js'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [...serverOnly, { group: ['**/scripts/*', '**/tests/*'], message: 'src/ never imports scripts/ or tests/.' }] },
      ],
    },
  },
);
