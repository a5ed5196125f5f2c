import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist',
      'coverage',
      'test-results',
      'playwright-report',
      '.e2e-site*',
      '.scale',
      'dist-*',
      'test-results*',
      'playwright-report*',
      'public/mockServiceWorker.js',
      'bench/floor/dist',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, 'react-refresh': reactRefresh },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-refresh/only-export-components': ['warn', { allowConstantExport: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
      // `const { dropped, ...rest } = o` is how an object is copied without some of its fields.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'echarts',
              message: 'Import from echarts/core through src/lib/echarts.ts to keep the bundle lean.',
            },
          ],
        },
      ],
    },
  },
  // The architecture, linted, top to bottom: the app shell composes features; a feature uses
  // only itself and the layers below it; shared UI and state (components, filters, API hooks)
  // sit on the domain rules; the domain sits on lib and the API contract; lib is the bottom and
  // reads nothing of the app but the contract's types. Nothing reaches the mock (only
  // src/main.tsx, the composition root, loads it, dynamically).
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app' },
        { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
        { type: 'shared', pattern: 'src/(api/endpoints|components|filters|test)' },
        { type: 'domain', pattern: 'src/domain' },
        { type: 'contract', pattern: 'src/api/contract' },
        { type: 'lib', pattern: 'src/(lib|locales|types)' },
        { type: 'mock', pattern: 'mock' },
      ],
      'boundaries/include': ['src/**/*', 'mock/**/*'],
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: [
            {
              from: { element: { type: 'app' } },
              allow: {
                to: { element: { types: { anyOf: ['app', 'feature', 'shared', 'domain', 'contract', 'lib'] } } },
              },
            },
            {
              from: { element: { type: 'feature' } },
              allow: [
                { to: { element: { types: { anyOf: ['shared', 'domain', 'contract', 'lib'] } } } },
                { to: { element: { type: 'feature', captured: { feature: '{{ from.captured.feature }}' } } } },
              ],
            },
            {
              from: { element: { type: 'shared' } },
              allow: { to: { element: { types: { anyOf: ['shared', 'domain', 'contract', 'lib'] } } } },
            },
            {
              from: { element: { type: 'domain' } },
              allow: { to: { element: { types: { anyOf: ['domain', 'contract', 'lib'] } } } },
            },
            {
              from: { element: { type: 'contract' } },
              allow: { to: { element: { types: { anyOf: ['contract', 'lib'] } } } },
            },
            // lib formats the contract's figures, so it may name their types, and nothing else.
            { from: { element: { type: 'lib' } }, allow: { to: { element: { type: 'lib' } } } },
            {
              from: { element: { type: 'lib' } },
              allow: { to: { element: { type: 'contract' } }, dependency: { kind: 'type' } },
            },
          ],
        },
      ],
    },
  },
  // Injected into the pages the bench loads, as written.
  {
    files: ['bench/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'boundaries/dependencies': 'off' },
  },
  prettier,
);
