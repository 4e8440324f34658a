import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, applyFixes } from '../../../src/core/lint/index';
import { only, spans } from './helpers';

function run(id: string, text: string, options?: Record<string, unknown>) {
  const config = only(id);
  if (options) config.rules[id]!.options = { ...config.rules[id]!.options, ...options };
  return lintText(text, config).findings;
}

test('long-sentence: the whole sentence, > max words', () => {
  const long = 'One two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five twenty-six.';
  const text = `Short one. ${long} Short again.`;
  const f = run('long-sentence', text);
  assert.deepEqual(f.map((x) => x.range), [{ start: 11, end: 11 + long.length }]);
  assert.equal(f[0]!.message, 'This sentence has 26 words (more than 25). Split it.');
  assert.equal(f[0]!.severity, 'warning');
  assert.deepEqual(run('long-sentence', text, { max: 30 }), []);
  // Abbreviations, decimals and versions do not end a sentence; 25 words exactly is fine.
  const tricky = 'We compared v1.2.3 and v2.0 (e.g. the 3.5 build) vs. the old one, i.e. Dr. Smith\'s fork, and found it was 2.5 times faster than anything else we tried.';
  assert.deepEqual(spans(tricky, run('long-sentence', tricky)), [['long-sentence', tricky]]);
  assert.deepEqual(run('long-sentence', 'A b c d e f g h i j k l m n o p q r s t u v w x y.'), []);
});

test('passive-voice: from the form of be to the participle, irregulars, adverbs between', () => {
  const text = 'The bug was quickly fixed. The tests are being rewritten. Mistakes were made. It has been written by Ana.';
  assert.deepEqual(spans(text, run('passive-voice', text)), [
    ['passive-voice', 'was quickly fixed'], ['passive-voice', 'are being rewritten'], ['passive-voice', 'were made'], ['passive-voice', 'been written'],
  ]);
  const f = run('passive-voice', 'The bug was fixed.');
  assert.deepEqual(f[0]!.range, { start: 8, end: 17 });
  assert.equal(f[0]!.message, "'was fixed' is passive voice; say who does it.");
  // Adjectival participles and look-alikes.
  for (const ok of ['I was tired.', 'We are excited.', 'She is interested in Rust.', 'They were married in May.', 'The deploy is done.',
    'He is used to it.', 'The need is real.', 'It was red.', 'We are based in Oslo.']) {
    assert.deepEqual(run('passive-voice', ok), [], ok);
  }
  assert.deepEqual(spans('The deploy is done by CI.', run('passive-voice', 'The deploy is done by CI.')), [['passive-voice', 'is done']]);
});

test('repeated-word: range covers both words, the fix removes the second one', () => {
  const text = 'Restart the the server.\nThen then\nrun it.';
  const f = run('repeated-word', text);
  assert.deepEqual(spans(text, f), [['repeated-word', 'the the'], ['repeated-word', 'Then then']]);
  assert.equal(f[0]!.severity, 'error');
  assert.deepEqual(f[0]!.fix, { title: "Remove the second 'the'", titleId: 'fix.removeSecond', data: { word: 'the' }, edits: [{ range: { start: 11, end: 15 }, newText: '' }] });
  assert.equal(applyFixes(text, f.map((x) => x.fix!)).text, 'Restart the server.\nThen\nrun it.');
  assert.deepEqual(run('repeated-word', 'We had had enough. What it is is fine. 1 1 2. The, the end.'), []);
  // Markup between the words does not hide a repetition.
  const md = 'Restart the **the** server.';
  assert.deepEqual(spans(md, run('repeated-word', md)), [['repeated-word', 'the **the']]);
});

