import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { oneOf, parseArgs, takeOption, takeSwitch } from '../../../src/cli/args';
import { locatedAt, locatedMessage, oneLine } from '../../../src/cli/located';
import { main } from '../../../src/cli/main';
import { MemoryFs, Capture } from '../helpers/memory-fs';

const spec = { switches: ['--fix'], values: { '--format': oneOf(['text', 'json'], 'badFormatGoals'), '--config': null } };

test('one parser: switches, values (spaced or inline), positionals, `--` and a lone `-`', () => {
  const p = parseArgs(['a', '--fix', '--format', 'json', '--config=c.json', '-', '--', '--not-an-option'], spec);
  assert.deepEqual([...p.switches], ['--fix']);
  assert.deepEqual(Object.fromEntries(p.values), { '--format': 'json', '--config': 'c.json' });
  assert.deepEqual(p.positionals, ['a', '-', '--not-an-option']);
  assert.equal(parseArgs(['--format', 'text', '--format=json'], spec).values.get('--format'), 'json', 'the last one wins');
});

test('mistakes are usage errors, reported in command-line order', () => {
  assert.throws(() => parseArgs(['--format'], spec), { message: '--format needs a value' });
  assert.throws(() => parseArgs(['--config='], spec), { message: '--config needs a value' });
  assert.throws(() => parseArgs(['--fix=yes'], spec), { message: "unknown option '--fix=yes'" });
  assert.throws(() => parseArgs(['-x'], spec), { message: "unknown option '-x'" });
  assert.throws(() => parseArgs(['--format', 'xml', '-x'], spec), { message: '--format xml: expected text or json' });
  assert.throws(() => parseArgs(['-x', '--format', 'xml'], spec), { message: "unknown option '-x'" });
  assert.throws(() => parseArgs(['--format', 'x'], { values: { '--format': oneOf(['text', 'json', 'sarif'], 'badFormatLint') } }),
    { message: '--format x: expected text, json or sarif' });
});

test('file:line:column messages are 1-based, one line, UTF-16 columns', () => {
  assert.equal(locatedMessage('a.md', 'one\n😀 two', 8, 'bad\n  thing'), 'a.md:2:5: bad thing');
  assert.equal(oneLine('x\r\n y'), 'x y');
  assert.equal(locatedAt('a.md', 3, 7, 'warning x\ny'), 'a.md:3:7: warning x y');
});

test('a global option is taken out wherever it stands before `--`; each value is checked in order', () => {
  const seen: string[] = [];
  const taken = takeOption(['lint', '--locale', 'en', 'a.md', '--locale=zh-CN', '--', '--locale', 'x'], '--locale', (v) => seen.push(v));
  assert.deepEqual(taken, { value: 'zh-CN', rest: ['lint', 'a.md', '--', '--locale', 'x'] });
  assert.deepEqual(seen, ['en', 'zh-CN']);
  assert.throws(() => takeOption(['lint', '--locale'], '--locale', () => undefined), { message: '--locale needs a value' });
  assert.deepEqual(takeOption(['goals', '--localex'], '--locale', () => undefined), { value: undefined, rest: ['goals', '--localex'] });
  assert.deepEqual(takeSwitch(['--debug', 'lint', '--', '--debug'], '--debug'), { given: true, rest: ['lint', '--', '--debug'] });
  assert.deepEqual(takeSwitch(['lint', '--', '--debug'], '--debug'), { given: false, rest: ['lint', '--', '--debug'] });
});

test('every command reports argument mistakes through the one parser, in the same words', async () => {
  const fs = new MemoryFs({ '/ws/.lectern/config.json': '{}', '/ws/a.md': '# A\n' });
  const run = async (argv: string[]) => {
    const stdout = new Capture();
    const stderr = new Capture();
    const code = await main({ argv, cwd: '/ws', fs, stdout, stderr });
    return `${code} ${stderr.text.trim()}`;
  };
  for (const command of ['lint', 'goals', 'check', 'templates', 'new']) {
    assert.equal(await run([command, '--bogus']), `2 lectern ${command}: unknown option '--bogus'`);
  }
  for (const command of ['lint', 'goals', 'check', 'templates']) {
    assert.equal(await run([command, '--format']), `2 lectern ${command}: --format needs a value`);
  }
  assert.equal(await run(['check', '--format=xml']), '2 lectern check: --format xml: expected text or json');
  assert.equal(await run(['check', '--strict=yes']), "2 lectern check: unknown option '--strict=yes'");
  assert.equal(await run(['--locale', 'xx', 'lint']), '2 lectern: --locale xx: expected en or zh-CN');
  assert.equal(await run(['--locale=zh-CN', 'lint', '--locale']), '2 lectern: --locale 需要一个值');
});
