/**
 * retext-equality ships apart (dist/retext-equality.js, scripts/build.mjs): the CLI and the extension bundles only
 * point at it, and inclusive-language still finds what it finds when the rule is on.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();

test('the shipped bundles require dist/retext-equality.js instead of carrying retext', () => {
  for (const bundle of ['dist/cli-main.js', 'dist/cli-lint-worker.js', 'dist/extension.js']) {
    const code = readFileSync(join(root, bundle), 'utf8');
    assert.match(code, /require\(["']\.\/retext-equality\.js["']\)/, bundle);
    // A word from retext-equality's own pattern data, which nothing else in Lectern spells.
    assert.ok(!code.includes('chairwoman'), `${bundle} does not bundle retext-equality itself`);
  }
});

test('lectern lint with inclusive-language on loads it on first use, on one thread and on several', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-retext-'));
  try {
    writeFileSync(join(dir, 'config.json'), '{"rules":{"inclusive-language":"warning"}}');
    for (let i = 0; i < 9; i++) writeFileSync(join(dir, `p${i}.md`), 'The chairman thanked the guys.\n');
    for (const workers of ['1', '2']) {
      const r = spawnSync(process.execPath, [join(root, 'bin/lectern.js'), 'lint', '--config', join(dir, 'config.json'), dir], {
        cwd: dir, encoding: 'utf8', env: { ...process.env, LECTERN_WORKERS: workers },
      });
      assert.equal(r.stderr, '', `${workers} thread(s)`);
      assert.equal((r.stdout.match(/inclusive-language/g) ?? []).length, 18, r.stdout);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
