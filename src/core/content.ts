/**
 * Which files in a workspace are the author's content: the one answer every walker uses (`lectern lint` and
 * `lectern goals` in the CLI, Lint Workspace and the posts index in the editor), so the CLI and the editor always
 * see the same files.
 *
 * - Content is a Markdown file (`.md`, `.markdown`, `.mdx`, any case).
 * - Inside the content folders when the config names some (`contentFolders`), else anywhere in the workspace.
 * - Never below a dot-folder or an excluded folder (dependencies, build output, tool caches). A content folder the
 *   writer named is walked even when its own name would be excluded (`.blog`, `public`): only what lies below it is
 *   checked.
 *
 * Paths here are workspace-relative and POSIX (`posts/2024/a.md`); adapters convert at their edge.
 */

/** The workspace's Lectern folder, relative to the workspace root. */
export const LECTERN_FOLDER = '.lectern';
/** The shared configuration file: its name in the Lectern folder, and its workspace-relative path. */
export const CONFIG_FILE_NAME = 'config.json';
export const CONFIG_FILE_PATH = `${LECTERN_FOLDER}/${CONFIG_FILE_NAME}`;
/** Long lists of house terms, next to config.json (merged into its "terms"). */
export const TERMS_FILE_NAME = 'terms.yaml';
export const TERMS_FILE_PATH = `${LECTERN_FOLDER}/${TERMS_FILE_NAME}`;

/** The extensions of Markdown files, lower case. */
export const MARKDOWN_EXTENSIONS: readonly string[] = Object.freeze(['.md', '.markdown', '.mdx']);

const MARKDOWN_EXT = /\.(md|markdown|mdx)$/i;

/** True for a Markdown file name or path, whatever the extension's case. */
export function isMarkdownPath(path: string): boolean {
  return MARKDOWN_EXT.test(path);
}

/** A Markdown path's extension, lower case (`.md`, `.markdown`, `.mdx`), or null when it is not Markdown. */
export function markdownExtension(path: string): string | null {
  const m = MARKDOWN_EXT.exec(path);
  return m ? `.${m[1]!.toLowerCase()}` : null;
}

/**
 * The Markdown files a link or reference without an extension may mean, in the order they are tried: `stem.md`
 * (`.markdown`, `.mdx`), then a page bundle's `stem/index.md` and a Hugo section's `stem/_index.md` (each extension).
 */
export function markdownFilesFor(stem: string): string[] {
  const bare = stem.replace(/\/+$/, '');
  return ['', '/index', '/_index'].flatMap((page) => MARKDOWN_EXTENSIONS.map((ext) => `${bare}${page}${ext}`));
}

/** `path` without its Markdown extension (unchanged when it has none). */
export function stripMarkdownExtension(path: string): string {
  return path.replace(MARKDOWN_EXT, '');
}

/**
 * Folders never walked: dependencies, build output and tool caches. Any folder whose name starts with a dot is
 * skipped too (.git, .vscode, .github), see `isExcludedFolder`.
 */
export const EXCLUDED_FOLDERS: readonly string[] = Object.freeze([
  'node_modules', '.git', 'dist', 'out', 'build', 'public', '_site', '.next', '.nuxt', '.astro', '.docusaurus',
  '.svelte-kit', '.cache', 'coverage', 'target', 'vendor', '_gen', '.vscode-test', 'test-results',
]);

/** True when a folder of this name is never descended into (a dot-folder or one of `EXCLUDED_FOLDERS`). */
export function isExcludedFolder(name: string): boolean {
  return name.startsWith('.') || EXCLUDED_FOLDERS.includes(name);
}

/**
 * One content folder as written in the config or the settings → its workspace-relative POSIX form:
 * `./posts/`, `posts\` and ` posts ` all mean `posts`; `.`, `./` and `` mean the workspace root (`''`).
 * Null for a folder that leaves the workspace (absolute, a drive letter, or a `..` segment): it names no content.
 */
export function normalizeContentFolder(folder: string): string | null {
  const posix = folder.trim().replace(/\\/g, '/');
  if (/^([A-Za-z]:|\/)/.test(posix) || posix.split('/').includes('..')) return null;
  const segments = posix.split('/').filter((s) => s !== '' && s !== '.');
  return segments.join('/');
}

/**
 * The content folders to walk, normalised, without duplicates and without a folder that lies inside another one.
 * Empty means the whole workspace: nothing named, or a name for the root itself (`.`), which covers every other.
 * Entries that are not strings (a hand-edited setting) or that leave the workspace are ignored.
 */
export function normalizeContentFolders(folders: readonly unknown[] | null | undefined): string[] {
  const clean: string[] = [];
  for (const normal of validFolders(folders)) {
    if (normal === '') return [];
    if (!clean.includes(normal)) clean.push(normal);
  }
  return clean.filter((f) => !clean.some((other) => other !== f && f.startsWith(other + '/')));
}

/**
 * The content folders that apply: the config file's when it names any, else the editor setting's, else none
 * (the whole workspace). Normalised.
 */
