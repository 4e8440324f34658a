import { join } from 'node:path';
import type { ReadFolder } from '../core/content';
import type { LecternConfig, LintProviders, Locale } from '../core/lint/index';
import type { FileOutcome } from './lint/report';

/**
 * The file system the CLI sees. `main` takes it as a parameter so tests run on an in-memory tree and the real
 * binary passes a thin wrapper over node:fs. Paths are absolute, POSIX or native as the host gives them.
 */
export interface CliFs {
  readFile(path: string): Promise<Uint8Array>;
  /**
   * Writes a temporary file beside the target, then renames it over the target, so a crash never leaves half a file.
   * With `expected`, the target must still hold exactly those bytes right before the rename; otherwise nothing is
   * written and the promise rejects with `code: 'ECHANGED'` (someone saved the file since Lectern read it).
   */
  writeFileAtomic(path: string, data: Uint8Array, expected?: Uint8Array): Promise<void>;
  /**
   * Creates a new file, and the folders above it, without ever replacing one: rejects with `code: 'EEXIST'` when
   * something is already there. The content appears all at once (written beside it, then linked into place).
   */
  writeFileExclusive(path: string, data: Uint8Array): Promise<void>;
  /** Entries of a folder; throws with `code: 'ENOENT'` / `'ENOTDIR'` like node:fs. */
  readDir(path: string): Promise<Array<{ name: string; kind: 'file' | 'directory' | 'other' }>>;
  /** `null` when nothing is there. `size` in bytes (what a size limit is checked against before any read). */
  stat(path: string): Promise<{ kind: 'file' | 'directory' | 'other'; mtimeMs: number; size: number } | null>;
}

/**
 * The content module's folder reader over a CLI file system: lists `root` joined with a workspace-relative POSIX
 * path. The core walks; the CLI only lists folders.
 */
export function folderReader(fs: CliFs, root: string): ReadFolder {
  return (relativePath) => fs.readDir(relativePath ? join(root, ...relativePath.split('/')) : root);
}

export interface Writable {
  write(chunk: string): unknown;
}

export interface CliContext {
  argv: string[];
  cwd: string;
  fs: CliFs;
  stdout: Writable;
  stderr: Writable;
  /** Environment, for NO_COLOR and the like. Optional so tests can leave it out. */
  env?: Record<string, string | undefined>;
  /** True once the user asked to stop (Ctrl-C): long commands stop between files, never in the middle of a write. */
  interrupted?: () => boolean;
  /** The language of the output: `main` sets it from `--locale` or the environment (see messages.ts). */
  locale?: Locale;
  /** The costly lint engines this host can run (retext-equality); without them those rules give a host notice. */
  providers?: LintProviders;
  /**
   * Reads and lints many files under one config on several threads (the Node CLI: lint-pool.ts), outcomes in the
   * paths' order: what each gives the output, why it was not read, or the Error that linting it threw. Absent (tests,
   * other hosts): the command reads and lints each file itself.
   */
  lintFiles?: (paths: readonly string[], job: LintJob) => Promise<Array<FileOutcome | Error>>;
}

/** What every file of a many-file lint gets: the config, the size limit (bytes, 0: none) and the output's locale. */
export interface LintJob {
  config: LecternConfig;
  maxSize: number;
  locale: Locale;
}

/** Exit codes are a contract with CI scripts. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** The error `writeFileAtomic` rejects with when the file is no longer what was read. */
export function changedOnDisk(path: string): Error & { code: string } {
  return Object.assign(new Error(`${path} changed on disk since it was read`), { code: 'ECHANGED' });
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
