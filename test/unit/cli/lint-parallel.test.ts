/**
 * `lectern lint <folder>` with 8 files or more spreads them over worker threads (src/cli/lint-pool.ts), each of which
 * reads, lints and converts the files it claims. Whatever the number of threads, stdout, stderr and the exit code must
 * be exactly those of a run on one thread, and those of the one-by-one path (--fix, fewer files, other hosts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig } from '../../../src/core/lint/index';
import { lintFileAt, lintFilesInParallel } from '../../../src/cli/lint-pool';
import { looksLikeManyFiles, prestartLintWorkers, threadCount } from '../../../src/cli/lint-prestart';
import type { LintJob } from '../../../src/cli/fs';
import { main } from '../../../src/cli/main';
import { nodeFs } from '../../../src/cli/node-main';
import { nodeProviders } from '../../../src/cli/node-providers';
import { Capture } from '../helpers/memory-fs';
import { filesUnder, repoRoot } from '../helpers/repo';

const root = repoRoot();
const drafts = filesUnder(join(root, 'test/fixtures/digest'), /^draft-.*\.md$/).map((f) => readFileSync(f, 'utf8'));

/** A folder of posts of very different sizes cut from the frozen digest drafts, plus files the CLI must skip. */
function makeFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-parallel-'));
  let n = 0;
  for (const draft of drafts) {
    const parts = draft.split(/\n(?=## )/);
    for (const part of parts) writeFileSync(join(dir, `post-${String(n++).padStart(2, '0')}.md`), part);
  }
  writeFileSync(join(dir, 'crlf.md'), drafts[0]!.replace(/\n/g, '\r\n'));
  writeFileSync(join(dir, 'bom.md'), '\ufeff' + drafts[1]!.slice(0, 2000));
  writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x01, 0x02]));
  writeFileSync(join(dir, 'empty.md'), '');
  // Not UTF-8 (a lone Latin-1 é), and a file over the size limit of the --max-size runs.
  writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xe9]), Buffer.from('\n\nText.\n')]));
  writeFileSync(join(dir, 'large.md'), drafts.join('\n\n'));
  return dir;
}

/** The folder's Markdown files, as the pool gets them. */
function paths(dir: string): string[] {
  return filesUnder(dir, /\.md$/).sort();
}

