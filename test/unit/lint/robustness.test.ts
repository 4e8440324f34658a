import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, computeMetrics, applyFixes, defaultConfig } from '../../../src/core/lint/index';
import type { LecternConfig } from '../../../src/core/config-types';

/** Every rule on, so every rule meets the bad input. */
function everything(): LecternConfig {
  const c = defaultConfig();
  for (const s of Object.values(c.rules)) if (s.severity === 'off') s.severity = 'info';
  return c;
}

function isLowSurrogate(text: string, offset: number): boolean {
  const c = text.charCodeAt(offset);
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Lints, then checks every range and edit: inside the text, ordered, never splitting a surrogate pair. */
function check(text: string): number {
  const result = lintText(text, everything());
  const ranges = result.findings.flatMap((f) => [f.range, ...(f.fix?.edits ?? []).map((e) => e.range),
    ...(f.suggestions ?? []).flatMap((s) => s.edits.map((e) => e.range))]);
  for (const p of result.problems) ranges.push(p.range);
  for (const r of ranges) {
    assert.ok(r.start >= 0 && r.end <= text.length && r.start <= r.end, `range ${JSON.stringify(r)} of ${text.length}`);
    assert.ok(!isLowSurrogate(text, r.start) && !isLowSurrogate(text, r.end), `range ${JSON.stringify(r)} splits a surrogate pair`);
  }
  for (let i = 1; i < result.findings.length; i++) assert.ok(result.findings[i - 1]!.range.start <= result.findings[i]!.range.start, 'sorted');
  computeMetrics(text);
  applyFixes(text, result.findings.flatMap((f) => (f.fix ? [f.fix] : [])));
  return result.findings.length;
}

const CASES: Record<string, string> = {
  'empty file': '',
  'only spaces and newlines': '  \n\n \t\n',
  'front matter only': '---\ntitle: A post\n---\n',
  'front matter without a line break at the end': '---\ntitle: A post\n---',
  'unterminated front matter': '---\ntitle: A post\nthe the was written\n',
  'unterminated code fence': 'Intro was written.\n\n```js\nthe the was written\n\nmore the the\n',
  'CRLF line ends': '# Title\r\n\r\nThe bug was fixed by the the team.\r\nIt took a hour!!\r\n\r\n- an user\r\n',
  'lone CR line ends': '# Title\r\rThe bug was fixed by the the team.\rIt took a hour!!\r\r- an user\r',
  'BOM': '\uFEFF# Title\n\nThe bug was fixed by the the team.\n',
  'BOM and front matter': '\uFEFF---\ntitle: x\n---\nThe the end.\n',
  'tabs': '#\tTitle\n\n\tThe bug was\tfixed by the\tthe team.\n\n-\tan user\n\n\t\tcode was written\n',
  'emoji and surrogate pairs': '# 🚀 Launch\n\n🎉 The the 🎉 bug was fixed 😀. It took a 🕐 hour!! 𝒜 an 𠀀 user. 👍🏽👍🏽\n',
  'Chinese': '# 标题\n\n这是一个很长的句子，我们在这里测试中文文本的处理是否正常。第二句话！第三句话？\n\n中文和 English 混合的 the the 句子。\n',
  'only markup': '***\n\n---\n\n> \n\n- \n\n| |\n|-|\n',
  'unclosed constructs': 'An `unclosed code span and a [link that (never closes and <b unclosed tag and $math\n',
  'deeply nested quotes and lists': '> > > - > - the the was written\n> > > - > - an user\n',
  'HTML comment never closed': '<!-- lectern-disable\n\nthe the was written\n',
  'directive with unknown rules': '<!-- lectern-disable nope also-nope -->\nthe the\n<!-- lectern-enable -->\n',
  'setext heading and hard breaks': 'The the title\n===\n\nLine one was written  \nline two\\\nline three\n',
};

for (const [name, text] of Object.entries(CASES)) {
  test(`bad input never throws and ranges stay inside: ${name}`, () => {
    check(text);
  });
}

test('a single 1 MB line', () => {
  const sentence = 'The the report was written by a hour team, obviously!! ';
  const text = sentence.repeat(Math.ceil(1_000_000 / sentence.length));
  assert.ok(text.length >= 1_000_000);
  assert.ok(check(text) > 1000);
});

test('a 1 MB line with no spaces and no sentence end', () => {
  check('a'.repeat(1_000_000));
  check('`'.repeat(100_000) + '*'.repeat(100_000) + '['.repeat(100_000) + '<'.repeat(100_000) + '$'.repeat(100_000));
});

// Inputs that make naive scanners quadratic (each unclosed construct searching to the end). No timing assertion: a
// quadratic scan would take minutes here and the test runner's timeout would catch it.
const PATHOLOGICAL: Record<string, string> = {
  'unclosed link destinations': 'x](y '.repeat(40000),
  'unclosed parentheses': '](('.repeat(60000),
  'unclosed comments': '<!-- '.repeat(40000),
  'unclosed comments in a paragraph': 'a <!-- '.repeat(30000),
  'backtick runs': '`a``b'.repeat(40000),
  'reference brackets': '][a '.repeat(50000),
  'display math openers': 'a $$ b '.repeat(30000),
  'a 20,000-row table': '|a|b|\n|-|-|\n'.repeat(10000),
};
for (const [name, text] of Object.entries(PATHOLOGICAL)) {
  test(`pathological input stays linear: ${name}`, () => {
    check(text);
  });
}

test('CRLF, CR and LF versions of a document give the same findings on the same words', () => {
  const lf = '# Title\n\nThe bug was fixed by the the team.\nIt took a hour.\n\n- an user\n';
  const crlf = lf.replace(/\n/g, '\r\n');
  const cr = lf.replace(/\n/g, '\r');
  const words = (t: string) => lintText(t).findings.map((f) => [f.rule, t.slice(f.range.start, f.range.end).replace(/\r\n?/g, '\n')]);
  assert.deepEqual(words(crlf), words(lf));
  assert.deepEqual(words(cr), words(lf));
  assert.ok(words(lf).length >= 4);
});

test('emoji before a finding: the range is in UTF-16 code units', () => {
  const text = '🚀🚀 It took a hour.';
  const f = lintText(text).findings.find((x) => x.rule === 'article')!;
  assert.deepEqual(f.range, { start: 13, end: 19 });
  assert.equal(text.slice(f.range.start, f.range.end), 'a hour');
});
