/**
 * In dist/cli-main.js `yaml` is initialised on its first use (scripts/build.mjs, cliLazyYaml), so a lint of a file
 * without front matter never runs it. The built CLI must still read YAML front matter, a YAML terms file and report
 * broken YAML exactly as the sources do (tests bundle `yaml` the ordinary way): same stdout, stderr and exit code.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../../../src/cli/main';
import { nodeFs } from '../../../src/cli/node-main';
import { repoRoot } from '../helpers/repo';
import { providers } from '../lint/helpers';

const root = repoRoot();

async function inProcess(cwd: string, argv: string[]) {
  let out = '';
  let err = '';
  const status = await main({
    argv, cwd, fs: nodeFs, env: {}, providers, locale: 'en',
    stdout: { write: (s: string) => { out += s; return true; } },
    stderr: { write: (s: string) => { err += s; return true; } },
  });
  return { status, stdout: out, stderr: err };
}

function built(cwd: string, argv: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/lectern.js'), ...argv], {
    cwd, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C', LANG: '', LC_MESSAGES: '' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

test('the built CLI reads YAML front matter and terms.yaml, and reports broken YAML, as the sources do', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-yaml-'));
  try {
    mkdirSync(join(dir, '.lectern'));
    writeFileSync(join(dir, '.lectern/terms.yaml'), '- avoid: whitelist\n  message: say allow list.\n');
    writeFileSync(join(dir, 'front.md'), '---\ntitle: "A post"\ntags: [a, b]\nlectern:\n  disable: [passive]\n---\n\n# A post\n\nThe whitelist was updated by the team.\n');
    writeFileSync(join(dir, 'broken.md'), '---\ntitle: [unclosed\n---\n\nThe whitelist is very long.\n');
    writeFileSync(join(dir, 'plain.md'), '# Plain\n\nThe whitelist was written by us.\n');
    for (const argv of [['lint', '.'], ['lint', '--format', 'json', '.'], ['lint', 'plain.md']]) {
      const want = await inProcess(dir, argv);
      const got = built(dir, argv);
      assert.deepEqual(got, want, argv.join(' '));
    }
    // The cases above must exercise YAML: a finding from terms.yaml.
    assert.match(built(dir, ['lint', '.']).stdout, /allow list/);
    // A broken terms file stops the run with its location.
    writeFileSync(join(dir, '.lectern/terms.yaml'), '- avoid: ok\n- use: x\n');
    const broken = built(dir, ['lint', '.']);
    assert.deepEqual(broken, await inProcess(dir, ['lint', '.']));
    assert.match(broken.stderr, /terms\.yaml:2:3/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
