import { basename, dirname, join, relative, resolve } from 'node:path';
import type { CliFs } from '../fs';
import { UsageError } from '../commands/types';
import { defaultConfig, parseConfig } from '../../core/lint/index';
import type { LecternConfig } from '../../core/config-types';
import { LineIndex } from '../../core/text';
import { CONFIG_FILE_PATH, LECTERN_FOLDER } from '../../core/content';
import { decodeText, errorCode } from './text-file';

export { errorCode };

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
    if (stat?.kind !== 'file') throw new UsageError(`--config ${explicit}: no such file`);
    // A config file inside a `.lectern/` folder belongs to the folder above it; any other file to no workspace.
    const root = basename(dirname(absolute)) === LECTERN_FOLDER ? dirname(dirname(absolute)) : null;
    return readConfig(fs, absolute, explicit, root);
  }
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    if ((await fs.stat(join(dir, LECTERN_FOLDER)))?.kind === 'directory') {
      const file = join(dir, ...CONFIG_FILE_PATH.split('/'));
      if ((await fs.stat(file))?.kind !== 'file') return { config: defaultConfig(), path: null, problems: [], root: dir };
      return readConfig(fs, file, relative(cwd, file) || file, dir);
    }
    if (dirname(dir) === dir) return { config: defaultConfig(), path: null, problems: [], root: null };
  }
}

async function readConfig(fs: CliFs, absolute: string, display: string, root: string | null): Promise<LoadedConfig> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(absolute);
  } catch (error) {
    throw new UsageError(`${display}: cannot read the config file (${errorCode(error)})`);
  }
  const { text } = decodeText(bytes);
  const { config, problems } = parseConfig(text);
  const index = new LineIndex(text);
  const formatted = problems.map((p) => {
    const at = index.positionAt(p.range.start);
    return `${display}:${at.line + 1}:${at.character + 1}: ${oneLine(p.message)}`;
  });
  return { config, path: display, problems: formatted, root };
}

/** Messages go on one output line, whatever a rule put in them. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}
