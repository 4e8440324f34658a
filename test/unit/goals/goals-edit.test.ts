import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addGoal, goalIdFromTitle, parseGoalsFile, removeGoal, starterGoalsFile, updateGoal, type GoalsEdit, type TextEdit } from '../../../src/core/goals/api';

/** The issue's example, with comments that must survive every edit. */
const ISSUE = `goals:
  - id: steady-writing
    title: Publish two posts a month
    kind: post          # post | talk | any
    target: 2
    period: month       # week | month | quarter | year
  - id: leadership-talk
    title: Give a talk on leadership
    kind: talk
    dimension: leadership
    target: 1
    due: 2027-06-30     # or from/due for a fixed window
`;

function apply(text: string, edits: TextEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.range.start - a.range.start)) out = out.slice(0, e.range.start) + e.newText + out.slice(e.range.end);
  return out;
}

function ok(edit: GoalsEdit, before: string): string {
  assert.ok(edit.ok, edit.ok ? '' : edit.error);
  if (!edit.ok) throw new Error('unreachable');
  assert.equal(apply(before, edit.edits), edit.text, 'the edits turn the old text into the new text');
  assert.equal(edit.edits.length, 1);
  return edit.text;
}

test('addGoal appends after the last goal with its indentation; comments stay byte for byte', () => {
  const text = ok(addGoal(ISSUE, { title: 'Write about other fields', kind: 'post', dimension: 'cross-domain', target: 3, period: 'quarter' }), ISSUE);
  assert.equal(text, ISSUE + `  - id: write-about-other-fields
    title: Write about other fields
    kind: post
    dimension: cross-domain
    target: 3
    period: quarter
`);
  assert.equal(parseGoalsFile(text).goals.length, 3);
});

test('addGoal follows an unusual indentation and blank lines between goals', () => {
  const before = '# mine\ngoals:\n- id: a\n  kind: any\n  target: 1\n  period: week\n\n- id: b\n  kind: any\n  target: 1\n  period: year\n# end\n';
  const text = ok(addGoal(before, { id: 'c', title: 'Talk: "why"', kind: 'talk', target: 1, from: '2026-01-01', due: '2026-06-30' }), before);
  assert.equal(text, before.replace('# end\n', '') + `
- id: c
  title: 'Talk: "why"'
  kind: talk
  target: 1
  from: 2026-01-01
  due: 2026-06-30
# end
`);
});

test('addGoal on an empty file, on `goals:` and on `goals: []` (keeping a comment)', () => {
  const input = { id: 'x', title: '写作', kind: 'any', target: 2, period: 'month' } as const;
  const block = '  - id: x\n    title: 写作\n    kind: any\n    target: 2\n    period: month\n';
  assert.equal(ok(addGoal('', input), ''), 'goals:\n' + block);
  assert.equal(ok(addGoal('# only a comment', input), '# only a comment'), '# only a comment\ngoals:\n' + block);
  assert.equal(ok(addGoal('goals:\n', input), 'goals:\n'), 'goals:\n' + block);
  assert.equal(ok(addGoal('goals: []  # none yet\n# tail\n', input), 'goals: []  # none yet\n# tail\n'), 'goals: # none yet\n' + block + '# tail\n');
});

test('addGoal keeps CRLF line endings', () => {
  const crlf = ISSUE.replace(/\n/g, '\r\n');
  const text = ok(addGoal(crlf, { id: 'n', title: 'N', kind: 'post', target: 1, period: 'week' }), crlf);
  assert.equal(text, crlf + '  - id: n\r\n    title: N\r\n    kind: post\r\n    target: 1\r\n    period: week\r\n');
  assert.equal(text.replace(/\r\n/g, '').includes('\n'), false);
});

