/**
 * Where a rule's documentation lives: `docs/rules.md#<id>` in the project's repository. The CLI (SARIF `helpUri`)
 * and the editor (the diagnostic's `code.target`) both link there, so they must build the link the same way.
 * `repositoryUrl` is the manifest's `repository.url`, e.g. "https://github.com/owner/name.git" or "git+https://…".
 */
export function ruleDocsUrl(repositoryUrl: string, ruleId: string): string {
  const base = repositoryUrl
    .trim()
    .replace(/^git\+/, '')
    .replace(/^git:\/\//, 'https://')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  return `${base}/blob/main/docs/rules.md#${encodeURIComponent(ruleId)}`;
}

/**
 * The rule id under which problems with a file's own directives (an unknown rule in `<!-- lectern-disable … -->`,
 * a bad `lectern:` key in front matter) are reported by the CLI and the editor alike, next to the findings.
 */
export const DIRECTIVE_RULE = 'suppression';
