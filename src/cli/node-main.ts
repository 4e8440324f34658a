/**
 * The CLI's process glue (real file system, process streams, exit code), bundled as dist/cli-main.js. It is loaded
 * by dist/cli.js (src/cli/node.ts) through V8's code cache; run it directly only in tests.
 */
import { promises as fsp } from 'node:fs';
import { dirname, basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { main } from './main';
import type { CliFs } from './fs';
import { provideRetextEquality } from '../core/lint/index';

// inclusive-language (off by default) needs retext-equality, which the core never loads itself. esbuild turns this
// require into a module that is initialised on first call, so a run that leaves the rule off never evaluates retext.
provideRetextEquality(() =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy, bundler-resolved load (see above)
  (require('../core/lint/retext-equality') as typeof import('../core/lint/retext-equality')).runRetextEquality);

/** The real file system behind the CLI's `CliFs` port. */
export const nodeFs: CliFs = {
  async readFile(path) {
    return fsp.readFile(path);
  },
  async writeFileAtomic(path, data) {
    const tmp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const mode = await fsp.stat(path).then((s) => s.mode, () => undefined);
      await fsp.writeFile(tmp, data, mode === undefined ? {} : { mode });
      await fsp.rename(tmp, path);
    } catch (error) {
      await fsp.rm(tmp, { force: true });
      throw error;
    }
  },
  async readDir(path) {
    const entries = await fsp.readdir(path, { withFileTypes: true });
    return entries.map((e) => ({ name: e.name, kind: e.isFile() ? 'file' : e.isDirectory() ? 'directory' : 'other' }));
  },
  async stat(path) {
    try {
      const s = await fsp.stat(path);
      return { kind: s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other', mtimeMs: s.mtimeMs };
    } catch {
      return null;
    }
  },
};

/** Entry used by bin/lectern.js. */
export async function runFromProcess(): Promise<void> {
  try {
    process.exitCode = await main({
      argv: process.argv.slice(2),
      cwd: process.cwd(),
      fs: nodeFs,
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
    });
  } catch (error) {
    process.stderr.write(`lectern: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 2;
  }
}
