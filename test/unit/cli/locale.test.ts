/** `--locale en|zh-CN` and the LC_ALL / LC_MESSAGES / LANG default: rule messages and the CLI's own output. */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import { envLocale } from '../../../src/cli/messages';
import { MemoryFs, Capture } from '../helpers/memory-fs';

const fs = (): MemoryFs => new MemoryFs({ '/ws/posts/a.md': 'The the report was written by the team.\n', '/ws/clean.md': 'Short.\n' });

async function run(argv: string[], env?: Record<string, string>): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd: '/ws', fs: fs(), stdout, stderr, ...(env ? { env } : {}) });
  return { code, out: stdout.text, err: stderr.text };
}

test('--locale zh-CN: rule messages and the summary in Chinese; --locale en and the default in English', async () => {
  const zh = await run(['lint', 'posts', '--locale', 'zh-CN']);
  assert.equal(zh.out, [
    'posts/a.md:1:1: error repeated-word “the”重复了。',
    'posts/a.md:1:16: warning passive-voice 本文 100% 的句子（1 句中的 1 句）是被动句；请控制在 20% 以下。“was written”是被动语态，请说明是谁做的。',
    '1 个文件中共 2 个问题（1 个错误，1 个警告，0 个信息）。',
    '',
  ].join('\n'));
  assert.equal(zh.code, 1);
  const en = await run(['--locale=en', 'lint', 'posts'], { LANG: 'zh_CN.UTF-8' });
  assert.match(en.out, /'the' is repeated\.\n/);
  assert.match(en.out, /2 problems \(1 error, 1 warning, 0 info\) in 1 file\.\n$/);
});

test('the environment picks the locale: LC_ALL over LC_MESSAGES over LANG', async () => {
  assert.match((await run(['lint', 'clean.md'], { LANG: 'zh_CN.UTF-8' })).out, /^1 个文件中没有发现问题。\n$/);
  assert.match((await run(['lint', 'clean.md'], { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).out, /^No problems found in 1 file\.\n$/);
  assert.equal(envLocale({ LC_ALL: '', LC_MESSAGES: 'zh_CN', LANG: 'en_US' }), 'zh-CN');
  assert.equal(envLocale({}), 'en');
  assert.equal(envLocale(undefined), 'en');
});

test('errors in Chinese; a bad --locale is a usage error (exit 2)', async () => {
  assert.deepEqual(await run(['lint', '--format', 'xml', '--locale', 'zh-CN']),
    { code: 2, out: '', err: 'lectern lint: --format xml：应为 text、json 或 sarif\n' });
  const unknown = await run(['nope'], { LANG: 'zh_CN.UTF-8' });
  assert.equal(unknown.code, 2);
  assert.match(unknown.err, /^lectern：未知命令“nope”。可用的命令：lint, goals.*。\n$/);
  const bad = await run(['lint', '--locale', 'fr']);
  assert.deepEqual(bad, { code: 2, out: '', err: 'lectern: --locale fr: expected en or zh-CN\n' });
  assert.equal((await run(['lint', '--locale'])).code, 2);
});

test('--fix report in Chinese', async () => {
  const r = await run(['lint', 'posts', '--fix', '--locale', 'zh-CN']);
  assert.match(r.out, /已修复 posts\/a\.md 中的 1 个问题。\n已修复 1 个文件中的 1 个问题；还剩 1 个。\n$/);
});
