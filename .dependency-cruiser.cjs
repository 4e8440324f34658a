// The architecture rules `npm run check` enforces on src/ (run: npx depcruise src). Type-only imports count: a cycle
// through `import type` is still two modules that cannot be understood one without the other.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Modules in src/ must not import each other in a circle (type imports included). Move what both need '
        + 'into a module at the bottom (e.g. src/core/goals/model.ts) that imports neither.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-is-pure-of-adapters',
      severity: 'error',
      comment: 'src/core is the pure layer: it imports nothing from src/cli or src/extension.',
      from: { path: '^src/core/' },
      to: { path: '^src/(cli|extension)/' },
    },
    {
      name: 'cli-without-extension',
      severity: 'error',
      comment: 'The CLI runs without VS Code: src/cli imports nothing from src/extension.',
      from: { path: '^src/cli/' },
      to: { path: '^src/extension/' },
    },
    {
      name: 'lint-through-its-facade',
      severity: 'error',
      comment: 'The CLI and the extension use the lint engine through src/core/lint/index.ts, which re-exports what '
        + 'they need (retext-equality.ts is loaded lazily by path, on purpose; the lint worker bundles the engine alone '
        + 'so a worker thread starts quickly).',
      from: { path: '^src/(cli|extension)/', pathNot: '^src/cli/lint-worker[.]ts$' },
      to: { path: '^src/core/lint/', pathNot: '^src/core/lint/(index|retext-equality)[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    // Keep `import type` edges: TypeScript erases them, but they are dependencies all the same.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
  },
};