export function effectiveContentFolders(fromConfig: readonly unknown[], fromSetting?: readonly unknown[] | null): string[] {
  const named = validFolders(fromConfig).length > 0;
  return normalizeContentFolders(named ? fromConfig : Array.isArray(fromSetting) ? fromSetting : []);
}

function validFolders(folders: readonly unknown[] | null | undefined): string[] {
  const out: string[] = [];
  for (const folder of folders ?? []) {
    const normal = typeof folder === 'string' ? normalizeContentFolder(folder) : null;
    if (normal !== null) out.push(normal);
  }
  return out;
}

/**
 * Is this workspace-relative path content? A Markdown file inside the content folders (anywhere when none are
 * named), with no dot-folder or excluded folder between the content folder and the file.
 */
export function isContentPath(relativePath: string, contentFolders: readonly string[]): boolean {
  return isMarkdownPath(relativePath) && isInContentFolders(relativePath, contentFolders);
}

/** Like `isContentPath` without the Markdown test: may a walk look at this path (a file or a folder)? */
export function isInContentFolders(relativePath: string, contentFolders: readonly string[]): boolean {
  const path = relativePath.replace(/\\/g, '/').replace(/^(\.\/)+/, '').replace(/^\/+|\/+$/g, '');
  const folders = normalizeContentFolders(contentFolders);
  let inside = '';
  if (folders.length > 0) {
    const match = folders.find((f) => path === f || path.startsWith(f + '/'));
    if (match === undefined) return false;
    inside = match; // a content folder the writer named is never excluded, even `.blog` or `public`
  }
  const below = inside ? path.slice(inside.length + 1) : path;
  const segments = below.split('/');
  return !segments.slice(0, -1).some(isExcludedFolder);
}

// ───────────────────────────── Walking ─────────────────────────────

/** One entry of a folder, as an adapter's file system lists it. */
export interface FolderEntry {
  name: string;
  kind: 'file' | 'directory' | 'other';
}

/**
 * Lists a folder given as a workspace-relative POSIX path (`''` is the root). Throws or rejects when the folder
 * cannot be read; the walk then skips it (what it cannot read holds nothing to lint or count).
 */
export type ReadFolder = (relativePath: string) => Promise<readonly FolderEntry[]>;

/**
 * Every Markdown file under `start` (a workspace-relative folder, `''` for the root), skipping dot-folders and
 * excluded folders below `start`, as workspace-relative POSIX paths in a stable order (sorted by code unit).
 * `start` itself is walked whatever its name: the caller chose it.
 */
export async function walkMarkdown(readFolder: ReadFolder, start = ''): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string): Promise<void> => {
    let entries: readonly FolderEntry[];
    try {
      entries = await readFolder(dir);
    } catch {
      return;
    }
    const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of sorted) {
      const rel = dir ? `${dir}/${entry.name}` : entry.name;
      if (entry.kind === 'directory') {
        if (!isExcludedFolder(entry.name)) await visit(rel);
      } else if (entry.kind === 'file' && isMarkdownPath(entry.name)) {
        found.push(rel);
      }
    }
  };
  await visit(start);
  return found;
}

/** Every content file of the workspace (see `isContentPath`), sorted, each once. */
export async function walkContent(readFolder: ReadFolder, contentFolders: readonly string[]): Promise<string[]> {
  const folders = normalizeContentFolders(contentFolders);
  const starts = folders.length > 0 ? folders : [''];
  const found = new Set<string>();
  for (const start of starts) for (const path of await walkMarkdown(readFolder, start)) found.add(path);
  return [...found].sort();
}

// ───────────────────────────── Globs (for the editor's findFiles) ─────────────────────────────

/** Matches the Markdown files below a base folder. */
export const MARKDOWN_GLOB = `**/*.{${MARKDOWN_EXTENSIONS.map((e) => e.slice(1)).join(',')}}`;

/**
 * What to search: one base folder per content folder (`''` = the workspace root), each with `MARKDOWN_GLOB`.
 * The editor turns each into a `RelativePattern`.
 */
export function contentIncludes(contentFolders: readonly string[]): Array<{ base: string; pattern: string }> {
  const folders = normalizeContentFolders(contentFolders);
  return (folders.length > 0 ? folders : ['']).map((base) => ({ base, pattern: MARKDOWN_GLOB }));
}

/**
 * A glob that prunes the excluded folders from a search, so it does not descend into `node_modules`. It leaves out
 * any name a content folder is made of (a content folder named `public` must still be searched), and it cannot say
 * "any dot-folder": the search prunes, `isContentPath` decides — filter the results with it.
 */
export function contentExcludeGlob(contentFolders: readonly string[]): string {
  const named = new Set(normalizeContentFolders(contentFolders).flatMap((f) => f.split('/')));
  const names = EXCLUDED_FOLDERS.filter((n) => !named.has(n));
  return `**/{${names.join(',')}}/**`;
}
