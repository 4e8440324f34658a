/**
 * The file system the CLI sees. `main` takes it as a parameter so tests run on an in-memory tree and the real
 * binary passes a thin wrapper over node:fs. Paths are absolute, POSIX or native as the host gives them.
 */
export interface CliFs {
  readFile(path: string): Promise<Uint8Array>;
  /** Writes a temporary file beside the target, then renames it over the target, so a crash never leaves half a file. */
  writeFileAtomic(path: string, data: Uint8Array): Promise<void>;
  /** Entries of a folder; throws with `code: 'ENOENT'` / `'ENOTDIR'` like node:fs. */
  readDir(path: string): Promise<Array<{ name: string; kind: 'file' | 'directory' | 'other' }>>;
  /** `null` when nothing is there. */
  stat(path: string): Promise<{ kind: 'file' | 'directory' | 'other'; mtimeMs: number } | null>;
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
}

/** Exit codes are a contract with CI scripts. */
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;
