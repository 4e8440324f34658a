/**
 * The word-list rules (simpler-word, weasel-word, hedge, condescending, cliche, nominalization, inclusive-language):
 * their data tables, exact ranges, fixes that keep capitalisation and grammar, exceptions, allow lists, and the
 * retext-equality mapping back to source offsets.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFixes, defaultConfig, lintText, parseConfig } from '../../../src/core/lint/index';
import { phraseWords } from '../../../src/core/lint/tokenize';
import type { ExistenceEntry, SubstitutionEntry } from '../../../src/core/lint/data/types';
import { simplerWords } from '../../../src/core/lint/data/simpler-word';
import { weaselWords } from '../../../src/core/lint/data/weasel-word';
import { hedges } from '../../../src/core/lint/data/hedge';
import { condescendingWords } from '../../../src/core/lint/data/condescending';
import { cliches } from '../../../src/core/lint/data/cliche';
import { nominalizations } from '../../../src/core/lint/data/nominalization';
import type { Finding } from '../../../src/core/lint/types';
import { only, providers, spans } from './helpers';

const TABLES: Record<string, readonly (ExistenceEntry | SubstitutionEntry)[]> = {
  'simpler-word': simplerWords,
  'weasel-word': weaselWords,
  hedge: hedges,
  condescending: condescendingWords,
  cliche: cliches,
  nominalization: nominalizations,
};
const WORDLIST_IDS = Object.keys(TABLES);

function lint(text: string, ...ids: string[]): Finding[] {
  return lintText(text, only(...ids), providers).findings;
}

/** Applies every finding's automatic fix. */
function fixAll(text: string, ...ids: string[]): string {
  return applyFixes(text, lint(text, ...ids).flatMap((f) => (f.fix ? [f.fix] : []))).text;
}

// ── Data tables ──────────────────────────────────────────────────────────────────────────────────────────────────

test('table sizes: simpler-word ≥ 150 entries, cliche ≥ 60 entries', () => {
  assert.ok(simplerWords.length >= 150, `simpler-word has ${simplerWords.length}`);
  assert.ok(cliches.length >= 60, `cliche has ${cliches.length}`);
  for (const [id, table] of Object.entries(TABLES)) assert.ok(table.length >= 10, id);
});

test('every phrase tokenizes to words, and every exception contains one of its phrases (or it would never apply)', () => {
  for (const [id, table] of Object.entries(TABLES)) {
    for (const entry of table) {
      const phrases = entry.match.map(phraseWords);
      for (const [i, p] of phrases.entries()) assert.ok(p.length > 0, `${id}: '${entry.match[i]}' has no words`);
      for (const ex of entry.except ?? []) {
        const exWords = phraseWords(ex);
        const contains = phrases.some((p) => exWords.some((_, j) => p.every((w, k) => exWords[j + k] === w)));
        assert.ok(contains, `${id}: exception '${ex}' contains none of ${JSON.stringify(entry.match)}`);
      }
      if ('replace' in entry) assert.ok(entry.replace.length > 0, `${id}: ${entry.match[0]} has no replacement`);
    }
  }
});

test('no phrase is listed twice, within a table or across tables', () => {
  const seen = new Map<string, string>();
  for (const [id, table] of Object.entries(TABLES)) {
    for (const entry of table) {
      for (const phrase of entry.match) {
        const key = phraseWords(phrase).join(' ');
        assert.ok(!seen.has(key), `'${phrase}' is in ${seen.get(key)} and ${id}`);
        seen.set(key, id);
      }
    }
  }
});

test('every phrase, said on its own, is flagged by its own rule and by no other word-list rule', () => {
  for (const [id, table] of Object.entries(TABLES)) {
    for (const entry of table) {
      for (const phrase of entry.match) {
        const text = `${phrase[0]!.toUpperCase()}${phrase.slice(1)}.`;
        const fired = new Set(lint(text, ...WORDLIST_IDS).map((f) => f.rule));
        assert.deepEqual([...fired], [id], `'${text}'`);
      }
    }
  }
});

// ── simpler-word ─────────────────────────────────────────────────────────────────────────────────────────────────

