import { join, relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import { folderReader, type CliFs } from '../fs';
import { UsageError } from '../commands/types';
import { walkContent, walkMarkdown } from '../../core/content';

export interface InputFile {
  /** Absolute path, for the file system. */
  absolute: string;
  /** The path as the user gave it, or as found under the folder or glob they gave: what the output prints. */
  display: string;
}

/** Where the content lives when no path is given: the workspace root and its config's `contentFolders`. */
export interface ContentScope {
  /** Absolute workspace root (the folder that holds `.lectern/`). */
  root: string;
  contentFolders: readonly string[];
}

/**
 * Turns the command line's paths and globs into the list of files to lint, in argument order, each file once.
 * No argument means the workspace's content: the content folders when the config names them, else the current
 * folder — never dot-folders, dependencies or build output (the content module decides, as Lint Workspace does).
 * Folders and globs are walked the same way below the folder they name. A file named explicitly is linted whatever
 * its name. An argument that is neither an existing path nor a glob matching a Markdown file is a usage error naming
 * it (exit 2), so a typo in CI fails loudly instead of linting nothing.
 */
export async function collectInputs(
  fs: CliFs,
  cwd: string,
  args: readonly string[],
  scope?: ContentScope,
): Promise<InputFile[]> {
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const add = (absolute: string, display: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    files.push({ absolute, display });
  };
  if (args.length === 0) {
    if (scope && scope.contentFolders.length > 0) {
      for (const rel of await walkContent(folderReader(fs, scope.root), scope.contentFolders)) {
        const absolute = join(scope.root, ...rel.split('/'));
        add(absolute, relative(cwd, absolute) || absolute);
      }
      return files;
    }
    args = ['.'];
  }
  for (const arg of args) {
    const absolute = resolve(cwd, arg);
    const stat = await fs.stat(absolute);
    if (stat?.kind === 'file') {
      add(absolute, arg);
    } else if (stat?.kind === 'directory') {
      for (const rel of await walkMarkdown(folderReader(fs, absolute))) add(join(absolute, ...rel.split('/')), join(arg, ...rel.split('/')));
    } else if (picomatch.scan(arg).isGlob) {
      const matches = await expandGlob(fs, cwd, arg);
      if (matches.length === 0) throw new UsageError('noMatch', { pattern: arg });
      for (const m of matches) add(m.absolute, m.display);
    } else {
      throw new UsageError('noSuchPath', { path: arg });
    }
  }
  return files;
}

/**
 * Expands a glob with picomatch: walks the glob's literal base folder (skipping what the content module never walks)
 * and keeps the Markdown files whose path, written the way the pattern is written (relative to cwd, POSIX
 * separators), matches.
 */
async function expandGlob(fs: CliFs, cwd: string, pattern: string): Promise<InputFile[]> {
  const normalized = pattern.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
  const { base } = picomatch.scan(normalized);
  const baseAbsolute = resolve(cwd, base || '.');
  const stat = await fs.stat(baseAbsolute);
  if (stat?.kind !== 'directory') return [];
  const isMatch = picomatch(normalized);
  const out: InputFile[] = [];
  for (const rel of await walkMarkdown(folderReader(fs, baseAbsolute))) {
    const candidate = base ? `${base.replace(/\/+$/, '')}/${rel}` : rel;
    if (isMatch(candidate)) out.push({ absolute: join(baseAbsolute, ...rel.split('/')), display: candidate });
  }
  return out;
}
