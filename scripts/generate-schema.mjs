// Writes dist/config.schema.json (JSON Schema draft-07) for `.lectern/config.json` from the rules' own metadata, so the
// schema can never drift from the engine: every rule id with its default severity and the type and default of each
// option, plus the other top-level keys. `additionalProperties: false` everywhere, so typos are flagged in the editor.
// With --docs it also writes docs/rules.md (one section per rule, anchor = rule id: the editor links diagnostics there)
// from the same metadata: `npm run docs`. The build does not rewrite that committed file, so a rule change without
// `npm run docs` fails the unit test test/unit/foundation/generated.test.ts instead of drifting silently. It bundles
// the rule registry with esbuild to a temporary file and imports it. Run by scripts/build.mjs after a build.
import * as esbuild from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync, readFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function optionSchema(value, choices) {
  if (typeof value === 'number') return { type: 'number', minimum: 0, default: value };
  if (typeof value === 'boolean') return { type: 'boolean', default: value };
  if (typeof value === 'string') return choices ? { type: 'string', enum: [...choices], default: value } : { type: 'string', default: value };
  if (Array.isArray(value)) return { type: 'array', items: { type: 'string' }, default: value };
  throw new Error(`unsupported option default: ${JSON.stringify(value)}`);
}

/** `level` or `[level, options]`, as "rules" (severities) and "checklist.checks" (levels) both take. */
function settingSchema(levelRef, defaultLevel, optionDefaults, choices = {}) {
  const options = {
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(Object.entries(optionDefaults).map(([k, v]) => [k, optionSchema(v, choices[k])])),
  };
  return {
    default: defaultLevel,
    oneOf: [
      { $ref: levelRef },
      { type: 'array', items: [{ $ref: levelRef }, options], additionalItems: false, minItems: 1, maxItems: 2 },
    ],
  };
}

const termList = (description) => ({ oneOf: [{ type: 'string', minLength: 1 }, { type: 'array', items: { type: 'string', minLength: 1 } }], description });
const termCommon = {
  message: { type: 'string', minLength: 1, description: 'Shown with the finding.' },
  case: { type: 'string', enum: ['any', 'exact'], default: 'any', description: '"exact": match only the spelling given.' },
};

function ruleSchema(rule) {
  const doc = `${rule.description} Default: \`${rule.defaultSeverity}\`${strictChange(rule) ? `; lectern:strict: ${strictChange(rule)}` : ''}.`;
  return {
    description: doc,
    markdownDescription: `${doc}\n\n${rule.why}\n\n[Documentation](https://github.com/lectern-dev/lectern/blob/main/docs/rules.md#${rule.id})`,
    ...settingSchema('#/definitions/severity', rule.defaultSeverity, rule.options, rule.optionChoices),
  };
}

function checkSettingSchema(check) {
  return {
    description: `${check.description} Default: \`${check.defaultLevel}\`.`,
    ...settingSchema('#/definitions/checkLevel', check.defaultLevel, check.options),
  };
}

function checklistSchema(checks, platforms) {
  const checkMap = (description) => ({
    description,
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(checks.map((c) => [c.id, checkSettingSchema(c)])),
  });
  return {
    description: 'The publish checklist: platform, check levels and thresholds (also per post type), manual items.',
    type: 'object',
    additionalProperties: false,
    properties: {
      platform: {
        description: 'Where posts are published. Default: detected from the workspace (hugo.toml, config.toml, _config.yml, astro.config.*), else generic.',
        type: 'string', enum: platforms,
      },
      checks: checkMap('Level of each check ("required", "recommended", "off"), or [level, options].'),
      types: {
        description: 'Per post type (the front matter\'s `type`, e.g. "til"): check levels and options that differ from "checks".',
        type: 'object',
        additionalProperties: checkMap('Check levels and options for posts of this type.'),
      },
      manual: {
        description: 'Manual items, ticked in the editor. Default: read it aloud, code samples run, reviewed, summary and social post drafted.',
        type: 'array',
        items: {
          oneOf: [
            { type: 'string', minLength: 1 },
            { type: 'object', additionalProperties: false, required: ['label'],
              properties: { id: { type: 'string', pattern: '^[\\p{L}\\p{N}][\\p{L}\\p{N}_-]*$' }, label: { type: 'string', minLength: 1 } } },
          ],
        },
      },
    },
  };
}

