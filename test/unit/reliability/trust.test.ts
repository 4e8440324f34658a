/**
 * Workspace trust: nothing in a workspace's `.lectern/config.json` or `.lectern/terms.yaml` can make Lectern run code,
 * read outside the workspace, or take more than linear time. Every CLI command runs against a hostile config and a
 * hostile terms list on an instrumented file system that records each path it is asked for.
 */
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { main } from '../../../src/cli/main';
import type { CliFs } from '../../../src/cli/fs';
import { parseConfig } from '../../../src/core/lint/index';
import { parseTermsYaml } from '../../../src/core/terms';
import { MemoryFs, Capture } from '../helpers/memory-fs';
import { post } from './hostile';

/** Every call the CLI makes, as `op path`: the test asserts they all stay under the workspace. */
function instrumented(memory: MemoryFs): { fs: CliFs; calls: string[] } {
  const calls: string[] = [];
  const fs: CliFs = {
    readFile: (p) => { calls.push(`readFile ${p}`); return memory.readFile(p); },
    readDir: (p) => { calls.push(`readDir ${p}`); return memory.readDir(p); },
    stat: (p) => { calls.push(`stat ${p}`); return memory.stat(p); },
    writeFileAtomic: (p, d, e) => { calls.push(`writeFileAtomic ${p}`); return memory.writeFileAtomic(p, d, e); },
    writeFileExclusive: (p, d) => { calls.push(`writeFileExclusive ${p}`); return memory.writeFileExclusive(p, d); },
  };
  return { fs, calls };
}

async function run(fs: CliFs, argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main({ argv, cwd: '/ws', fs, stdout, stderr });
  return { code, out: stdout.text, err: stderr.text };
}

/** What a successful injection would set. Checked after every command. */
const CANARY = '__lecternPwned';
const PAYLOADS = [
  `\${globalThis.${CANARY} = 1}`,
  `{{constructor.constructor('globalThis.${CANARY} = 1')()}}`,
  `$(touch /tmp/${CANARY})`,
  `\`touch /tmp/${CANARY}\``,
  '(a+)+$', 'a{1,99999}', '.*', '[', '\\', '(?<x>a)\\k<x>', '^', '|',
];

// Computed ['__proto__'] keys are own properties, so JSON.stringify writes them as the file would hold them.
const HOSTILE_CONFIG = JSON.stringify({
  $schema: 'https://attacker.example/schema.json',
  extends: '../../outside/config.json',
  ['__proto__']: { polluted: true },
  constructor: { prototype: { polluted: true } },
  rules: {
    ['__proto__']: { polluted: true },
    constructor: 'error',
    'long-sentence': ['warning', { ['__proto__']: { polluted: true }, constructor: 1, toString: 2, max: 30 }],
  },
  allow: ['__proto__', ...PAYLOADS],
  terms: [
    { use: 'sign in', instead: ['login', ...PAYLOADS] },
    { avoid: ['whitelist'], message: PAYLOADS[1], ['__proto__']: { polluted: true } },
  ],
  contentFolders: ['../../outside', '/outside', '..', 'posts/../../outside', 'C:\\outside', '~/outside', 'posts'],
  dimensions: [{ id: '__proto__', name: 'x' }, { id: 'constructor', name: PAYLOADS[0] }],
  author: PAYLOADS[1],
  cfp: { ['__proto__']: { title: 1 }, constructor: { pitch: 2 } },
  newPost: { folder: '../../outside', ['__proto__']: { polluted: true } },
  checklist: { platform: '../../outside', types: { ['__proto__']: { polluted: true } }, checks: { constructor: 'off' } },
});

function hostileTerms(entries: number): string {
  const lines = [
    '__proto__:',
    '  polluted: true',
    'terms:',
    '  - &entry',
    '    use: sign in',
    `    instead: [login, ${PAYLOADS.map((p) => JSON.stringify(p)).join(', ')}]`,
    '  - <<: *entry',
    '    __proto__: { polluted: true }',
    `  - !!js/function "function () { globalThis.${CANARY} = 1 }"`,
    `  - { avoid: [!!js/regexp "/(a+)+$/"], message: ${JSON.stringify(PAYLOADS[1])} }`,
  ];
  for (let i = 0; i < entries; i++) lines.push(`  - { use: "term${i}", instead: ["(a+)+$${i}", "../../t${i}", "__proto__${i}"] }`);
  return lines.join('\n') + '\n';
}

