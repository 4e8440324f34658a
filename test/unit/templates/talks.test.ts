import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BUILTIN_TEMPLATES,
  buildCatalog,
  cfpLength,
  cfpLimitsFor,
  checkCfp,
  estimateSpeakingTime,
  plannedMinutesOf,
  renderNewPost,
  talkSeedFromPost,
} from '../../../src/core/templates/index';
import { readFrontMatter } from '../../../src/core/frontmatter-edit';
import { resolveDimensions } from '../../../src/core/goals/dimensions';

const cfpTemplate = buildCatalog(BUILTIN_TEMPLATES, []).templates.find((t) => t.id === 'cfp-proposal')!;
const influence = resolveDimensions(null).find((d) => d.id === 'influence')!;

const POST = `---
title: Error budgets that teams actually use
dimension: 技术专长
description: How we turned SLOs into weekly decisions.
---
# Ignored H1

## Why budgets fail

text

\`\`\`md
## Not a heading (code)
\`\`\`

## Making the budget visible

### A sub-section is not in the outline

## What changed
`;

test('talk from post: title, description as the pitch, H2s as a timed outline, related path, dimension', () => {
  const seed = talkSeedFromPost('posts/error-budgets.md', POST);
  assert.deepEqual(seed, {
    title: 'Error budgets that teams actually use',
    description: 'How we turned SLOs into weekly decisions.',
    headings: ['Why budgets fail', 'Making the budget visible', 'What changed'],
    dimension: '技术专长',
    path: 'posts/error-budgets.md',
  });
  const proposal = renderNewPost({ template: cfpTemplate, title: seed.title, dimension: influence, today: '2026-11-20', author: 'Ada', seed });
  const fm = readFrontMatter(proposal.text)!;
  assert.deepEqual(fm.data.related, ['posts/error-budgets.md']);
  assert.equal(fm.data.cfp, true);
  assert.equal(fm.data.type, 'talk');
  assert.match(proposal.body, /## Elevator pitch\n\n<!--[^\n]*-->\nHow we turned SLOs into weekly decisions\.\n/);
  assert.match(proposal.body, /## Timed outline\n\n<!--[^\n]*-->\n- \(10 min\) Why budgets fail\n- \(10 min\) Making the budget visible\n- \(10 min\) What changed\n/);
  assert.match(proposal.body, /^Ada is …$/m);
});

test('talk from post without front matter or headings: file name title, empty seeds fall back to the guidance', () => {
  const seed = talkSeedFromPost('notes/quick-idea.md', 'Just text.\n');
  assert.deepEqual(seed, { title: 'quick-idea', description: '', headings: [], dimension: null, path: 'notes/quick-idea.md' });
  const proposal = renderNewPost({ template: cfpTemplate, title: seed.title, dimension: null, today: '2026-11-20', author: null, seed });
  assert.match(proposal.body, /In 30 minutes, show … how to … so they can …/);
  assert.match(proposal.body, /- \(3 min\) Opening: the problem and why it matters now/);
  assert.match(proposal.body, /^Your name is …$/m);
});

test('speaking time: words of slides and notes at 130 wpm; code, directives and markup do not count', () => {
  const words = (n: number, w = 'word') => Array.from({ length: n }, () => w).join(' ');
  const deck = [
    '---', 'marp: true', 'type: talk', 'title: not counted words here', '---',
    '<!-- _class: lead -->', '', `# Title (2 min)`, '', words(130), '', '<!--', words(130), '-->', '', '---', '',
    '## Demo (5 min)', '', '```sh', words(500, 'code'), '```', '', `[${words(13)}](https://example.com/very/long/url)`,
    '', '## 总结（1 分钟）', '', '这是中文'.repeat(25),
  ].join('\n');
  const e = estimateSpeakingTime(deck);
  assert.equal(e.words, 1 + 130 + 130 + 1 + 13);
  assert.equal(e.hanCharacters, 2 + 100);
  assert.ok(Math.abs(e.minutes - (275 / 130 + 102 / 250)) < 1e-9, String(e.minutes));
  assert.deepEqual(e.sections.map((s) => [s.heading, s.words, s.plannedMinutes]), [
    ['Title (2 min)', 261, 2],
    ['Demo (5 min)', 14, 5],
    ['总结（1 分钟）', 102, 1],
  ]);
  assert.equal(e.plannedMinutes, 8);
  const rate = estimateSpeakingTime(deck, { wordsPerMinute: 100, hanCharactersPerMinute: 100 });
  assert.ok(Math.abs(rate.minutes - (275 + 102) / 100) < 1e-9);
  assert.deepEqual([plannedMinutesOf('Intro (1.5 min)'), plannedMinutesOf('Q&A — 10 minutes'), plannedMinutesOf('Admin')], [1.5, 10, null]);
  assert.deepEqual(estimateSpeakingTime('').sections, []);
  assert.equal(estimateSpeakingTime('').minutes, 0);
  const opening = estimateSpeakingTime('one two three\n\n## Next\n\nfour\n');
  assert.deepEqual(opening.sections.map((s) => [s.heading, s.words]), [[null, 3], ['Next', 2]]);
});

const PROPOSAL = (title: string, pitch: string, abstract: string, event = '') => `---
title: ${title}
type: talk
event: ${event}
cfp: true
---
## Elevator pitch

<!-- guidance is not counted -->
${pitch}

## Abstract

${abstract}

## Audience
`;

test('CFP limits: each field measured at its place, defaults 75 / 300 / 1,300', () => {
  const text = PROPOSAL('T'.repeat(80), 'p'.repeat(301), 'a '.repeat(700).trim());
  const check = checkCfp(text, {})!;
  assert.equal(check.event, null);
  assert.deepEqual(check.limits, { title: 75, pitch: 300, abstract: 1300 });
  assert.deepEqual(check.fields.map((f) => [f.field, f.length, f.limit, text.slice(f.range.start, f.range.end).slice(0, 3)]), [
    ['title', 80, 75, 'TTT'],
    ['pitch', 301, 300, 'ppp'],
    ['abstract', 1399, 1300, 'a a'],
  ]);
  assert.equal(checkCfp('---\ntitle: x\ntype: talk\n---\n## Abstract\n', {}), null, 'not a proposal without cfp: true');
  const empty = PROPOSAL('Short', '', '');
  const fields = checkCfp(empty, {})!.fields;
  assert.deepEqual(fields.map((f) => [f.field, f.length, empty.slice(f.range.start, f.range.end)]), [
    ['title', 5, 'Short'], ['pitch', 0, '## Elevator pitch'], ['abstract', 0, '## Abstract'],
  ]);
});

test('CFP limits per event from the config, chosen by event: (exact key or a word of it)', () => {
  const config = { kubecon: { title: 60, abstract: 1000 }, 'open source summit': { pitch: 200 } };
  assert.deepEqual(cfpLimitsFor('KubeCon', config), { event: 'kubecon', limits: { title: 60, pitch: 300, abstract: 1000 } });
  assert.deepEqual(cfpLimitsFor('KubeCon EU 2026', config), { event: 'kubecon', limits: { title: 60, pitch: 300, abstract: 1000 } });
  assert.deepEqual(cfpLimitsFor('Open-Source Summit', config), { event: 'open source summit', limits: { title: 75, pitch: 200, abstract: 1300 } });
  assert.deepEqual(cfpLimitsFor('PyCon', config), { event: null, limits: { title: 75, pitch: 300, abstract: 1300 } });
  assert.deepEqual(cfpLimitsFor(null, config).event, null);
  const text = PROPOSAL('T'.repeat(70), 'ok', 'fine', 'KubeCon NA');
  assert.deepEqual(checkCfp(text, config)!.fields.map((f) => [f.field, f.length, f.limit]), [['title', 70, 60], ['pitch', 2, 300], ['abstract', 4, 1000]]);
  assert.equal(cfpLength('  a\n\n b  <!-- x -->  c '), 5);
  assert.equal(cfpLength('中文标题'), 4);
  assert.equal(cfpLength('👍🏽'), 2, 'code points, not UTF-16 units');
});
