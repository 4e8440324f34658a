/**
 * The CLI shell: --help, --version, no arguments, unknown subcommands (exit 2 with the valid ones), per-command help.
 * Runs `main` on an in-memory file system, exactly as the binary would.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../../src/cli/main';
import { subcommands } from '../../../src/cli/commands/index';
import { Capture, MemoryFs } from '../helpers/memory-fs';
import { repoRoot } from '../helpers/repo';

const version = (JSON.parse(fs.readFileSync(path.join(repoRoot(), 'package.json'), 'utf8')) as { version: string }).version;

async function cli(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd: '/ws', fs: new MemoryFs({ '/ws/a.md': '# A\n' }), stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

test('--help and -h print usage with every subcommand and exit 0', async () => {
  for (const flag of ['--help', '-h', 'help']) {
    const r = await cli(flag);
    assert.equal(r.code, 0, flag);
    assert.equal(r.err, '');
    assert.match(r.out, /^lectern — /);
    assert.match(r.out, /^Usage: lectern <command> \[options\]$/m);
    for (const c of subcommands) assert.match(r.out, new RegExp(`^  ${c.name} +${c.summary.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm'));
    assert.match(r.out, /Exit codes: 0 OK, 1 findings or checks failed, 2 usage or input error\./);
  }
});

test('--version and -v print the manifest version and exit 0', async () => {
  for (const flag of ['--version', '-v']) {
    assert.deepEqual(await cli(flag), { code: 0, out: `${version}\n`, err: '' });
  }
});

test('no arguments prints the usage and exits 2', async () => {
  const r = await cli();
  assert.equal(r.code, 2);
  assert.match(r.out, /^Usage: lectern/m);
});

test('an unknown subcommand exits 2 with one line naming it and listing the valid ones', async () => {
  const r = await cli('frobnicate', '--fast');
  assert.equal(r.code, 2);
  assert.equal(r.out, '');
  assert.equal(r.err, `lectern: unknown command 'frobnicate'. Valid commands: ${subcommands.map((c) => c.name).join(', ')}.\n`);
  assert.equal(r.err.trimEnd().split('\n').length, 1);
});

test('every subcommand has a name, a one-line summary and usage, and answers --help with exit 0', async () => {
  assert.ok(subcommands.length > 0);
  assert.equal(new Set(subcommands.map((c) => c.name)).size, subcommands.length, 'names are unique');
  for (const c of subcommands) {
    assert.match(c.name, /^[a-z][a-z-]*$/);
    assert.ok(c.summary.length > 0 && !c.summary.includes('\n'), `${c.name} summary`);
    const r = await cli(c.name, '--help');
    assert.equal(r.code, 0, c.name);
    assert.equal(r.out, c.usage.endsWith('\n') ? c.usage : `${c.usage}\n`);
    assert.deepEqual(await cli('help', c.name), r);
  }
});
