// Lint rules: ESLint's and typescript-eslint's recommended sets, plus Astro's, and the
// layer rules (docs/CONVENTIONS.md, "Layers"): imports point one way only.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import tseslint from 'typescript-eslint';

/** Imports of another layer's folder (regular expressions on the import path), with the rule they break. */
const NOT_BUILD = {
  regex: '(^|/)(scripts|bench)/',
  message:
    'the site (src/) never imports the build layer (scripts/, bench/): take what it needs from src/shared/ or as an option (src/shared/site-options.ts)',
};
const NOT_TESTS = { regex: '(^|/)test/', message: 'only tests import test/ code' };
const ONLY_TEST_HARNESS = {
  regex: '(^|/)test/(?!helpers/)',
  message: 'benchmarks import only the test harness (test/helpers/: server, browser), never tests',
};
const ONLY_SHARED = {
  regex: '(^|/)src/(?!shared/)',
  message: 'the build layer (scripts/, bench/) imports nothing from src/ but src/shared/',
};
const SHARED_ALONE = {
  regex: '^\\.\\./',
  message: 'src/shared/ imports nothing else of the project: it is what both layers build on',
};

const restrict = (...patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});

export default [
  {
    ignores: [
      'dist/',
      '**/*.staging/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'bench/results/',
      'bench/work/',
      'bench/corpora/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', performance: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers. Later entries replace `no-restricted-imports` for the files they match.
  { files: ['src/**/*.{ts,astro,mjs,js}'], rules: restrict(NOT_BUILD, NOT_TESTS) },
  { files: ['src/shared/**/*.ts'], rules: restrict(NOT_BUILD, NOT_TESTS, SHARED_ALONE) },
  { files: ['scripts/**/*.ts', 'astro.config.mjs'], rules: restrict(ONLY_SHARED, NOT_TESTS) },
  { files: ['bench/**/*.ts'], rules: restrict(ONLY_SHARED, ONLY_TEST_HARNESS) },
];