function workspace(config: string, terms: string): MemoryFs {
  return new MemoryFs({
    '/ws/.lectern/config.json': config,
    '/ws/.lectern/terms.yaml': terms,
    '/ws/.lectern/goals.yaml': 'goals:\n  - id: one\n    title: One\n    kind: post\n    target: 1\n    period: year\n',
    '/ws/posts/a.md': post('title: A\ndimension: __proto__', 'Please login to the whitelist. It is (a+)+$ fine.\n'),
    '/outside/secret.md': post('title: Secret'),
    '/outside/config.json': '{"rules": {"long-sentence": "off"}}',
    '/outside/t0': 'secret',
  });
}

function assertInside(calls: readonly string[], what: string): void {
  const outside = calls.filter((c) => !/^\w+ \/ws(\/|$)/.test(c));
  assert.deepEqual(outside, [], `${what}: every path Lectern asked for is inside the workspace`);
}

function assertNoCodeRan(what: string): void {
  assert.equal((globalThis as Record<string, unknown>)[CANARY], undefined, `${what}: no payload ran`);
  assert.equal(({} as Record<string, unknown>).polluted, undefined, `${what}: Object.prototype is untouched`);
  assert.equal((Object.prototype as Record<string, unknown>).polluted, undefined);
}

test('a hostile config and terms list: every command answers with located problems, reads only the workspace, runs nothing', async () => {
  const commands = [
    ['lint'], ['lint', '--fix', 'posts'], ['lint', '--format', 'sarif'], ['goals', '--format', 'json'], ['check', 'posts/a.md'],
    ['templates'], ['new', '--template', 'tutorial', '--title', PAYLOADS[1]!],
  ];
  for (const argv of commands) {
    const memory = workspace(HOSTILE_CONFIG, hostileTerms(20));
    const { fs, calls } = instrumented(memory);
    const r = await run(fs, argv);
    const what = `lectern ${argv.join(' ')}`;
    assert.ok(r.code === 0 || r.code === 1 || r.code === 2, `${what}: a normal exit code (${r.code})`);
    assertInside(calls, what);
    assertNoCodeRan(what);
    assert.equal(memory.text('/outside/secret.md'), post('title: Secret'), `${what}: nothing outside was touched`);
    assert.ok(!memory.list().some((p) => !p.startsWith('/ws/') && !p.startsWith('/outside/')), `${what}: nothing written outside`);
    for (const line of r.err.trimEnd().split('\n').filter(Boolean)) {
      assert.ok(!/\n|^\s+at /.test(line), `${what}: one line per message, no stack`);
    }
    if (argv[0] === 'lint' || argv[0] === 'check' || argv[0] === 'goals') {
      // The config's problems, each located in the file they are in.
      assert.match(r.err, /^\.lectern\/config\.json:\d+:\d+: "extends" must be one of/m, what);
      assert.match(r.err, /^\.lectern\/config\.json:\d+:\d+: Content folder "\.\.\/\.\.\/outside" must be relative to the workspace and stay inside it\./m, what);
      assert.equal(r.code, 2, `${what}: a config with errors stops the command`);
    }
  }
});

test('the same hostile entries in a config without errors: linted as plain words, and still nothing outside is read', async () => {
  // Entries with no word in them ('.*', '[') are refused as located problems (above); these all hold a word.
  const wordy = PAYLOADS.filter((p) => /[a-z]/i.test(p));
  const config = JSON.stringify({ terms: [{ use: 'sign in', instead: ['login', ...wordy] }], allow: wordy, contentFolders: ['posts'] });
  const terms = 'terms:\n' + wordy.map((p) => `  - { avoid: [${JSON.stringify(p)}] }`).join('\n') + '\n';
  assert.deepEqual(parseTermsYaml(terms).problems.filter((p) => p.severity === 'error'), []);
  const memory = workspace(config, terms);
  // As regular expressions, (a+)+$ and a{1,99999} would match "aaaa"; as the plain words they are, they do not.
  memory.put('/ws/posts/a.md', post('title: A', 'Please login first. We saw aaaa and xyz there.\n'));
  const { fs, calls } = instrumented(memory);
  const r = await run(fs, ['lint', '--format', 'json']);
  assertInside(calls, 'lint');
  assertNoCodeRan('lint');
  const files = (JSON.parse(r.out) as { files: Array<{ path: string; diagnostics: Array<{ rule: string; message: string }> }> }).files;
  assert.deepEqual(files.map((f) => f.path), ['posts/a.md']);
  const term = files[0]!.diagnostics.filter((d) => d.rule === 'term').map((d) => d.message);
  assert.ok(term.some((m) => m.includes('sign in')), `login is flagged: ${term.join(' | ')}`);
  assert.deepEqual(term, ["Use 'sign in' instead of 'login' (house term)."], 'no entry acted as a pattern');
});