test('article: by sound, with the fix keeping the case', () => {
  const cases: Array<[string, string | null]> = [
    ['It took a hour.', 'an'], ['It took an hour.', null], ['Ask an user.', 'a'], ['Ask a user.', null],
    ['Add a index.', 'an'], ['Ship a MVP.', 'an'], ['Ship an MVP.', null], ['Open an URL.', 'a'], ['Open a URL.', null],
    ['An one-off script.', 'A'], ['A one-off script.', null], ['An European team.', 'A'], ['A unicorn.', null],
    ['An unicorn.', 'A'], ['An unusual bug.', null], ['A unusual bug.', 'An'], ['A honest mistake.', 'An'],
    ['Use an SQL query.', null], ['Use a SQL query.', null], ['A JSON file.', null], ['An JSON file.', 'A'],
    ['An HTTP call.', null], ['A HTTP call.', 'An'], ['A UI test.', null], ['An 8-core box.', null], ['A 8-core box.', 'An'],
    ['An 11-page spec.', null], ['A 10-page spec.', null], ['Option A is good.', null], ['Plan A and plan B.', null],
    ['A European.', null], ['An FAQ.', null], ['A FAQ.', null], ['An x-ray.', null], ['A user.', null],
    ['An x86 port.', null], ['A x86 port.', 'An'], ['An MSRV-aware resolver.', null], ['A MSRV-aware resolver.', 'An'],
    ['An npm package.', null], ['A REPL session.', null], ['Say a is 1 and a in b.', null], ['A LOT of work.', null],
    ['An S3 bucket.', null], ['A S3 bucket.', 'An'], ['A MIT license.', null], ['An API.', null], ['A API.', 'An'],
  ];
  for (const [text, want] of cases) {
    const f = run('article', text);
    if (want === null) { assert.deepEqual(f, [], text); continue; }
    assert.equal(f.length, 1, text);
    assert.equal(f[0]!.fix!.edits[0]!.newText, want, text);
    assert.equal(applyFixes(text, [f[0]!.fix!]).applied, 1);
  }
  const text = 'It took a hour.';
  const f = run('article', text)[0]!;
  assert.deepEqual(f.range, { start: 8, end: 14 });
  assert.deepEqual(f.fix!.edits, [{ range: { start: 8, end: 9 }, newText: 'an' }]);
  assert.equal(f.message, "Use 'an' before 'hour' (it starts with a vowel sound).");
});

test('there-is: only at the start of a sentence', () => {
  const text = 'There are three services. Is there a way? We went there. There\'s a bug. There were two.';
  assert.deepEqual(spans(text, run('there-is', text)), [['there-is', 'There are'], ['there-is', "There's"], ['there-is', 'There were']]);
  assert.equal(run('there-is', text)[0]!.severity, 'info');
  assert.deepEqual(run('there-is', '- There is a list item.\n').map((f) => f.range), [{ start: 2, end: 10 }]);
});

test('undefined-acronym: first use before a definition; definitions in both orders; allow lists; headings', () => {
  const text = 'Our SRE team is small. The SRE rota is hard. Site Reliability Engineering (SRE) is a job.';
  const f = run('undefined-acronym', text);
  assert.deepEqual(spans(text, f), [['undefined-acronym', 'SRE']]);
  assert.deepEqual(f[0]!.range, { start: 4, end: 7 });
  assert.deepEqual(run('undefined-acronym', 'Site Reliability Engineering (SRE) is a job. The SRE team is small.'), []);
  assert.deepEqual(run('undefined-acronym', 'SRE (Site Reliability Engineering) is a job. SREs like it.'), []);
  assert.deepEqual(run('undefined-acronym', 'SRE stands for Site Reliability Engineering.'), []);
  assert.deepEqual(run('undefined-acronym', 'The API returns JSON over HTTPS to the CLI. Chapter IV. Version 2 of HTML5.'), []);
  assert.deepEqual(run('undefined-acronym', 'The SRE team.', { allow: ['SRE'] }), []);
  const config = only('undefined-acronym');
  config.allow = ['sre'];
  assert.deepEqual(lintText('The SRE team.', config).findings, []);
  // A heading may name the topic before the body defines it.
  assert.deepEqual(run('undefined-acronym', '# Why SRE\n\nSite Reliability Engineering (SRE) is a job.\n'), []);
  // Each acronym is reported once; plurals count as the acronym.
  const twice = 'The TLAs matter. The TLA is 99.9%. The DORA metrics too.';
  assert.deepEqual(spans(twice, run('undefined-acronym', twice)), [['undefined-acronym', 'TLAs'], ['undefined-acronym', 'DORA']]);
});

