/**
 * An in-memory `CliFs` for CLI tests: POSIX absolute paths, folders implied by the files in them (or made with
 * `mkdir`), a logical clock for mtimes (every write ticks it, so "untouched" is an exact check), and a log of
 * every operation so a test can see that a write really went through a temporary file and a rename.
 *
 *   const fs = new MemoryFs({ '/ws/a.md': 'text', '/ws/.lectern/config.json': '{}' });
 *   fs.text('/ws/a.md'); fs.mtime('/ws/a.md'); fs.operations; fs.makeUnreadable('/ws/b.md');
 */
import { changedOnDisk, sameBytes, type CliFs } from '../../../src/cli/fs';

interface Entry {
  data: Uint8Array;
  mtimeMs: number;
}

function fsError(code: string, path: string): Error & { code: string } {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

function normalize(path: string): string {
  if (!path.startsWith('/')) throw new Error(`MemoryFs wants absolute POSIX paths, got '${path}'`);
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}

export class MemoryFs implements CliFs {
  private readonly files = new Map<string, Entry>();
  private readonly dirs = new Set<string>(['/']);
  private readonly unreadable = new Set<string>();
  private clock = 1000;
  /** Every mutating call, in order: `write <tmp>`, `rename <tmp> -> <path>`, `mkdir <path>`. */
  readonly operations: string[] = [];
  /** Every path `readFile` was asked for, in order (a test can prove a file was never loaded). */
  readonly reads: string[] = [];

  constructor(files: Record<string, string | Uint8Array> = {}) {
    for (const [path, content] of Object.entries(files)) this.put(path, content);
  }

  /** Adds or replaces a file (not logged: this is test set-up, not the code under test). */
  put(path: string, content: string | Uint8Array): void {
    const p = normalize(path);
    this.mkdirs(parentOf(p));
    this.files.set(p, { data: typeof content === 'string' ? new TextEncoder().encode(content) : content, mtimeMs: this.clock++ });
  }

  mkdir(path: string): void {
    this.mkdirs(normalize(path));
  }

  makeUnreadable(path: string): void {
    this.unreadable.add(normalize(path));
  }

  has(path: string): boolean {
    return this.files.has(normalize(path));
  }

  bytes(path: string): Uint8Array {
    const e = this.files.get(normalize(path));
    if (!e) throw new Error(`no file ${path}`);
    return e.data;
  }

  text(path: string): string {
    return new TextDecoder('utf-8', { ignoreBOM: true }).decode(this.bytes(path));
  }

  mtime(path: string): number {
    const e = this.files.get(normalize(path));
    if (!e) throw new Error(`no file ${path}`);
    return e.mtimeMs;
  }

  /** Every file path, sorted. */
  list(): string[] {
    return [...this.files.keys()].sort();
  }

  async readFile(path: string): Promise<Uint8Array> {
    const p = normalize(path);
    this.reads.push(p);
    if (this.unreadable.has(p)) throw fsError('EACCES', p);
    const e = this.files.get(p);
    if (!e) throw fsError(this.dirs.has(p) ? 'EISDIR' : 'ENOENT', p);
    return e.data.slice();
  }

  /** Runs right before a write's rename, to play a concurrent editor saving the file (tests of ECHANGED). */
  beforeRename: ((path: string) => void) | null = null;

  async writeFileAtomic(path: string, data: Uint8Array, expected?: Uint8Array): Promise<void> {
    const p = normalize(path);
    const dir = parentOf(p);
    if (!this.dirs.has(dir)) throw fsError('ENOENT', dir);
    const tmp = `${dir === '/' ? '' : dir}/.${p.slice(dir.length + 1)}.tmp`;
    this.files.set(tmp, { data: data.slice(), mtimeMs: this.clock++ });
    this.operations.push(`write ${tmp}`);
    this.beforeRename?.(p);
    const current = this.files.get(p);
    if (expected && (!current || !sameBytes(current.data, expected))) {
      this.files.delete(tmp);
      this.operations.push(`remove ${tmp}`);
      throw changedOnDisk(p);
    }
    const entry = this.files.get(tmp)!;
    this.files.delete(tmp);
    this.files.set(p, entry);
    this.operations.push(`rename ${tmp} -> ${p}`);
  }

  async writeFileExclusive(path: string, data: Uint8Array): Promise<void> {
    const p = normalize(path);
    if (this.files.has(p) || this.dirs.has(p)) throw fsError('EEXIST', p);
    const dir = parentOf(p);
    if (!this.dirs.has(dir)) {
      this.mkdirs(dir);
      this.operations.push(`mkdir ${dir}`);
    }
    this.files.set(p, { data: data.slice(), mtimeMs: this.clock++ });
    this.operations.push(`create ${p}`);
  }

  async readDir(path: string): Promise<Array<{ name: string; kind: 'file' | 'directory' | 'other' }>> {
    const p = normalize(path);
    if (this.files.has(p)) throw fsError('ENOTDIR', p);
    if (!this.dirs.has(p)) throw fsError('ENOENT', p);
    if (this.unreadable.has(p)) throw fsError('EACCES', p);
    const prefix = p === '/' ? '/' : p + '/';
    const out = new Map<string, 'file' | 'directory'>();
    for (const d of this.dirs) if (d !== p && d.startsWith(prefix) && !d.slice(prefix.length).includes('/')) out.set(d.slice(prefix.length), 'directory');
    for (const f of this.files.keys()) if (f.startsWith(prefix) && !f.slice(prefix.length).includes('/')) out.set(f.slice(prefix.length), 'file');
    return [...out].map(([name, kind]) => ({ name, kind }));
  }

  async stat(path: string): Promise<{ kind: 'file' | 'directory' | 'other'; mtimeMs: number; size: number } | null> {
    const p = normalize(path);
    const e = this.files.get(p);
    if (e) return { kind: 'file', mtimeMs: e.mtimeMs, size: e.data.length };
    if (this.dirs.has(p)) return { kind: 'directory', mtimeMs: 0, size: 0 };
    return null;
  }

  private mkdirs(path: string): void {
    for (let p = path; !this.dirs.has(p); p = parentOf(p)) {
      this.dirs.add(p);
      if (p === '/') break;
    }
  }
}

/** Collects what a command writes, for exact assertions on stdout and stderr. */
export class Capture {
  text = '';
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}