test('prototype keys in the config are data: unknown keys are reported, nothing is set on a prototype', () => {
  const { config, problems } = parseConfig(HOSTILE_CONFIG);
  assertNoCodeRan('parseConfig');
  assert.equal(Object.getPrototypeOf(config.rules), Object.prototype);
  assert.equal(Object.getPrototypeOf(config), Object.prototype);
  assert.equal(config.rules['long-sentence']!.options.max, 30);
  assert.equal(Object.getPrototypeOf(config.cfp), Object.prototype, 'a CFP event named __proto__ is an event, not a prototype');
  assert.deepEqual(Object.keys(config.cfp).sort(), ['__proto__', 'constructor']);
  const messages = problems.map((p) => p.message);
  for (const expected of [/^Unknown setting "__proto__"/, /^Unknown rule "__proto__"/, /^Unknown rule "constructor"/, /^Unknown option "__proto__" for "long-sentence"/, /^Unknown option "constructor" for "long-sentence"/, /^Unknown option "toString" for "long-sentence"/]) {
    assert.ok(messages.some((m) => expected.test(m)), `${expected}: ${messages.join(' | ')}`);
  }
  const yaml = parseTermsYaml(hostileTerms(5));
  assertNoCodeRan('parseTermsYaml');
  assert.ok(yaml.terms.length >= 5);
  for (const t of yaml.terms) assert.equal(Object.getPrototypeOf(t), Object.prototype);
});

/** Best of `n` runs (ms): the least disturbed by the other processes on the machine. */
async function fastest(n: number, f: () => Promise<unknown>): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await f();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

test('time is linear in the size of the config and the terms list (4× the entries: well under 16× the time)', async (t) => {
  const body = 'We login to the system and check the whitelist before we ship the release to users.\n\n'.repeat(200);
  const sized = (n: number): MemoryFs => {
    const entries = Array.from({ length: n }, (_, i) => ({ use: `term ${i}`, instead: [`(a+)+$ ${i}`, `old term ${i}`, `__proto__${i}`] }));
    const terms = 'terms:\n' + entries.map((e) => `  - { avoid: ${JSON.stringify(e.instead)} }`).join('\n') + '\n';
    const memory = workspace(JSON.stringify({ terms: entries, allow: entries.map((e) => e.use) }), terms);
    memory.put('/ws/posts/a.md', post('title: A', body));
    return memory;
  };
  const small = sized(2_000);
  const large = sized(8_000);
  const lint = async (memory: MemoryFs): Promise<void> => {
    const r = await run(memory, ['lint', '--format', 'json']);
    assert.equal(r.code === 0 || r.code === 1, true, r.err.slice(0, 300));
  };
  await lint(small); // warm up the engine
  const t1 = await fastest(3, () => lint(small));
  const t4 = await fastest(3, () => lint(large));
  const ratio = t4 / t1;
  t.diagnostic(`2,000 entries: ${t1.toFixed(0)} ms; 8,000 entries: ${t4.toFixed(0)} ms; ratio ${ratio.toFixed(2)}`);
  // Linear is about 4; quadratic would be about 16. Loose, for a loaded machine (GC grows with the heap): below 12.
  assert.ok(ratio < 12, `4× the entries took ${ratio.toFixed(1)}× the time (${t1.toFixed(0)} ms → ${t4.toFixed(0)} ms)`);
});
