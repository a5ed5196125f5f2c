import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import boundaries from 'eslint-plugin-boundaries';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'coverage', 'test-results', 'playwright-report', '.e2e-site', 'public/mockServiceWorker.js'] },
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
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'echarts', message: 'Import from echarts/core through src/lib/echarts.ts to keep the bundle lean.' }],
        },
      ],
    },
  },
  // The architecture, linted: features do not import each other, nothing imports the app shell,
  // and only the app entry may reach the mock.
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        { type: 'app', pattern: 'src/app/**' },
        { type: 'feature', pattern: 'src/features/*/**', capture: ['feature'] },
        { type: 'main', pattern: 'src/main.tsx', mode: 'file' },
        { type: 'shared', pattern: 'src/(api|components|filters|lib|locales|types|test)/**' },
        { type: 'mock', pattern: 'mock/**' },
      ],
      'boundaries/include': ['src/**/*', 'mock/**/*'],
      'import/resolver': { typescript: true, node: true },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          rules: [
            { from: { type: 'main' }, allow: { to: { type: ['app', 'shared', 'mock'] } } },
            { from: { type: 'app' }, allow: { to: { type: ['app', 'feature', 'shared'] } } },
            {
              from: { type: 'feature' },
              allow: [
                { to: { type: 'shared' } },
                { to: { type: 'feature', captured: { feature: '{{ from.captured.feature }}' } } },
              ],
            },
            { from: { type: 'shared' }, allow: { to: { type: 'shared' } } },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/test/**'],
    rules: { 'boundaries/dependencies': 'off' },
  },
  prettier,
);
