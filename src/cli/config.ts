import { basename, dirname, join, relative, resolve } from 'node:path';
import type { CliFs } from './fs';
import { UsageError } from './commands/types';
import { defaultConfig, parseConfig } from '../core/lint/index';
import { parseTermsYaml } from '../core/terms';
import type { FileProblem } from '../core/problems';
import type { LecternConfig } from '../core/config-types';
import { LineIndex } from '../core/text';
import { CONFIG_FILE_PATH, LECTERN_FOLDER, TERMS_FILE_NAME } from '../core/content';
import { decodeText, errorCode } from './text-file';
import { locatedMessage } from './located';

export interface LoadedConfig {
  config: LecternConfig;
  /** Where it came from (as printed), or null when the defaults are used. */
  path: string | null;
  /** Located problems, already formatted `file:line:column: message`; any of them makes the CLI exit 2. */
  problems: string[];
  /**
   * The workspace root the config belongs to (the folder holding `.lectern/`), against which its `contentFolders`
   * are read; null when no `.lectern/` folder was found (then the current folder stands in).
   */
  root: string | null;
}

/**
 * Finds the configuration the way the editor does, so CI and the editor agree:
 * - `--config file` wins (relative to cwd);
 * - otherwise walk up from cwd to the nearest folder that holds a `.lectern/` folder (the workspace root) and read its
 *   `config.json`; a `.lectern/` without `config.json` means the defaults (the walk stops there, it does not climb
 *   past a workspace root);
 * - no `.lectern/` anywhere up to the file-system root: the defaults.
 */
export async function loadConfig(fs: CliFs, cwd: string, explicit: string | undefined): Promise<LoadedConfig> {
  if (explicit !== undefined) {
    const absolute = resolve(cwd, explicit);
    const stat = await fs.stat(absolute);
    if (stat?.kind !== 'file') throw new UsageError('noSuchConfig', { path: explicit });
    // A config file inside a `.lectern/` folder belongs to the folder above it; any other file to no workspace.
    const root = basename(dirname(absolute)) === LECTERN_FOLDER ? dirname(dirname(absolute)) : null;
    return addTerms(fs, cwd, dirname(absolute), await readConfig(fs, absolute, explicit, root));
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const kind = (await fs.stat(join(dir, LECTERN_FOLDER)))?.kind;
    if (kind === 'file' || kind === 'other') {
      // Said plainly instead of silently falling back to the defaults (or to a folder further up).
      const shown = relative(cwd, join(dir, LECTERN_FOLDER)) || LECTERN_FOLDER;
      return { config: defaultConfig(), path: null, root: dir,
        problems: [`${shown}: is a file, not a folder: Lectern's config.json and goals.yaml go in a ${LECTERN_FOLDER}/ folder; rename or remove the file`] };
    }
    if (kind === 'directory') {
      const file = join(dir, ...CONFIG_FILE_PATH.split('/'));
      const folder = join(dir, LECTERN_FOLDER);
      if ((await fs.stat(file))?.kind !== 'file') return addTerms(fs, cwd, folder, { config: defaultConfig(), path: null, problems: [], root: dir });
      return addTerms(fs, cwd, folder, await readConfig(fs, file, relative(cwd, file) || file, dir));
    }
    if (dirname(dir) === dir) return { config: defaultConfig(), path: null, problems: [], root: null };
  }
}

async function readConfig(fs: CliFs, absolute: string, display: string, root: string | null): Promise<LoadedConfig> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(absolute);
  } catch (error) {
    throw new UsageError('cannotReadConfig', { path: display, code: errorCode(error) });
  }
  const { text } = decodeText(bytes);
  const { config, problems } = parseConfig(text);
  return { config, path: display, problems: located(display, text, problems), root };
}

/** The house terms of `folder/terms.yaml` (next to the config file read), when there is one, after the config's own; its problems located in it. */
async function addTerms(fs: CliFs, cwd: string, folder: string, loaded: LoadedConfig): Promise<LoadedConfig> {
  const file = join(folder, TERMS_FILE_NAME);
  if ((await fs.stat(file))?.kind !== 'file') return loaded;
  const display = relative(cwd, file) || file;
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    throw new UsageError(`${display}: cannot read the terms file (${errorCode(error)})`);
  }
  const { text } = decodeText(bytes);
  const { terms, problems } = parseTermsYaml(text);
  loaded.config.terms = [...loaded.config.terms, ...terms];
  return { ...loaded, problems: [...loaded.problems, ...located(display, text, problems)] };
}

function located(display: string, text: string, problems: readonly FileProblem[]): string[] {
  const index = new LineIndex(text);
  return problems.map((p) => locatedMessage(display, index, p.range.start, p.message));
}