test('simpler-word: exact range, message and fix', () => {
  const text = 'We utilize a queue.';
  const [f, ...rest] = lint(text, 'simpler-word');
  assert.equal(rest.length, 0);
  assert.equal(f!.rule, 'simpler-word');
  assert.equal(f!.severity, 'warning');
  assert.deepEqual(f!.range, { start: 3, end: 10 });
  assert.equal(f!.message, "Use 'use' instead of 'utilize'.");
  assert.deepEqual(f!.fix, { title: "Replace with 'use'", titleId: 'fix.replace', data: { replacement: 'use' }, edits: [{ range: { start: 3, end: 10 }, newText: 'use' }] });
  assert.equal(fixAll(text, 'simpler-word'), 'We use a queue.');
});

test('simpler-word: fixes keep capitalisation and inflection', () => {
  assert.equal(fixAll('Utilize the cache.', 'simpler-word'), 'Use the cache.');
  assert.equal(fixAll('UTILIZE the cache.', 'simpler-word'), 'USE the cache.');
  assert.equal(fixAll('In order to ship, we cut scope.', 'simpler-word'), 'To ship, we cut scope.');
  assert.equal(fixAll('The team is utilizing caches and utilized queues.', 'simpler-word'),
    'The team is using caches and used queues.');
  assert.equal(fixAll('It commenced prior to noon.', 'simpler-word'), 'It started before noon.');
  assert.equal(fixAll('She possesses two keys.', 'simpler-word'), 'She has two keys.');
});

test('simpler-word: a phrase split across a line break or emphasis still matches, with the exact source range', () => {
  const text = 'We paused in\norder to **prior** checks.';
  assert.deepEqual(spans(text, lint(text, 'simpler-word')), [['simpler-word', 'in\norder to']]);
  const emphasised = 'Read it *prior to* the upgrade.';
  const [f] = lint(emphasised, 'simpler-word');
  assert.equal(emphasised.slice(f!.range.start, f!.range.end), 'prior to');
});

test('simpler-word: unsafe entries offer suggestions but no automatic fix', () => {
  const text = 'The test demonstrated the leak.';
  const [f] = lint(text, 'simpler-word');
  assert.equal(f!.fix, undefined);
  assert.deepEqual(f!.suggestions?.map((s) => s.edits[0]!.newText), ['showed', 'shown']);
  assert.equal(fixAll(text, 'simpler-word'), text);
});

test('simpler-word: the longest phrase wins ("an additional" → "another", not "additional")', () => {
  const text = 'We added an additional server.';
  assert.deepEqual(spans(text, lint(text, 'simpler-word')), [['simpler-word', 'an additional']]);
  assert.equal(fixAll(text, 'simpler-word'), 'We added another server.');
});

test('simpler-word: exceptions keep the noun "attempt to" and "order of magnitude" quiet', () => {
  assert.deepEqual(lint('Our first attempt to shard failed.', 'simpler-word'), []);
  assert.deepEqual(lint('It is an order of magnitude faster.', 'simpler-word'), []);
  assert.deepEqual(spans('The agent attempts to reconnect.', lint('The agent attempts to reconnect.', 'simpler-word')),
    [['simpler-word', 'attempts to']]);
});

test('word lists never look inside code, URLs or HTML', () => {
  const text = 'Run `utilize()` or see [docs](https://x.test/utilize/very/just) and <span title="very">ok</span>.';
  assert.deepEqual(lint(text, ...WORDLIST_IDS), []);
  const fenced = '```\nWe utilize very simple code.\n```\n';
  assert.deepEqual(lint(fenced, ...WORDLIST_IDS), []);
});

test('allow lists: the config-wide list and the rule option both silence a phrase', () => {
  const text = 'We utilize a queue and facilitate reviews.';
  const viaConfig = parseConfig('{ "allow": ["utilize"] }').config;
  assert.deepEqual(lintText(text, viaConfig).findings.filter((f) => f.rule === 'simpler-word').map((f) => text.slice(f.range.start, f.range.end)),
    ['facilitate']);
  const viaOption = parseConfig('{ "rules": { "simpler-word": ["warning", { "allow": ["facilitate"] }] } }').config;
  assert.deepEqual(lintText(text, viaOption).findings.filter((f) => f.rule === 'simpler-word').map((f) => text.slice(f.range.start, f.range.end)),
    ['utilize']);
});

// ── weasel-word ──────────────────────────────────────────────────────────────────────────────────────────────────

