/** Where a new post goes: the file-name pattern and the `-2`, `-3` … suffixes that keep it from overwriting a file. */
import { isReservedName } from './slug';
import { isMarkdownPath, MARKDOWN_EXTENSIONS } from '../content';

export const DEFAULT_FILE_NAME = '{{date}}-{{slug}}.md';
const FILE_NAME_VARIABLES = ['date', 'year', 'month', 'day', 'slug'];
/** How many suffixes are tried before giving up (a folder with a thousand posts of one title is a mistake). */
export const MAX_COLLISIONS = 1000;

/** Why a `newPost.fileName` pattern cannot be used, or null when it can. */
export function fileNamePatternProblem(pattern: string): string | null {
  const unknown = [...pattern.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map((m) => m[1]!).filter((n) => !FILE_NAME_VARIABLES.includes(n));
  if (unknown.length > 0) return `unknown variable {{${unknown[0]}}}; use ${FILE_NAME_VARIABLES.map((v) => `{{${v}}}`).join(' ')}.`;
  if (!pattern.includes('{{slug}}')) return 'the pattern must contain {{slug}}.';
  if (!isMarkdownPath(pattern)) return `the pattern must end with a Markdown extension (${MARKDOWN_EXTENSIONS.join(', ')}).`;
  if (/^[/\\]|^[A-Za-z]:/.test(pattern) || pattern.split('/').includes('..')) return 'the pattern must stay inside the folder.';
  const literal = pattern.replace(/\{\{[^}]*\}\}/g, '');
  if (/[<>:"\\|?*\u0000-\u001f]/.test(literal)) return 'the pattern has a character Windows does not allow in file names (< > : " \\ | ? *).';
  return null;
}

/** `pattern` with its variables filled; `today` is `YYYY-MM-DD`. */
export function renderFileName(pattern: string, today: string, slug: string): string {
  const [year, month, day] = today.split('-') as [string, string, string];
  const values: Record<string, string> = { date: today, year, month, day, slug };
  return pattern
    .replace(/\{\{\s*([a-z]+)\s*\}\}/g, (whole, name: string) => values[name] ?? whole)
    .split('/')
    // A segment Windows reserves (`con.md`, a `nul` folder) gets a suffix; the slug already avoids them.
    .map((segment) => (isReservedName(segment.replace(/\..*$/, '')) ? segment.replace(/^([^.]*)/, '$1-post') : segment))
    .join('/');
}

/** The n-th candidate for a path: the path itself, then `-2`, `-3` … before the extension. */
export function collisionCandidate(path: string, n: number): string {
  if (n <= 1) return path;
  const m = /^(.*?)(\.[^./]*)?$/.exec(path)!;
  return `${m[1]}-${n}${m[2] ?? ''}`;
}