test('exclamation: "!!" always, and every "!" after the second in the post', () => {
  const text = '# Hi!\n\nIt works!! It is fast! Really!\n\nSee `a != b` and ![img](x.png).\n\nDone!\n';
  const f = run('exclamation', text);
  const fast = text.indexOf('fast!') + 4;
  const really = text.indexOf('Really!') + 6;
  const done = text.indexOf('Done!') + 4;
  assert.deepEqual(f.map((x) => [x.range.start, x.range.end]), [[15, 17], [fast, fast + 1], [really, really + 1], [done, done + 1]]);
  assert.equal(f[0]!.message, "'!!': one exclamation mark is enough (or none).");
  assert.equal(f[1]!.message, 'Exclamation mark number 4 in this post (more than 2); let the content carry the emphasis.');
  assert.deepEqual(run('exclamation', 'One! Two!'), []);
  assert.equal(run('exclamation', 'One! Two! Three!', { max: 3 }).length, 0);
});

test('long-paragraph: > max words, range is the first sentence; headings, tables and Chinese are not judged', () => {
  const para = Array.from({ length: 31 }, (_, i) => `Sentence ${i} has five words.`).join(' ');
  const f = run('long-paragraph', `# Title\n\n${para}\n`);
  assert.equal(f.length, 1);
  assert.deepEqual(f[0]!.range, { start: 9, end: 9 + 'Sentence 0 has five words.'.length });
  assert.equal(f[0]!.message, 'This paragraph has 155 words (more than 150). Split it where the topic shifts.');
  assert.deepEqual(run('long-paragraph', para, { max: 200 }), []);
  assert.deepEqual(run('long-paragraph', '中文'.repeat(400) + '。'), []);
});

test('heading-distance: once per section, at the sentence that crosses the limit', () => {
  const para = (n: number) => Array.from({ length: n }, (_, i) => `Line ${i} has five words.`).join(' ');
  const text = `# A\n\n${para(50)}\n\n${para(20)}\n\n## B\n\n${para(10)}\n`;
  const f = run('heading-distance', text);
  assert.equal(f.length, 1);
  const second = text.indexOf('\n\n' + para(20) + '\n\n') + 2;
  // 250 words in the first paragraph, so the 11th sentence of the second one (words 301–305) crosses 300.
  const crossing = second + para(10).length + 1;
  assert.deepEqual(f[0]!.range, { start: crossing, end: crossing + 'Line 10 has five words.'.length });
  assert.deepEqual(run('heading-distance', text, { max: 400 }), []);
});

test('readability: paragraphs over the target grade; short paragraphs not judged', () => {
  const hard = 'Consequently, organizational infrastructure modernization initiatives necessitate comprehensive evaluation of interdependent architectural considerations. Institutionalized documentation methodologies additionally necessitate considerable organizational investment, particularly regarding operational sustainability and institutional accountability across heterogeneous technological environments. Contemporaneous organizational restructuring complicates implementation. Interdisciplinary collaboration necessitates institutionalized communication infrastructure.';
  const f = run('readability', hard);
  assert.equal(f.length, 1);
  assert.deepEqual(spans(hard, f), [['readability', hard.slice(0, hard.indexOf('.') + 1)]]);
  assert.match(f[0]!.message, /^This paragraph reads at grade \d+\.\d \(target 12\)\./);
  assert.deepEqual(run('readability', hard, { target: 80 }), []);
  assert.deepEqual(run('readability', 'Consequently, organizational infrastructure modernization initiatives necessitate evaluation.'), []);
});

test('undefined-acronym: Chinese sentences are not judged, Chinese-style definitions count', () => {
  assert.deepEqual(run('undefined-acronym', '我们的 QPS 很高。'), []);
  assert.deepEqual(run('undefined-acronym', '每秒查询率（QPS）很重要。The QPS doubled.'), []);
  assert.deepEqual(spans('The QPS doubled.', run('undefined-acronym', 'The QPS doubled.')), [['undefined-acronym', 'QPS']]);
});