function run(dir: string, workers: number, args: readonly string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/lectern.js'), 'lint', ...args, dir], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, LECTERN_WORKERS: String(workers) }, maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('lectern lint <folder>: 2 and 3 threads give exactly the output of 1 (text, JSON, quiet, a size limit)', () => {
  const dir = makeFolder();
  try {
    assert.ok(filesUnder(dir, /\.md$/).length >= 12);
    for (const args of [['--format', 'text'], ['--format', 'json'], ['--quiet', '--max-size', '8k']]) {
      const one = run(dir, 1, args);
      assert.ok(one.stdout.length > 300, `a real run (${args.join(' ')}): ${one.stderr}`);
      assert.match(one.stderr, /binary\.md: warning/);
      assert.match(one.stderr, /latin1\.md: warning/);
      if (args.includes('--max-size')) assert.match(one.stderr, /large\.md: warning/);
      for (const workers of [2, 3]) assert.deepEqual(run(dir, workers, args), one, `${workers} threads, ${args.join(' ')}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lectern lint <folder>: the host\'s lintFiles gives exactly the output of the one-by-one path', async () => {
  const dir = makeFolder();
  try {
    for (const argv of [['lint', dir], ['lint', '--format', 'sarif', dir], ['--locale', 'zh-CN', 'lint', '--max-size', '8k', dir]]) {
      const outputs = [];
      for (const lintFiles of [undefined, (p: readonly string[], job: LintJob) => lintFilesInParallel(p, job, 2, { script: join(root, 'dist/cli-lint-worker.js') })]) {
        const stdout = new Capture();
        const stderr = new Capture();
        const code = await main({ argv, cwd: dir, fs: nodeFs, stdout, stderr, providers: nodeProviders, lintFiles });
        outputs.push({ code, out: stdout.text, err: stderr.text });
      }
      assert.ok(outputs[0]!.out.length > 300, argv.join(' '));
      assert.deepEqual(outputs[1], outputs[0], argv.join(' '));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lintFilesInParallel: outcomes in the paths\' order, equal to doing each file on this thread, refusals included', async () => {
  const dir = makeFolder();
  try {
    const files = [...paths(dir), join(dir, 'vanished.md')];
    // Strict runs inclusive-language: the workers bring retext-equality, as the CLI's main thread does; the messages
    // are converted in the job's locale on whichever thread lints the file.
    const job: LintJob = { config: defaultConfig('lectern:strict'), maxSize: 8 * 1024, locale: 'zh-CN' };
    const expected = await Promise.all(files.map((f) => lintFileAt(f, job)));
    assert.ok(expected.some((e) => e.ok) && expected.filter((e) => !e.ok).length >= 4);
    const script = join(root, 'dist/cli-lint-worker.js');
    assert.deepEqual(await lintFilesInParallel(files, job, 2, { script }), expected);
    assert.deepEqual(await lintFilesInParallel(files, job, 4, { script }), expected);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** Runs `check` on a fresh `makeFolder()` with the default job and the one-by-one outcomes (`lintFileAt`) to expect. */
async function withFolder(check: (dir: string, job: LintJob, expected: Array<Awaited<ReturnType<typeof lintFileAt>>>) => Promise<void>): Promise<void> {
  const dir = makeFolder();
  try {
    const job: LintJob = { config: defaultConfig(), maxSize: 0, locale: 'en' };
    await check(dir, job, await Promise.all(paths(dir).map((f) => lintFileAt(f, job))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('lintFilesInParallel: a worker that cannot start hands its files back, and the run still finishes', async () => {
  await withFolder(async (dir, job, expected) => {
    assert.deepEqual(await lintFilesInParallel(paths(dir), job, 3, { script: join(root, 'dist/no-such-worker.js') }), expected);
  });
});

test('lintFilesInParallel: a worker that dies after claiming files leaves them to the main thread, outcomes complete and in order', async () => {
  await withFolder(async (dir, job, expected) => {
    // Claims the next three files from the shared counter, then crashes without replying.
    const script = join(dir, 'dying-worker.js');
    writeFileSync(script, "require('node:worker_threads').parentPort.once('message', (start) => {\n"
      + "  Atomics.add(new Int32Array(start.next), 0, 3);\n  throw new Error('worker died');\n});\n");
    assert.deepEqual(await lintFilesInParallel(paths(dir), job, 2, { script }), expected);
  });
});

test('lintFilesInParallel adopts workers started before the run knew its files; one that failed to start, and one too many, are not waited for', async () => {
  await withFolder(async (dir, job, expected) => {
    const script = join(root, 'dist/cli-lint-worker.js');
    const env = { LECTERN_WORKERS: '3' };
    const prestarted = prestartLintWorkers(['lint', dir], env, dir, script);
    assert.equal(prestarted.length, 2);
    assert.deepEqual(await lintFilesInParallel(paths(dir), job, 3, { script, prestarted }), expected);
    // Started, then the run turns out to want fewer threads: the spare worker is ended, the run does not wait for it.
    const spare = prestartLintWorkers(['lint', dir], env, dir, script);
    assert.deepEqual(await lintFilesInParallel(paths(dir), job, 2, { script, prestarted: spare }), expected);
    // A worker that cannot start: its threadId goes to -1 once its error has come in; the main thread does its files.
    const broken = prestartLintWorkers(['lint', dir], { LECTERN_WORKERS: '2' }, dir, join(root, 'dist/no-such-worker.js'));
    broken[0]!.ref();
    await new Promise<void>((resolve) => broken[0]!.once('exit', () => resolve()));
    assert.equal(broken[0]!.threadId, -1);
    assert.deepEqual(await lintFilesInParallel(paths(dir), job, 2, { script, prestarted: broken }), expected);
  });
});

test('which arguments start the lint workers at process start: a folder, a glob or nothing, never --fix or one file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-prestart-'));
  try {
    writeFileSync(join(dir, 'one.md'), '# One\n');
    assert.equal(looksLikeManyFiles(['lint', '.'], dir), true);
    assert.equal(looksLikeManyFiles(['lint'], dir), true);
    assert.equal(looksLikeManyFiles(['--locale', 'zh-CN', 'lint', '--format', 'json', dir], '/'), true);
    assert.equal(looksLikeManyFiles(['lint', 'posts/**/*.md'], dir), true);
    assert.equal(looksLikeManyFiles(['lint', 'one.md', '.'], dir), true);
    assert.equal(looksLikeManyFiles(['lint', 'one.md'], dir), false);
    assert.equal(looksLikeManyFiles(['lint', '--config', '.', 'one.md'], dir), false, 'a value is not a path');
    assert.equal(looksLikeManyFiles(['lint', '--fix', '.'], dir), false);
    assert.equal(looksLikeManyFiles(['lint', '--help'], dir), false);
    assert.equal(looksLikeManyFiles(['check', '.'], dir), false);
    assert.equal(looksLikeManyFiles(['goals'], dir), false);
    assert.equal(looksLikeManyFiles([], dir), false);
    assert.deepEqual(prestartLintWorkers(['lint', '.'], { LECTERN_WORKERS: '1' }, dir, 'unused.js'), []);
    // Started for a folder of one file: the workers go unused, and the process still ends at once.
    const r = spawnSync(process.execPath, [join(root, 'bin/lectern.js'), 'lint', '.'], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, LECTERN_WORKERS: '2' }, timeout: 30_000,
    });
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /1 file/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('LECTERN_WORKERS forces the thread count; anything but a positive whole number means one per core', () => {
  assert.equal(threadCount({ LECTERN_WORKERS: '1' }), 1);
  assert.equal(threadCount({ LECTERN_WORKERS: ' 3 ' }), 3);
  const byCores = threadCount({});
  assert.ok(byCores >= 1 && byCores <= 8);
  assert.equal(threadCount({ LECTERN_WORKERS: '0' }), byCores);
  assert.equal(threadCount({ LECTERN_WORKERS: 'two' }), byCores);
});
