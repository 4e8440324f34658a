import { join, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { CliFs } from '../fs';
import { UsageError } from '../commands/types';

/** The extensions a folder or glob is searched for. A file named explicitly is linted whatever its extension. */
export const MARKDOWN_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.mdx'];
/** Never descended into: dependencies and git internals are not the author's prose. */
const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export interface InputFile {
  /** Absolute path, for the file system. */
  absolute: string;
  /** The path as the user gave it, or as found under the folder or glob they gave: what the output prints. */
  display: string;
}

export function isMarkdownName(name: string): boolean {
  const lower = name.toLowerCase();
  return MARKDOWN_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/**
 * Turns the command line's paths and globs into the list of files to lint, in argument order, each file once.
 * No argument means the current folder. An argument that is neither an existing path nor a glob matching a Markdown
 * file is a usage error naming it (exit 2), so a typo in CI fails loudly instead of linting nothing.
 */
export async function collectInputs(fs: CliFs, cwd: string, args: readonly string[]): Promise<InputFile[]> {
  const targets = args.length > 0 ? args : ['.'];
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const add = (absolute: string, display: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ absolute, display });
  };
  for (const arg of targets) {
    const absolute = resolve(cwd, arg);
    const stat = await fs.stat(absolute);
    if (stat?.kind === 'file') {
      add(absolute, arg);
    } else if (stat?.kind === 'directory') {
      for (const rel of await walkMarkdown(fs, absolute)) add(join(absolute, rel), join(arg, rel));
    } else if (picomatch.scan(arg).isGlob) {
      const matches = await expandGlob(fs, cwd, arg);
      if (matches.length === 0) throw new UsageError(`no Markdown file matches '${arg}'`);
      for (const m of matches) add(m.absolute, m.display);
    } else {
      throw new UsageError(`${arg}: no such file or folder`);
    }
  }
  return files;
}

/** Markdown files under `root`, as paths relative to it, sorted so every run prints them in the same order. */
async function walkMarkdown(fs: CliFs, root: string): Promise<string[]> {
  const found: string[] = [];
  const visit = async (dir: string, prefix: string) => {
    let entries: Awaited<ReturnType<CliFs['readDir']>>;
    try {
      entries = await fs.readDir(dir);
    } catch {
      return; // A folder we may not read holds nothing we can lint; the files we can read still count.
    }
    const sorted = [...entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of sorted) {
      const rel = prefix ? join(prefix, entry.name) : entry.name;
      if (entry.kind === 'directory') {
        if (!SKIPPED_FOLDERS.has(entry.name)) await visit(join(dir, entry.name), rel);
      } else if (entry.kind === 'file' && isMarkdownName(entry.name)) {
        found.push(rel);
      }
    }
  };
  await visit(root, '');
  return found;
}

/**
 * Expands a glob with picomatch: walks the glob's literal base folder and keeps the Markdown files whose path, written
 * the way the pattern is written (relative to cwd, POSIX separators), matches.
 */
async function expandGlob(fs: CliFs, cwd: string, pattern: string): Promise<InputFile[]> {
  const normalized = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const { base } = picomatch.scan(normalized);
  const baseAbsolute = resolve(cwd, base || '.');
  const stat = await fs.stat(baseAbsolute);
  if (stat?.kind !== 'directory') return [];
  const isMatch = picomatch(normalized);
  const out: InputFile[] = [];
  for (const rel of await walkMarkdown(fs, baseAbsolute)) {
    const relPosix = rel.split(/[\\/]/).join('/');
    const candidate = base ? `${base.replace(/\/+$/, '')}/${relPosix}` : relPosix;
    if (isMatch(candidate)) out.push({ absolute: join(baseAbsolute, rel), display: candidate });
  }
  return out;
}
