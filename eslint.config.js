// Lint rules that hold the layers apart, as VS Code does for its process folders:
// data/ is plain Node (no electron, no react), renderer/ takes only types from data/,
// electron/ never reaches into renderer/.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const uiPackages = ['react', 'react-dom', 'react-dom/*', 'react/*', 'react-i18next', 'react-chartjs-2', 'chart.js', 'chart.js/*', 'i18next'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.cache/**', 'test-results/**', 'playwright-report/**', 'bench/out/**', 'docs/**', 'release/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['data/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'data/ is plain Node: it never imports electron.' }],
          patterns: [
            { group: uiPackages, message: 'data/ is plain Node: it never imports react or UI packages.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'data/ is the bottom layer: it never imports electron/ or renderer/.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the app only through its client (renderer/api/client.ts).' },
            { name: 'better-sqlite3', message: 'The renderer never opens SQLite; it asks the contract.' },
          ],
          patterns: [
            { group: ['**/data/**'], allowTypeImports: true, message: 'renderer/ imports only types from data/ (use `import type`).' },
            { group: ['**/electron/**'], allowTypeImports: true, message: 'renderer/ imports only types from electron/ (use `import type`).' },
            { group: ['node:*', 'fs', 'path', 'child_process', 'worker_threads'], message: 'The renderer has no Node.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.{ts,cts}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/**'], message: 'electron/ never imports renderer/: the UI is loaded, not linked.' }] },
      ],
    },
  },
);