test('addGoal refuses duplicates, invalid goals and files that do not parse', () => {
  const dup = addGoal(ISSUE, { id: 'steady-writing', title: 'x', kind: 'post', target: 1, period: 'month' });
  assert.deepEqual(dup, { ok: false, error: "A goal with id 'steady-writing' already exists." });
  const bad = addGoal(ISSUE, { id: 'z', title: 'x', kind: 'post', target: 0, period: 'month' });
  assert.deepEqual(bad, { ok: false, error: "'target' must be at least 1." });
  const unknown = addGoal(ISSUE, { id: 'z', title: 'x', kind: 'post', target: 1, period: 'month', dimension: 'marketing' });
  assert.equal(unknown.ok, false);
  const broken = 'goals:\n  - id: a\n    target: [1\n';
  const r = addGoal(broken, { id: 'z', title: 'x', kind: 'post', target: 1, period: 'month' });
  assert.equal(r.ok, false);
  assert.match(r.ok ? '' : r.error, /^The goals file does not parse, so Lectern leaves it alone: /);
  assert.equal(addGoal('- a\n- b\n', { id: 'z', title: 'x', kind: 'post', target: 1, period: 'month' }).ok, false);
});

test('goal ids come from titles, unique, also in Chinese', () => {
  assert.equal(goalIdFromTitle('Give a talk on leadership!', []), 'give-a-talk-on-leadership');
  assert.equal(goalIdFromTitle('Give a talk on leadership', ['give-a-talk-on-leadership']), 'give-a-talk-on-leadership-2');
  assert.equal(goalIdFromTitle('用中文做两次技术分享', []), '用中文做两次技术分享');
  assert.equal(goalIdFromTitle('!!!', []), 'goal');
});

test('updateGoal changes values in place, keeps comments and quoting, adds and removes keys', () => {
  const text = ok(updateGoal(ISSUE, 'steady-writing', { target: 4, kind: 'any' }), ISSUE);
  assert.equal(text, ISSUE.replace('    kind: post          # post', '    kind: any          # post').replace('target: 2', 'target: 4'));

  // From a recurring goal to a deadline: period goes (with its line), due is added at the goal's indentation.
  const text2 = ok(updateGoal(ISSUE, 'steady-writing', { period: null, due: '2026-12-31' }), ISSUE);
  assert.equal(text2, ISSUE.replace('    period: month       # week | month | quarter | year\n', '    due: 2026-12-31\n'));

  const quoted = 'goals:\n  - id: q\n    title: "Old title" # keep me\n    kind: post\n    target: 1\n    period: month\n';
  assert.equal(ok(updateGoal(quoted, 'q', { title: 'New title' }), quoted), quoted.replace('"Old title"', '"New title"'));

  const renamed = ok(updateGoal(ISSUE, 'leadership-talk', { id: 'talk', dimension: '领导力' }), ISSUE);
  assert.equal(renamed, ISSUE.replace('id: leadership-talk', 'id: talk').replace('dimension: leadership', 'dimension: 领导力'));
});

test('updateGoal refuses what would make the goal invalid, unknown ids and broken files', () => {
  assert.deepEqual(updateGoal(ISSUE, 'nope', { target: 1 }), { ok: false, error: "No goal with id 'nope'." });
  assert.deepEqual(updateGoal(ISSUE, 'steady-writing', { period: null }), {
    ok: false, error: "Goal 1 needs 'period' or 'due': 'period' for a recurring goal, 'due' for a deadline.",
  });
  assert.deepEqual(updateGoal(ISSUE, 'steady-writing', { id: 'leadership-talk' }), { ok: false, error: "A goal with id 'leadership-talk' already exists." });
  assert.equal(updateGoal('goals: [\n', 'a', { target: 1 }).ok, false);
});

test('removeGoal deletes the goal with the comment lines right above it', () => {
  const withComment = ISSUE.replace('  - id: leadership-talk', '  # Talks are harder to schedule.\n  - id: leadership-talk');
  const text = ok(removeGoal(withComment, 'leadership-talk'), withComment);
  assert.equal(text, ISSUE.slice(0, ISSUE.indexOf('  - id: leadership-talk')));
  const first = ok(removeGoal(ISSUE, 'steady-writing'), ISSUE);
  assert.equal(first, 'goals:\n' + ISSUE.slice(ISSUE.indexOf('  - id: leadership-talk')));
  // Removing the last goal leaves an empty (valid) list.
  const empty = ok(removeGoal(first, 'leadership-talk'), first);
  assert.equal(empty, 'goals:\n');
  assert.deepEqual(parseGoalsFile(empty), { parsed: true, goals: [], problems: [] });
  assert.deepEqual(removeGoal(ISSUE, 'nope'), { ok: false, error: "No goal with id 'nope'." });
  assert.equal(removeGoal('goals:\n  - id: a\n    target: [1\n', 'a').ok, false);
});

