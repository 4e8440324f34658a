/**
 * The built CLI as a process (bin/lectern.js → dist/cli.js): a closed output pipe and Ctrl-C. Fixtures live in a
 * temporary folder made by the test.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { repoRoot } from '../helpers/repo';

const BIN = path.join(repoRoot(), 'bin', 'lectern.js');
const FIXABLE = 'The the report is ready. We ran ran the tests again.\n'.repeat(200);
const FIXED = 'The report is ready. We ran the tests again.\n'.repeat(200);

function tempWorkspace(files: number, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lectern-process-'));
  fs.mkdirSync(path.join(dir, 'posts'));
  for (let i = 0; i < files; i++) fs.writeFileSync(path.join(dir, 'posts', `p${String(i).padStart(4, '0')}.md`), text);
  return dir;
}

test('lectern lint | head: the closed pipe ends the output quietly, no EPIPE stack', async () => {
  // ≈1.5 MB of findings: far more than a pipe buffer, so writes after the close do fail with EPIPE.
  const dir = tempWorkspace(80, FIXABLE.slice(0, FIXABLE.length / 2));
  try {
    const child = spawn(process.execPath, [BIN, 'lint', 'posts'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    // Like `head -3`: read the first chunk, then close the read end.
    await new Promise<void>((resolve) => child.stdout.once('data', () => { child.stdout.destroy(); resolve(); }));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(err, '');
    assert.ok(code === 0 || code === 1, `exit ${code}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('Ctrl-C during lint --fix: every file is whole (old or fixed), no temporary file is left, exit 130', async () => {
  const dir = tempWorkspace(400, FIXABLE);
  try {
    const child = spawn(process.execPath, [BIN, 'lint', '--fix', '--quiet', 'posts'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    // Interrupt as soon as the first file has been rewritten.
    const first = path.join(dir, 'posts', 'p0000.md');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (fs.readFileSync(first, 'utf8') === FIXED) { clearInterval(poll); resolve(); }
      }, 2);
    });
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const names = fs.readdirSync(path.join(dir, 'posts'));
    assert.deepEqual(names.filter((n) => !/^p\d{4}\.md$/.test(n)), [], 'no temporary files');
    const contents = names.map((n) => fs.readFileSync(path.join(dir, 'posts', n), 'utf8'));
    assert.ok(contents.every((c) => c === FIXABLE || c === FIXED), 'each file is the old or the fixed text, whole');
    const fixed = contents.filter((c) => c === FIXED).length;
    if (fixed < names.length) {
      assert.equal(code, 130);
      assert.match(err, new RegExp(`^lectern lint: interrupted; ${fixed} files? fixed and written whole, the others unchanged\\.\\n$`));
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('output is the same bytes into a socket pair, a pipe and a file, Chinese and larger than a pipe buffer', async () => {
  // ≈300 KB of findings with Chinese messages: several partial writes into a 64 KB pipe buffer.
  const dir = tempWorkspace(20, '我们使用React部署到3台服务器,欢迎试用!\n\n'.repeat(150));
  try {
    const args = [BIN, 'lint', '--locale', 'zh-CN', 'posts'];
    const viaSocket = await new Promise<Buffer>((resolve) => {
      const child = spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
      const parts: Buffer[] = [];
      // A slow reader: the child's writes have to wait for room.
      child.stdout.on('data', (d: Buffer) => { parts.push(d); child.stdout.pause(); setTimeout(() => child.stdout.resume(), 1); });
      child.on('close', () => resolve(Buffer.concat(parts)));
    });
    const file = path.join(dir, 'out.txt');
    const fd = fs.openSync(file, 'w');
    await new Promise<void>((resolve) => spawn(process.execPath, args, { cwd: dir, stdio: ['ignore', fd, 'inherit'] }).on('close', () => resolve()));
    fs.closeSync(fd);
    const viaShellPipe = await new Promise<Buffer>((resolve) => {
      const shell = spawn('/bin/sh', ['-c', `"${process.execPath}" "${BIN}" lint --locale zh-CN posts | cat`], { cwd: dir, stdio: ['ignore', 'pipe', 'inherit'] });
      const parts: Buffer[] = [];
      shell.stdout.on('data', (d: Buffer) => parts.push(d));
      shell.on('close', () => resolve(Buffer.concat(parts)));
    });
    assert.ok(viaSocket.length > 256 * 1024, `${viaSocket.length} bytes`);
    assert.match(viaSocket.toString('utf8'), /zh-space-latin/);
    assert.ok(!viaSocket.toString('utf8').includes('\ufffd'), 'no character split');
    assert.ok(fs.readFileSync(file).equals(viaSocket), 'file = socket');
    assert.ok(viaShellPipe.equals(viaSocket), 'pipe = socket');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
