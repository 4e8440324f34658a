// ESLint flat config. The rule that matters most: src/core stays pure (no vscode, no Node built-ins).
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = [
  'assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'http', 'https', 'module', 'net',
  'os', 'path', 'perf_hooks', 'process', 'readline', 'stream', 'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

export default tseslint.config(
  { ignores: ['dist/**', 'out/**', 'node_modules/**', '.vscode-test/**', 'test-results/**', 'examples/**', 'media/**', '*.vsix'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'src/core is pure: only src/extension may import vscode.' },
          ...nodeBuiltins.map((name) => ({ name, message: 'src/core is pure: no Node built-ins.' }))],
        patterns: [{ group: ['node:*'], message: 'src/core is pure: no Node built-ins.' },
          { group: ['**/extension/**', '**/cli/**'], message: 'src/core must not depend on the adapters.' }],
      }],
    },
  },
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'The CLI runs without VS Code.' }],
        patterns: [{ group: ['**/extension/**'], message: 'The CLI must not depend on the extension adapter.' }],
      }],
    },
  },
  {
    // The bin shim is plain CommonJS (it loads the bundled CLI), so require() is how it imports.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/**/*.ts', 'scripts/**/*.mjs', 'bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain JavaScript has no type checker behind it: an undefined name must fail lint, not the script's first run.
    files: ['scripts/**/*.mjs'],
    languageOptions: { globals: globals.node },
    rules: { 'no-undef': 'error' },
  },
);