test('removeGoal keeps a section comment that is less indented than the goal, and CRLF', () => {
  const before = 'goals:\n  - id: a\n    kind: any\n    target: 1\n    period: month\n# Section: talks\n  - id: b\n    kind: talk\n    target: 1\n    period: year\n';
  assert.equal(ok(removeGoal(before, 'b'), before), 'goals:\n  - id: a\n    kind: any\n    target: 1\n    period: month\n# Section: talks\n');
  const crlf = ISSUE.replace(/\n/g, '\r\n');
  assert.equal(ok(removeGoal(crlf, 'leadership-talk'), crlf), crlf.slice(0, crlf.indexOf('  - id: leadership-talk')));
});

test('the starter file: commented, three valid goals across dimensions', () => {
  const starter = starterGoalsFile();
  const parsed = parseGoalsFile(starter);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.goals.map((g) => [g.id, g.kind, g.dimension, g.target, g.period]), [
    ['steady-writing', 'post', null, 2, 'month'],
    ['share-expertise', 'post', 'expertise', 3, 'quarter'],
    ['leadership-talk', 'talk', 'leadership', 1, 'year'],
  ]);
  assert.ok(starter.split('\n').filter((l) => l.startsWith('#')).length >= 5);
});

test('a flow-style list is edited through the Document API, comments kept', () => {
  const flow = 'goals: [{id: a, kind: any, target: 1, period: week}]  # flow\n';
  assert.equal(ok(updateGoal(flow, 'a', { target: 3 }), flow), 'goals: [{id: a, kind: any, target: 3, period: week}]  # flow\n');
  const added = ok(addGoal(flow, { id: 'b', title: 'B', kind: 'post', target: 2, period: 'month' }), flow);
  assert.deepEqual(parseGoalsFile(added).goals.map((g) => g.id), ['a', 'b']);
  assert.match(added, /# flow/);
  const due = ok(updateGoal(flow, 'a', { period: null, due: '2027-01-01' }), flow);
  assert.deepEqual(parseGoalsFile(due).goals.map((g) => [g.period, g.due]), [[null, '2027-01-01']]);
  const removed = ok(removeGoal(added, 'a'), added);
  assert.deepEqual(parseGoalsFile(removed).goals.map((g) => g.id), ['b']);
  assert.match(removed, /^goals:/);
});

test('a file without a final line break', () => {
  const noEol = 'goals:\n  - id: a\n    kind: any\n    target: 1\n    period: week';
  assert.equal(ok(updateGoal(noEol, 'a', { due: '2027-01-01' }), noEol), noEol + '\n    due: 2027-01-01');
  assert.equal(ok(addGoal(noEol, { id: 'b', title: 'B', kind: 'post', target: 2, period: 'month' }), noEol),
    noEol + '\n  - id: b\n    title: B\n    kind: post\n    target: 2\n    period: month\n');
  assert.equal(ok(removeGoal(noEol, 'a'), noEol), 'goals:\n');
});

test('only problems of the goal being written block an edit, not the writer\'s other problems', () => {
  const withBadGoal = ISSUE + '  - id: broken\n    kind: any\n    target: 0\n    period: week\n    colour: red\n';
  // The same mistake in the new goal is still caught, although the file already has that message.
  assert.deepEqual(addGoal(withBadGoal, { id: 'n', title: 'N', kind: 'post', target: 0, period: 'week' }), { ok: false, error: "'target' must be at least 1." });
  // A good new goal goes in next to the broken one.
  assert.equal(addGoal(withBadGoal, { id: 'n', title: 'N', kind: 'post', target: 1, period: 'week' }).ok, true);
  // Editing a goal keeps working while it has problems it already had.
  const fixed = ok(updateGoal(withBadGoal, 'broken', { target: 3 }), withBadGoal);
  assert.equal(fixed, withBadGoal.replace('target: 0', 'target: 3'));
  assert.deepEqual(updateGoal(withBadGoal, 'broken', { kind: 'posts' as 'post' }), { ok: false, error: "'kind' must be one of: post, talk, any (found 'posts')." });
});