export function buildSchema(rules, checks = [], platforms = []) {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Lectern configuration (.lectern/config.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'The rule set the "rules" below apply on top of: "lectern:recommended" (calm defaults) or "lectern:strict" (every rule on, every sentence judged).',
        type: 'string', enum: ['lectern:recommended', 'lectern:strict'], default: 'lectern:recommended',
      },
      rules: {
        description: 'Severity of each rule ("off", "hint", "info", "warning", "error"), or [severity, options].',
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(rules.map((r) => [r.id, ruleSchema(r)])),
      },
      allow: {
        description: 'Words and phrases that no word-list rule flags, and acronyms that need no definition.',
        type: 'array', items: { type: 'string' }, uniqueItems: true, default: [],
      },
      terms: {
        description: 'House terms, flagged by the "term" rule: {"use": "sign in", "instead": ["login", "log-in"]} (a substitution with a quick fix) or {"avoid": ["whitelist"], "message": "…"} (a forbidden term). Long lists can go in .lectern/terms.yaml.',
        type: 'array',
        default: [],
        items: {
          // Either a substitution (use + instead) or a forbidden term (avoid).
          oneOf: [
            {
              type: 'object', additionalProperties: false, required: ['use', 'instead'],
              properties: { use: { type: 'string', minLength: 1, description: 'The preferred term.' }, instead: termList('The terms to replace with "use".'), ...termCommon },
            },
            {
              type: 'object', additionalProperties: false, required: ['avoid'],
              properties: { avoid: termList('Terms not to use.'), ...termCommon },
            },
          ],
        },
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
      author: {
        description: 'Your name, for {{author}} in templates (a talk\'s speaker bio, a newsletter\'s signature).',
        type: 'string',
      },
      newPost: {
        description: 'Where New Post from Template and `lectern new` create files.',
        type: 'object',
        additionalProperties: false,
        properties: {
          folder: { type: 'string', description: 'Workspace-relative folder for new posts. Default: the first content folder.' },
          talksFolder: { type: 'string', description: 'Workspace-relative folder for new talks. Default: a content folder named "talks", else "folder".' },
          fileName: {
            type: 'string', default: '{{date}}-{{slug}}.md', pattern: '\\{\\{slug\\}\\}.*\\.(md|markdown)$',
            description: 'File name pattern with {{date}} {{year}} {{month}} {{day}} {{slug}}; may name sub-folders with "/". A taken name gets -2, -3, …',
          },
        },
      },
      cfp: {
        description: 'Call-for-proposals character limits per event, chosen by a proposal\'s `event:`. Defaults: title 75, pitch 300, abstract 1300.',
        type: 'object',
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          properties: {
            title: { type: 'integer', minimum: 1, description: 'Maximum characters of the title.' },
            pitch: { type: 'integer', minimum: 1, description: 'Maximum characters of the elevator pitch.' },
            abstract: { type: 'integer', minimum: 1, description: 'Maximum characters of the abstract.' },
          },
        },
      },
      checklist: checklistSchema(checks, platforms),
    },
    definitions: {
      severity: { type: 'string', enum: ['off', 'hint', 'info', 'warning', 'error'] },
      checkLevel: { type: 'string', enum: ['required', 'recommended', 'off'] },
    },
  };
}

const code = (v) => '`' + (typeof v === 'string' ? v : JSON.stringify(v)) + '`';

/** What `lectern:strict` changes for a rule, in words ("`warning`, `maxShare` 0"), or '' when nothing. */
function strictChange(rule) {
  const s = rule.strict;
  if (!s) return '';
  const parts = [];
  if (s.severity && s.severity !== rule.defaultSeverity) parts.push(code(s.severity));
  for (const [k, v] of Object.entries(s.options ?? {})) parts.push(`${code(k)} ${code(v)}`);
  return parts.join(', ');
}