test('weasel-word: info severity; the fix deletes the word and one space', () => {
  const text = 'The parser is very fast.';
  const [f] = lint(text, 'weasel-word');
  assert.equal(f!.severity, 'info');
  assert.deepEqual(f!.range, { start: 14, end: 18 });
  assert.equal(fixAll(text, 'weasel-word'), 'The parser is fast.');
  assert.equal(fixAll('Really good results.', 'weasel-word'), 'Good results.');
});

test('weasel-word: exceptions where deleting would change the meaning', () => {
  for (const ok of ['We rewrote quite a few modules.', 'That is the very first commit.', 'We chose Go rather than C.',
    'It is not quite done.', 'The panel is absolutely positioned.', 'I did not really mean it.']) {
    assert.deepEqual(lint(ok, 'weasel-word'), [], ok);
  }
});

// ── hedge ────────────────────────────────────────────────────────────────────────────────────────────────────────

test('hedge: adverbial "kind of" is a hedge, the noun "kind of" is not', () => {
  const text = 'The build is kind of slow.';
  assert.deepEqual(spans(text, lint(text, 'hedge')), [['hedge', 'kind of']]);
  assert.equal(lint(text, 'hedge')[0]!.fix, undefined);
  for (const ok of ['This kind of bug is rare.', 'What sort of tests do you write?', 'A new kind of index.']) {
    assert.deepEqual(lint(ok, 'hedge'), [], ok);
  }
  const multi = 'I think it is probably fine.';
  assert.deepEqual(spans(multi, lint(multi, 'hedge')), [['hedge', 'I think'], ['hedge', 'probably']]);
});

// ── condescending ────────────────────────────────────────────────────────────────────────────────────────────────

test('condescending: "just" meaning merely is flagged, other senses are not', () => {
  const text = 'Just add a flag.';
  const [f] = lint(text, 'condescending');
  assert.equal(f!.severity, 'warning');
  assert.deepEqual(f!.range, { start: 0, end: 4 });
  for (const ok of ['It was a just cause.', 'The build finished just now.', 'It landed just before lunch.',
    'It works just as well.', 'We have just shipped it.', 'It takes just over a minute.', 'A fair and just process.',
    'It is not just about speed.']) {
    assert.deepEqual(lint(ok, 'condescending'), [], ok);
  }
});

test('condescending: negations are fine, claims of ease are not', () => {
  assert.deepEqual(spans('Setup is easy.', lint('Setup is easy.', 'condescending')), [['condescending', 'easy']]);
  for (const ok of ['This is not easy.', 'Writing a parser is non-trivial.', 'It was not obvious.',
    'Write clearly.', 'Naturally occurring errors.']) {
    assert.deepEqual(lint(ok, 'condescending'), [], ok);
  }
  const text = 'Of course, simply restart it.';
  assert.deepEqual(spans(text, lint(text, 'condescending')), [['condescending', 'Of course'], ['condescending', 'simply']]);
});

// ── cliche ───────────────────────────────────────────────────────────────────────────────────────────────────────

test('cliche: hyphenated and spaced spellings, with the note in the message', () => {
  const a = 'It is the low-hanging fruit.';
  const b = 'It is the low hanging fruit.';
  assert.deepEqual(spans(a, lint(a, 'cliche')), [['cliche', 'low-hanging fruit']]);
  assert.deepEqual(spans(b, lint(b, 'cliche')), [['cliche', 'low hanging fruit']]);
  assert.equal(lint(a, 'cliche')[0]!.message, "'low-hanging fruit' is a cliché: name the easy win.");
  assert.equal(lint(a, 'cliche')[0]!.fix, undefined);
});

// ── nominalization ───────────────────────────────────────────────────────────────────────────────────────────────

test('nominalization: info, suggestion only, tense kept', () => {
  const text = 'We made a decision to stop.';
  const [f] = lint(text, 'nominalization');
  assert.equal(f!.severity, 'info');
  assert.equal(text.slice(f!.range.start, f!.range.end), 'made a decision');
  assert.equal(f!.fix, undefined);
  assert.deepEqual(f!.suggestions?.map((s) => s.edits[0]!.newText), ['decided']);
  const present = 'Teams make a decision weekly.';
  assert.deepEqual(lint(present, 'nominalization')[0]!.suggestions?.map((s) => s.edits[0]!.newText), ['decide']);
  assert.deepEqual(lint('We decided to stop.', 'nominalization'), []);
});

