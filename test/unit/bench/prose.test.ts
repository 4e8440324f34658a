import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProseDrafts, growthExponent, proseBlocks, stats } from '../../../bench/prose';
import { computeMetrics } from '../../../src/core/lint/index';

const post = [
  '---', 'title: "A post"', 'tags: [a, b]', '---', '',
  '# The heading stays', '',
  'The first paragraph stays,', 'with its second line.', '',
  '```go', 'func main() { fmt.Println("code goes") }', '```', '',
  '    indented code goes', '',
  '<div class="note">', 'html goes', '</div>', '',
  '| a | table |', '|---|---|', '| goes | too |', '',
  '{{< figure src="x.png" >}}', '',
  '- a list item stays', '- and another', '',
  '> A quote stays.', '',
  '[ref]: https://example.com/goes',
].join('\n');

test('real-prose drafts keep paragraphs, headings, lists and quotes, and drop front matter, code, HTML, tables and shortcodes', () => {
  const blocks = proseBlocks(post);
  assert.deepEqual(blocks, [
    '# The heading stays',
    'The first paragraph stays,\nwith its second line.',
    '- a list item stays\n- and another',
    '> A quote stays.',
  ]);
  assert.deepEqual(proseBlocks('+++\ntitle = "toml"\n+++\nBody text.\n'), ['Body text.']);
});

test('drafts reach their size in prose words as Lectern counts them, repeating the folder only when it runs out', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lectern-prose-'));
  try {
    writeFileSync(join(dir, 'a.md'), post);
    const count = (t: string) => computeMetrics(t).words;
    const [small, large] = buildProseDrafts(dir, dir, [10, 200], count);
    assert.ok(small!.words >= 10 && !small!.label.includes('repeated'), `${small!.words} words: ${small!.label}`);
    assert.ok(large!.words >= 200 && large!.label.includes('repeated'), `${large!.words} words: ${large!.label}`);
    assert.ok(!readFileSync(large!.file, 'utf8').includes('code goes'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('medians with min and max, and the growth exponent (1 = linear)', () => {
  assert.deepEqual(stats([5, 1, 3, 2]), { median: 2.5, min: 1, max: 5, n: 4 });
  assert.equal(Math.round(growthExponent(10, 1_000, 1_000, 100_000) * 100) / 100, 1);
  assert.equal(growthExponent(50, 1_000, 50, 100_000), 0);
});
