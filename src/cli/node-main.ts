/**
 * The CLI's process glue (real file system, process streams, exit code), bundled as dist/cli-main.js. It is loaded
 * by dist/cli.js (src/cli/node.ts) through V8's code cache; run it directly only in tests.
 */
import { fstatSync, promises as fsp, readFile, readdir, stat, writeSync, type Dirent, type Stats } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { main } from './main';
import { takeSwitch } from './args';
import { changedOnDisk, sameBytes, type CliFs, type Writable } from './fs';
import { formatInternalError } from './internal-error';
import { nodeProviders } from './node-providers';
import { lintFilesInParallel } from './lint-pool';
import { threadCount } from './lint-prestart';
import type { Worker } from 'node:worker_threads';

/**
 * A random name for a temporary file beside `path`. node:crypto is loaded on the first write only: loading it costs
 * more than a whole lint of a small file, and most runs write nothing.
 */
function tempBeside(path: string): string {
  // A require, not import(): this file runs through vm.Script (the code cache, node.ts), where import() is not available.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- lazy on purpose (see above)
  const { randomBytes } = require('node:crypto') as typeof import('node:crypto');
  return join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * The read path (what every `lectern lint` uses) calls node:fs's callback functions: the first read of `fs.promises`
 * loads node:fs/promises and what it needs (readline, watchers, directory streams, ≈3 ms of a start). Writes, which
 * are rare, keep `fsp`.
 */
function promised<T>(start: (done: (error: NodeJS.ErrnoException | null, value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => start((error, value) => (error ? reject(error) : resolve(value))));
}

/** The real file system behind the CLI's `CliFs` port. */
export const nodeFs: CliFs = {
  async readFile(path) {
    return promised<Buffer>((done) => readFile(path, done));
  },
  async writeFileAtomic(path, data, expected) {
    const tmp = tempBeside(path);
    try {
      const mode = await fsp.stat(path).then((s) => s.mode, () => undefined);
      await fsp.writeFile(tmp, data, mode === undefined ? {} : { mode });
      // Last look before the rename: an editor that saved the file meanwhile wins, and Lectern says so.
      if (expected && !sameBytes(await fsp.readFile(path).catch(() => new Uint8Array(0)), expected)) throw changedOnDisk(path);
      await fsp.rename(tmp, path);
    } catch (error) {
      await fsp.rm(tmp, { force: true });
      throw error;
    }
  },
  async writeFileExclusive(path, data) {
    await fsp.mkdir(dirname(path), { recursive: true });
    const tmp = tempBeside(path);
    await fsp.writeFile(tmp, data, { flag: 'wx' });
    try {
      // link() never replaces an existing file, and the target appears with its whole content.
      await fsp.link(tmp, path);
    } catch (error) {
      const code = (error as { code?: string }).code;
      // File systems without hard links (FAT, some network shares): an exclusive create still never overwrites.
      if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'ENOSYS') await fsp.writeFile(path, data, { flag: 'wx' });
      else throw error;
    } finally {
      await fsp.rm(tmp, { force: true });
    }
  },
  async readDir(path) {
    const entries = await promised<Dirent[]>((done) => readdir(path, { withFileTypes: true }, done));
    return entries.map((e) => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' }));
  },
  async stat(path) {
    try {
      const s = await promised<Stats>((done) => stat(path, done));
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', mtimeMs: s.mtimeMs, size: s.size };
    } catch {
      return null;
    }
  },
};

/**
 * A process stream that goes quiet once its reader is gone: `lectern lint | head -3` closes the pipe early, and the
 * rest of the output (and any later error about it) is dropped instead of crashing with EPIPE. The run itself goes
 * on, so a `--fix` in progress still finishes its writes.
 */
function quietOnClose(stream: NodeJS.WriteStream): { write(chunk: string | Uint8Array): boolean } {
  let closed = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') closed = true;
    else throw error;
  });
  return {
    write(chunk: string | Uint8Array) {
      if (closed) return false;
      return stream.write(chunk);
    },
  };
}

/**
 * Standard output or error as the CLI writes it. Into a pipe, a socket or a regular file (`| grep`, a parent
 * process, `> report.txt`), writes go straight to the descriptor with `writeSync`: creating `process.stdout` for a
 * pipe or socket loads node:net, ≈2–3 ms of every start, and the output is then complete when the process exits. A
 * terminal (where libuv converts the text for the Windows console), a character device, Windows, or a descriptor
 * that would block (EAGAIN) gets Node's stream; from the moment the stream takes over, everything goes through it,
 * so the order is kept.
 */
function processOutput(fd: 1 | 2, stream: () => NodeJS.WriteStream): Writable {
  let direct = false;
  if (process.platform !== 'win32') {
    try {
      const s = fstatSync(fd);
      // A socket too: Node's child processes (spawn, execFile) get their standard output as a socket pair.
      direct = s.isFIFO() || s.isFile() || s.isSocket();
    } catch {
      direct = false;
    }
  }
  if (!direct) return quietOnClose(stream());
  let closed = false;
  let fallback: ReturnType<typeof quietOnClose> | undefined;
  return {
    write(chunk: string) {
      if (closed) return false;
      if (fallback) return fallback.write(chunk);
      const bytes = Buffer.from(chunk, 'utf8');
      let done = 0;
      while (done < bytes.length) {
        try {
          done += writeSync(fd, bytes, done, bytes.length - done);
        } catch (error) {
          const code = (error as NodeJS.ErrnoException).code;
          if (code === 'EPIPE') {
            closed = true;
            return false;
          }
          if (code !== 'EAGAIN') throw error;
          fallback = quietOnClose(stream());
          // The rest as bytes: a partial write may have stopped inside a character.
          return fallback.write(bytes.subarray(done));
        }
      }
      return true;
    },
  };
}

/**
 * Entry used by bin/lectern.js (through dist/cli.js). `lintWorkers`: lint workers dist/cli.js started at process start
 * for a run that looks like a many-file lint (lint-prestart.ts); the pool adopts them.
 */
export async function runFromProcess(lintWorkers: readonly Worker[] = []): Promise<void> {
  // `--debug` is the CLI's one global switch (before `--`): it adds the stack to an internal error.
  const { rest: argv, given: debug } = takeSwitch(process.argv.slice(2), '--debug');
  const stdout = processOutput(1, () => process.stdout);
  const stderr = processOutput(2, () => process.stderr);
  // First Ctrl-C: stop between files (a write in progress completes, atomically). Second: leave now — a write's
  // temporary file may stay behind, but the file itself is still whole, old or new.
  let interrupts = 0;
  process.on('SIGINT', () => {
    if (++interrupts > 1) process.exit(130);
  });
  try {
    process.exitCode = await main({
      argv,
      cwd: process.cwd(),
      fs: nodeFs,
      stdout,
      stderr,
      env: process.env,
      interrupted: () => interrupts > 0,
      providers: nodeProviders,
      lintFiles: (paths, job) => lintFilesInParallel(paths, job, threadCount(process.env), { prestarted: lintWorkers }),
    });
  } catch (error) {
    stderr.write(formatInternalError(error, debug));
    process.exitCode = 2;
  }
}
