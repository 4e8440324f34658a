/**
 * Where posts are published, and what that platform's conventions are. The one home for platform knowledge: the
 * publish checklist (platform checks, Mark as Published) and the posts index (status and date inference) both read it.
 *
 * Detection is pure: the host lists the workspace root's file names and reads the few files named in
 * `PLATFORM_FILES_TO_READ` (only when they exist), then calls `detectPlatform`.
 */
import { parse as parseToml } from 'smol-toml';
import { makeDate } from './goals/dates';

export const PLATFORMS = ['hugo', 'zola', 'jekyll', 'astro', 'devto', 'hashnode', 'medium', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** `config`: `.lectern/config.json` or `--platform`; `detected`: the workspace's files; `default`: neither (generic). */
export type PlatformSource = 'config' | 'detected' | 'default';

export function isPlatform(value: string): value is Platform {
  return (PLATFORMS as readonly string[]).includes(value);
}

/** Root files whose text detection needs (Hugo and Zola both use `config.toml`; their keys tell them apart). */
export const PLATFORM_FILES_TO_READ: readonly string[] = Object.freeze(['config.toml']);

/** Keys only Hugo's site config has (Hugo spells them in camelCase; Zola in snake_case). */
const HUGO_KEYS = ['baseURL', 'baseurl', 'languageCode', 'theme', 'paginate', 'enableRobotsTXT', 'params', 'markup', 'menu', 'taxonomies', 'permalinks', 'outputs', 'module'];
const ZOLA_KEYS = ['base_url', 'compile_sass', 'build_search_index', 'generate_feed', 'generate_feeds', 'default_language', 'minify_html', 'markdown', 'extra', 'feed_filename', 'feed_filenames'];

/**
 * The platform a workspace's root files point to, or null when none does. `names` are the root's entries (files
 * and folders); `texts` holds the text of those in `PLATFORM_FILES_TO_READ` that exist.
 */
export function detectPlatform(names: readonly string[], texts: Readonly<Record<string, string>>): Platform | null {
  const has = (name: string): boolean => names.includes(name);
  if (names.some((n) => /^hugo\.(toml|ya?ml|json)$/.test(n))) return 'hugo';
  const configToml = texts['config.toml'];
  if (has('config.toml') && configToml !== undefined) {
    const keys = tomlKeys(configToml);
    const hugo = HUGO_KEYS.filter((k) => keys.has(k)).length;
    const zola = ZOLA_KEYS.filter((k) => keys.has(k)).length;
    if (zola > hugo) return 'zola';
    if (hugo > 0) return 'hugo';
  }
  if (has('_config.yml') || has('_config.yaml')) return 'jekyll';
  if (names.some((n) => /^astro\.config\.(mjs|cjs|js|ts|mts|cts)$/.test(n))) return 'astro';
  return null;
}

/** Top-level keys of a TOML file; a file that does not parse gives its `key =` and `[table]` lines' names. */
function tomlKeys(text: string): Set<string> {
  try {
    return new Set(Object.keys(parseToml(text)));
  } catch {
    const keys = new Set<string>();
    for (const m of text.matchAll(/^[ \t]*\[?[ \t]*([A-Za-z0-9_]+)[ \t]*(?:=|\])/gm)) keys.add(m[1]!);
    return keys;
  }
}

/** The platform a configured name (or `--platform`) and detection give together. */
export function resolvePlatform(configured: Platform | null | undefined, detected: Platform | null): { platform: Platform; source: PlatformSource } {
  if (configured) return { platform: configured, source: 'config' };
  if (detected) return { platform: detected, source: 'detected' };
  return { platform: 'generic', source: 'default' };
}

/**
 * Whether a post that says nothing about its state (no `status`, no draft flag, no `published: false`) is live on
 * this platform. Static-site generators publish every post that is not marked as a draft; the rest need a date or a
 * status to call a post published.
 */
export function publishesUnmarkedPosts(platform: Platform): boolean {
  return platform === 'hugo' || platform === 'zola' || platform === 'jekyll' || platform === 'astro';
}

const NAME_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:-|$)/;
const PATH_DATE = /(?:^|\/)(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\/|$)/;

/**
 * A post's date by the static-site conventions, when the front matter has none: a `YYYY-MM-DD-` file-name prefix
 * (Jekyll, Hugo and Zola accept it too; for `index.md` bundles the folder's name), else a `/YYYY/MM/DD/` segment in
 * the front matter's `path`, `slug` or `permalink`, or in the file's folder. Impossible dates (February 30) are not dates.
 */
export function dateFromPath(
  filePath: string,
  fields: { path?: string | null; slug?: string | null; permalink?: string | null },
): string | null {
  const segments = filePath.replace(/\\/g, '/').split('/').filter(Boolean);
  const base = (segments[segments.length - 1] ?? '').replace(/\.[^.]*$/, '');
  const names = /^(_?index|readme)$/i.test(base) && segments.length > 1 ? [base, segments[segments.length - 2]!] : [base];
  for (const name of names) {
    const m = NAME_DATE.exec(name);
    const date = m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (date) return date;
  }
  const folder = segments.slice(0, -1).join('/');
  for (const value of [fields.path, fields.slug, fields.permalink, folder]) {
    if (!value) continue;
    const m = PATH_DATE.exec(value.replace(/\\/g, '/'));
    const date = m ? makeDate(Number(m[1]), Number(m[2]), Number(m[3])) : null;
    if (date) return date;
  }
  return null;
}
