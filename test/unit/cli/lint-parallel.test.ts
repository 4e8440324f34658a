/**
 * `lectern lint <folder>` with 8 files or more spreads them over worker threads (src/cli/lint-pool.ts). Whatever the
 * number of threads, stdout, stderr and the exit code must be exactly those of a run on one thread.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultConfig, lintText } from '../../../src/core/lint/index';
import { lintInParallel, threadCount } from '../../../src/cli/lint-pool';
import { filesUnder, repoRoot } from '../helpers/repo';
import { providers } from '../lint/helpers';

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
  return dir;
}

function run(dir: string, workers: number, format: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/lectern.js'), 'lint', '--format', format, dir], {
    cwd: dir, encoding: 'utf8', env: { ...process.env, LECTERN_WORKERS: String(workers) }, maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('lectern lint <folder>: 2 and 3 threads give exactly the output of 1 (text and JSON)', () => {
  const dir = makeFolder();
  try {
    assert.ok(filesUnder(dir, /\.md$/).length >= 12);
    for (const format of ['text', 'json']) {
      const one = run(dir, 1, format);
      assert.ok(one.stdout.length > 1000, `a real run (${format}): ${one.stderr}`);
      assert.match(one.stderr, /binary\.md: warning/);
      for (const workers of [2, 3]) assert.deepEqual(run(dir, workers, format), one, `${workers} threads, ${format}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('lintInParallel: results in the texts\' order, equal to linting each on this thread', async () => {
  const texts = drafts.flatMap((d) => d.split(/\n(?=## )/));
  // Strict runs inclusive-language: the workers bring retext-equality, as the CLI's main thread does.
  const config = defaultConfig('lectern:strict');
  const expected = texts.map((t) => lintText(t, config, providers));
  const script = join(root, 'dist/cli-lint-worker.js');
  assert.deepEqual(await lintInParallel(texts, config, 2, script), expected);
  assert.deepEqual(await lintInParallel(texts, config, 4, script), expected);
});

test('lintInParallel: a worker that cannot start hands its files back, and the run still finishes', async () => {
  const texts = drafts.flatMap((d) => d.split(/\n(?=## )/));
  const config = defaultConfig();
  const expected = texts.map((t) => lintText(t, config));
  assert.deepEqual(await lintInParallel(texts, config, 3, join(root, 'dist/no-such-worker.js')), expected);
});

test('lintInParallel: a worker that dies after claiming files leaves them to the main thread, results complete and in order', async () => {
  const texts = drafts.flatMap((d) => d.split(/\n(?=## )/));
  const config = defaultConfig();
  const expected = texts.map((t) => lintText(t, config));
  const dir = mkdtempSync(join(tmpdir(), 'lectern-dying-worker-'));
  try {
    // Claims the next three files from the shared counter, then crashes without replying.
    const script = join(dir, 'dying-worker.js');
    writeFileSync(script, "const { workerData } = require('node:worker_threads');\n"
      + "Atomics.add(new Int32Array(workerData.next), 0, 3);\nthrow new Error('worker died');\n");
    assert.deepEqual(await lintInParallel(texts, config, 2, script), expected);
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
