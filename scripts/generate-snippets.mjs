// Writes snippets/templates.json — one `lectern-<id>` Markdown snippet per built-in template — from templates/*.md
// through the core's own template reader, so the snippets can never drift from the templates (a unit test checks the
// committed file is what this writes). Run by scripts/build.mjs after a build.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-snippets-'));
  try {
    const out = join(dir, 'snippets.cjs');
    await esbuild.build({
      absWorkingDir: root,
      stdin: {
        contents: "export { BUILTIN_TEMPLATES, buildCatalog, templateSnippetsJson } from './src/core/templates/index';",
        resolveDir: root, loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning', mainFields: ['module', 'main'],
      loader: { '.md': 'text' },
    });
    // CommonJS: the YAML parser the core uses requires Node built-ins, which an ESM bundle cannot.
    const { BUILTIN_TEMPLATES, buildCatalog, templateSnippetsJson } = createRequire(import.meta.url)(out);
    const catalog = buildCatalog(BUILTIN_TEMPLATES, []);
    if (catalog.problems.length) throw new Error(catalog.problems.map((p) => `${p.file}: ${p.message}`).join('; '));
    const file = join(root, 'snippets/templates.json');
    const text = templateSnippetsJson(catalog.templates);
    if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`generate-snippets: ${error.message}`);
  process.exitCode = 1;
});
