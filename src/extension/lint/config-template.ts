import type { RuleMeta } from '../../core/lint/index';

/**
 * Where editors and other tools find the configuration's JSON schema. VS Code does not need it (the extension
 * contributes the schema for `.lectern/config.json` through `jsonValidation`), but other editors and CI validators do.
 */
export const CONFIG_SCHEMA_URL = 'https://raw.githubusercontent.com/lectern-dev/lectern/main/docs/config.schema.json';

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
    '  // Rules: "off", "info", "warning" or "error", or [severity, { options }]. The lines below are the defaults;',
    '  // uncomment one to change it.',
    '  "rules": {',
    ...ruleLines,
    '  },',
    '  // Words and phrases no word-list rule flags (product names, jargon your readers know).',
    '  "allow": [],',
    '  // Folders that hold posts, relative to the workspace root. Empty means the whole workspace.',
    '  "contentFolders": []',
    '}',
    '',
  ].join(eol);
}