/** docs/rules.md, from the registry. Deterministic, so rebuilding does not change the file unless a rule changed. */
export function buildRulesDoc(rules) {
  const lines = [
    '# Lectern rules',
    '',
    '<!-- Generated by scripts/generate-schema.mjs from the rules\' metadata: edit the rule files, not this file. -->',
    '',
    'Every rule has a default severity and options, set in `.lectern/config.json`:',
    '',
    '```jsonc',
    '{',
    '  "extends": "lectern:recommended",             // the default; or "lectern:strict"',
    '  "rules": {',
    '    "long-sentence": ["warning", { "max": 30 }], // severity and options, on top of the preset',
    '    "hedge": "off",                              // or just a severity: off | hint | info | warning | error',
    '    "inclusive-language": "info"                 // rules that are off by default are turned on the same way',
    '  },',
    '  "allow": ["Kubernetes", "SRE"]                 // never flagged by word-list rules or undefined-acronym',
    '}',
    '```',
    '',
    '**Presets.** The defaults (`lectern:recommended`) are calm: what shows in the Problems panel is what a good editor would raise.',
    'Long and passive sentences are judged by their share of the post (one finding when a post is over the share, the',
    'sentences themselves as hints); suggestions (hedges, intensifiers, *there is*, buried verbs) are `hint`s, shown as a',
    'dotted underline and not in the Problems panel. `"extends": "lectern:strict"` turns every rule on at the severities',
    'and thresholds of before the calm defaults: every long or passive sentence, every suggestion as information. Your',
    '`rules` apply on top of either preset. The column *Strict* below says what strict changes; each rule\'s section says why',
    'its default is calm.',
    '',
    'Severities: `error` and `warning` are for what should be fixed, `info` for what is worth a look, `hint` for a',
    'suggestion (VS Code\'s Hint; `lectern.lint.severityMap` maps each to an editor severity).',
    '',
    'Suppress findings in a file with `<!-- lectern-disable rule-a rule-b -->` … `<!-- lectern-enable -->` (no ids: every',
    'rule), `<!-- lectern-disable-next-line rule -->`, `<!-- lectern-disable-file -->`, or front matter',
    '`lectern: { disable: [rule] }`. Rules never look inside code, front matter, HTML, URLs or math.',
    '',
    '| Rule | Default | Strict | Fixable | What it flags |',
    '| --- | --- | --- | --- | --- |',
    ...rules.map((r) => `| [${r.id}](#${r.id}) | ${r.defaultSeverity} | ${strictChange(r) || 'same'} | ${r.fixable ? 'yes' : 'no'} | ${r.description.replace(/\|/g, '\\|')} |`),
    '',
  ];
  for (const r of rules) {
    const options = Object.entries(r.options);
    lines.push(
      `## ${r.id}`,
      '',
      r.description,
      '',
      `- **Default severity:** ${code(r.defaultSeverity)}`,
      `- **lectern:strict:** ${strictChange(r) ? strictChange(r) : 'same as the default'}`,
      `- **Fixable:** ${r.fixable ? 'yes (quick fix, "fix all" and `lectern lint --fix`)' : 'no'}`,
      `- **Options:** ${options.length ? options.map(([k, v]) => `${code(k)} (default ${code(v)})`).join(', ') : 'none'}`,
      '',
      `**Why.** ${r.why}`,
      '',
      `- Bad: ${r.example.bad}`,
      `- Good: ${r.example.good}`,
      '',
    );
    // Every rule says what its calm default is and what strict changes; a rule with no words of its own on it gets
    // the plain statement of its severity in both presets.
    lines.push(`**Calm default.** ${r.strict?.calm ?? `\`${r.defaultSeverity}\` in both presets: lectern:strict changes nothing for this rule.`}`, '');
    if (r.notes) lines.push(r.notes, '');
    if (r.entries && r.entries.length) {
      const items = r.entries.map((e) => e.match.join(' / ') + (e.replace && e.replace.length ? ` → ${e.replace.join(' / ')}` : ''));
      lines.push(`<details><summary>The list (${r.entries.length} entries)</summary>`, '', items.map((i) => `- ${i}`).join('\n'), '', '</details>', '');
    }
  }
  return lines.join('\n');
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-schema-'));
  try {
    // CommonJS: the checklist's modules pull in packages (yaml) that `require` Node built-ins, which an ESM bundle cannot.
    const out = join(dir, 'rules.cjs');
    await esbuild.build({
      absWorkingDir: root,
      stdin: {
        contents: "export { allRules } from './src/core/lint/rules/index';\n"
          + "export { allChecks } from './src/core/checklist/checks/index';\n"
          + "export { PLATFORMS } from './src/core/platform';",
        resolveDir: root, loader: 'ts',
      },
      bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'warning', mainFields: ['module', 'main'],
      // The checklist's placeholders check reads the built-in templates (Markdown embedded as text).
      loader: { '.md': 'text' },
    });
    const { allRules, allChecks, PLATFORMS } = (await import(pathToFileURL(out).href)).default;
    mkdirSync(join(root, 'dist'), { recursive: true });
    writeFileSync(join(root, 'dist/config.schema.json'), JSON.stringify(buildSchema(allRules, allChecks, [...PLATFORMS]), null, 2) + '\n');
    // The goals file's schema is hand-kept next to its validator in the core; ship it for YAML-aware editors.
    copyFileSync(join(root, 'src/core/goals/goals.schema.json'), join(root, 'dist/goals.schema.json'));
    if (process.argv.includes('--docs')) {
      mkdirSync(join(root, 'docs'), { recursive: true });
      const doc = join(root, 'docs/rules.md');
      const text = buildRulesDoc(allRules);
      if (!existsSync(doc) || readFileSync(doc, 'utf8') !== text) writeFileSync(doc, text);
    }
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
