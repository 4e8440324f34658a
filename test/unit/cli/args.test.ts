import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { oneOf, parseArgs } from '../../../src/cli/args';
import { locatedMessage, oneLine } from '../../../src/cli/located';

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
});