// ── inclusive-language ───────────────────────────────────────────────────────────────────────────────────────────

test('inclusive-language: off by default', () => {
  assert.deepEqual(lintText('Hey guys, the whitelist is ready.', defaultConfig()).findings.filter((f) => f.rule === 'inclusive-language'), []);
});

test('inclusive-language: exact source ranges through Markdown, with suggestions and no automatic fix', () => {
  const text = '# Notes\n\n**Hey** [guys](https://x.test/guys), add it to the *whitelist* now.\n';
  const found = lint(text, 'inclusive-language');
  assert.deepEqual(spans(text, found), [['inclusive-language', 'guys'], ['inclusive-language', 'whitelist']]);
  assert.equal(found[0]!.range.start, text.indexOf('guys'));
  assert.equal(found[0]!.fix, undefined);
  assert.deepEqual(found[0]!.suggestions?.map((s) => s.edits[0]!.newText), ['people', 'persons', 'folks']);
  assert.match(found[0]!.message, /^'guys' may exclude or offend some readers; consider 'people'/);
});

test('inclusive-language: technical words are allowed by default, and the allow option replaces the list', () => {
  const text = 'Merge into the master branch on the host. The master copies writes.';
  assert.deepEqual(spans(text, lint(text, 'inclusive-language')), [['inclusive-language', 'master']]);
  assert.equal(lint(text, 'inclusive-language')[0]!.range.start, text.lastIndexOf('master'));
  const config = parseConfig('{ "rules": { "inclusive-language": ["warning", { "allow": ["master"] }] } }').config;
  assert.deepEqual(spans(text, lintText(text, config, providers).findings), [['inclusive-language', 'host']]);
});

test('inclusive-language: words owned by condescending are never double-reported', () => {
  const text = 'Just run it, it is easy and obviously simple.';
  const rules = new Set(lint(text, 'inclusive-language', 'condescending').map((f) => f.rule));
  assert.deepEqual([...rules], ['condescending']);
});

test('inclusive-language: ranges stay exact after emoji, CRLF and CJK text', () => {
  const text = '😀 Hey guys,\r\n中文 the blacklist 🚀 grew.\r\n';
  assert.deepEqual(spans(text, lint(text, 'inclusive-language')), [['inclusive-language', 'guys'], ['inclusive-language', 'blacklist']]);
});

test('inclusive-language: bad input never throws and ranges stay inside the text, off surrogate pairs', () => {
  const inputs = ['', '\uFEFF', '---\ntitle: guys\n', '```\nguys\n', 'a\r\nguys\rb', '\tHey\tguys\t😀',
    '😀guys😀 '.repeat(2000), 'Hey guys, the whitelist is here. '.repeat(3000)];
  for (const text of inputs) {
    const found = lint(text, 'inclusive-language', ...WORDLIST_IDS);
    for (const f of found) {
      assert.ok(f.range.start >= 0 && f.range.start < f.range.end && f.range.end <= text.length, JSON.stringify(f.range));
      for (const at of [f.range.start, f.range.end]) {
        const lowSurrogateAt = (i: number) => i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff;
        assert.ok(!lowSurrogateAt(at), `range edge ${at} splits a surrogate pair`);
      }
    }
  }
  assert.equal(lint('😀guys😀 '.repeat(2000), 'inclusive-language').length, 2000);
});

test('weasel-word: the removal fix takes the comma that set the word off, and gives no fix next to other punctuation', () => {
  assert.equal(fixAll('Really, it works.', 'weasel-word'), 'It works.');
  assert.equal(fixAll('It works, really.', 'weasel-word'), 'It works.');
  assert.equal(fixAll('It works really.', 'weasel-word'), 'It works.');
  assert.equal(fixAll('It works, really, and ships.', 'weasel-word'), 'It works, and ships.');
  assert.equal(fixAll('It is very fast.', 'weasel-word'), 'It is fast.');
  // A parenthesis or a comma on one side only: deleting the word would leave "()" or a stray comma, so no fix.
  const parenthesised = 'It is fast (really).';
  const findings = lint(parenthesised, 'weasel-word');
  assert.equal(findings.length, 1);
  assert.equal(findings[0]!.fix, undefined);
  assert.equal(fixAll(parenthesised, 'weasel-word'), parenthesised);
});
