import type { RuleMeta } from '../../core/lint/index';

/**
 * The `$schema` of a created config: a URI the extension serves (see schema-provider.ts) so VS Code validates and
 * completes the file offline with the schema of the installed version. Other tools find the same schema in the
 * package at dist/config.schema.json.
 */
export const CONFIG_SCHEMA_SCHEME = 'lectern-schema';
export const CONFIG_SCHEMA_URL = `${CONFIG_SCHEMA_SCHEME}:/config.schema.json`;

/**
 * The `.lectern/config.json` that `lectern.openConfig` creates: every rule listed, commented out, at its default,
 * so the file documents itself and changing a rule is uncommenting a line. No `any`, no vscode: unit-tested in Node.
 */
export function configTemplate(ruleMetas: readonly RuleMeta[], eol = '\n'): string {
  const ruleLines = ruleMetas.map((r) => {
    const hasOptions = Object.keys(r.options).length > 0;
    const value = hasOptions ? `[${JSON.stringify(r.defaultSeverity)}, ${JSON.stringify(r.options)}]` : JSON.stringify(r.defaultSeverity);
    return `    // ${JSON.stringify(r.id)}: ${value},${' '.repeat(Math.max(1, 60 - r.id.length - value.length))}// ${r.description}`;
  });
  return [
    '{',
    `  "$schema": ${JSON.stringify(CONFIG_SCHEMA_URL)},`,
    '  // "lectern:recommended" (calm defaults) or "lectern:strict" (every rule on, every long or passive sentence',
    '  // flagged). The rules below apply on top of it.',
    '  "extends": "lectern:recommended",',
    '  // Rules: "off", "hint", "info", "warning" or "error", or [severity, { options }]. The lines below are the',
    '  // recommended defaults; uncomment one to change it.',
    '  "rules": {',
    ...ruleLines,
    '  },',
    '  // Words and phrases no word-list rule flags (product names, jargon your readers know).',
    '  "allow": [],',
    '  // House terms (rule "term"): {"use": "sign in", "instead": ["login", "log-in"]} or',
    '  // {"avoid": ["whitelist"], "message": "Say what it allows."}; add "case": "exact" to match one spelling only.',
    '  // Long lists can go in .lectern/terms.yaml.',
    '  "terms": [],',
    '  // Folders that hold posts, relative to the workspace root. Empty means the whole workspace.',
    '  "contentFolders": []',
    '}',
    '',
  ].join(eol);
}
