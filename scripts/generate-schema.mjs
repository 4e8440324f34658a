// Writes dist/config.schema.json (JSON Schema draft-07) for `.lectern/config.json` from the rules' own metadata, so the
// schema can never drift from the engine: every rule id with its default severity and the type and default of each
// option, plus the other top-level keys. `additionalProperties: false` everywhere, so typos are flagged in the editor.
// It bundles the rule registry with esbuild to a temporary file and imports it. Run by scripts/build.mjs after a build.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function optionSchema(value) {
  if (typeof value === 'number') return { type: 'number', minimum: 0, default: value };
  if (typeof value === 'boolean') return { type: 'boolean', default: value };
  if (typeof value === 'string') return { type: 'string', default: value };
  if (Array.isArray(value)) return { type: 'array', items: { type: 'string' }, default: value };
  throw new Error(`unsupported option default: ${JSON.stringify(value)}`);
}

function ruleSchema(rule) {
  const options = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(rule.options).map(([k, v]) => [k, optionSchema(v)])),
  };
  const doc = `${rule.description} Default: \`${rule.defaultSeverity}\`.`;
  return {
    description: doc,
    markdownDescription: `${doc}\n\n${rule.why}\n\n[Documentation](https://github.com/lectern-dev/lectern/blob/main/docs/rules.md#${rule.id})`,
    default: rule.defaultSeverity,
    oneOf: [
      { $ref: '#/definitions/severity' },
      { type: 'array', items: [{ $ref: '#/definitions/severity' }, options], additionalItems: false, minItems: 1, maxItems: 2 },
    ],
  };
}

export function buildSchema(rules) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Lectern configuration (.lectern/config.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      rules: {
        description: 'Severity of each rule ("off", "info", "warning", "error"), or [severity, options].',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
      },
      allow: {
        description: 'Words and phrases that no word-list rule flags, and acronyms that need no definition.',
        type: 'array', items: { type: 'string' }, uniqueItems: true, default: [],
      },
      contentFolders: {
        description: 'Workspace-relative folders where posts live (POSIX separators). Empty: the whole workspace.',
        type: 'array', items: { type: 'string', pattern: '^(?![/\\\\])(?![A-Za-z]:)(?!.*(^|[/\\\\])\\.\\.([/\\\\]|$)).*$' }, default: [],
      },
      dimensions: {
        description: 'Growth dimensions. Default: expertise, insight, cross-domain, leadership, influence.',
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'name'],
          properties: {
            id: { type: 'string', pattern: '^[a-z][a-z0-9-]*$' },
            name: { type: 'string', minLength: 1 },
            aliases: { type: 'array', items: { type: 'string' } },
            color: { type: 'string', description: 'A CSS colour, e.g. "#4e79a7".' },
            icon: { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', description: 'A codicon id, e.g. "tools".' },
          },
        },
      },
    },
    definitions: {
      severity: { type: 'string', enum: ['off', 'info', 'warning', 'error'] },
    },
  };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-schema-'));
  try {
    const out = join(dir, 'rules.mjs');
    await esbuild.build({
      absWorkingDir: root,
      stdin: { contents: "export { allRules } from './src/core/lint/rules/index';", resolveDir: root, loader: 'ts' },
      bundle: true, platform: 'node', format: 'esm', outfile: out, logLevel: 'warning', mainFields: ['module', 'main'],
    });
    const { allRules } = await import(pathToFileURL(out).href);
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'dist/config.schema.json'), JSON.stringify(buildSchema(allRules), null, 2) + '\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`generate-schema: ${error.message}`);
    process.exitCode = 1;
  });
}
