import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../../src/core/lint/index';

// docs/hand-judged.tsv: verdicts on a seeded sample of corpus findings (scripts/sample-findings.mjs). It must keep
// only ids, verdicts and short notes in the judge's own words: no text of the posts.
const root = join(__dirname, '../../../..');

test('hand-judged verdicts: rule, post, offset, ok|wrong and a short note; wrong ones say why', () => {
  const ids = new Set(rules.map((r) => r.id));
  const lines = readFileSync(join(root, 'docs/hand-judged.tsv'), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
  assert.ok(lines.length >= 200, `${lines.length} verdicts`);
  const seen = new Set<string>();
  for (const line of lines) {
    const [rule, file, offset, verdict, note, ...rest] = line.split('\t');
    assert.equal(rest.length, 0, line);
    assert.ok(ids.has(rule!), `unknown rule in: ${line}`);
    assert.match(file!, /\.(md|markdown|mdx)$/, line);
    assert.match(offset!, /^\d+$/, line);
    assert.ok(verdict === 'ok' || verdict === 'wrong', line);
    if (verdict === 'wrong') assert.ok(note && note.length > 10, `a wrong verdict says why: ${line}`);
    assert.ok((note ?? '').length <= 120, `notes are short paraphrases: ${line}`);
    const key = `${rule} ${file} ${offset}`;
    assert.ok(!seen.has(key), `judged twice: ${key}`);
    seen.add(key);
  }
});

test('sample-findings: without a corpus it says how to pass one and exits 2', () => {
  const r = spawnSync(process.execPath, [join(root, 'scripts/sample-findings.mjs'), join(root, 'no-such-corpus')], { encoding: 'utf8' });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no such folder.*not part of the repository/);
});
