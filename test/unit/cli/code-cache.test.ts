/**
 * The CLI's code cache (src/cli/node.ts) keeps one file per installation: a new build replaces the cache of the
 * build before it, and caches of other installations stay.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '../helpers/repo';

const root = repoRoot();

function runVersion(cacheHome: string, args: string[] = ['--version']): void {
  const r = spawnSync(process.execPath, [join(root, 'bin/lectern.js'), ...args], {
    encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome, LECTERN_NO_CODE_CACHE: '' },
  });
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
}

test('a new build replaces its installation\'s code cache and leaves other installations\' caches', () => {
  const home = mkdtempSync(join(tmpdir(), 'lectern-cache-'));
  const folder = join(home, 'lectern');
  try {
    runVersion(home);
    const first = readdirSync(folder).filter((n) => n.endsWith('.v8cache'));
    assert.equal(first.length, 1, first.join(', '));
    const current = first[0]!;
    const install = current.slice(0, current.lastIndexOf('-') + 1);
    assert.match(install, /^cli-[0-9a-f]{16}-$/);
    // An earlier build of this installation, another installation's cache and someone's file in the folder.
    const earlier = `${install}00000000000000000000000000000000.v8cache`;
    copyFileSync(join(folder, current), join(folder, earlier));
    writeFileSync(join(folder, 'cli-0123456789abcdef-ffffffffffffffff.v8cache'), 'other installation');
    writeFileSync(join(folder, 'notes.txt'), 'not a cache');
    // With its own cache gone, the run writes a new one and removes the earlier build's.
    unlinkSync(join(folder, current));
    runVersion(home);
    assert.deepEqual(readdirSync(folder).sort(), [current, 'cli-0123456789abcdef-ffffffffffffffff.v8cache', 'notes.txt'].sort());
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});

test('a lint after a --version replaces the partial cache with one that holds the lint engine, once', () => {
  const home = mkdtempSync(join(tmpdir(), 'lectern-cache-'));
  const folder = join(home, 'lectern');
  const caches = () => readdirSync(folder).filter((n) => n.endsWith('.v8cache'));
  const draft = join(home, 'draft.md');
  writeFileSync(draft, '# Draft\n\nWe utilize the new tool in order to ship.\n');
  try {
    runVersion(home);
    const [partial] = caches();
    assert.match(partial!, /^cli-[0-9a-f]{16}-[0-9a-f]{16}\.partial\.v8cache$/);
    const partialBytes = statSync(join(folder, partial!)).size;
    runVersion(home, ['lint', draft]);
    const [full] = caches();
    assert.equal(caches().length, 1);
    assert.equal(full, partial!.replace('.partial', ''));
    // The engine's bytecode is in it now.
    assert.ok(statSync(join(folder, full!)).size > partialBytes + 50_000, `${partialBytes} → ${statSync(join(folder, full!)).size}`);
    // Later runs of any command read the full cache and write nothing.
    const mtime = statSync(join(folder, full!)).mtimeMs;
    runVersion(home);
    runVersion(home, ['lint', draft]);
    assert.deepEqual(caches(), [full]);
    assert.equal(statSync(join(folder, full!)).mtimeMs, mtime);
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
});
