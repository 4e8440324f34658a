import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv from 'ajv';
import { stringify } from 'yaml';
import { goalsSchema, parseGoalsFile } from '../../../src/core/goals/api';
import { LineIndex } from '../../../src/core/text';

/** Problems as `line:column message` (1-based), the way the CLI prints them. */
function located(text: string): string[] {
  const index = new LineIndex(text);
  return parseGoalsFile(text).problems.map((p) => {
    const at = index.positionAt(p.range.start);
    return `${at.line + 1}:${at.character + 1} ${p.message}`;
  });
}

test("the issue's example parses into goals", () => {
  const text = `goals:
  - id: steady-writing
    title: Publish two posts a month
    kind: post          # post | talk | any
    target: 2
    period: month       # week | month | quarter | year
  - id: leadership-talk
    title: Give a talk on leadership
    kind: talk
    dimension: Leadership
    target: 1
    due: 2027-06-30     # or from/due for a fixed window
`;
  const parsed = parseGoalsFile(text);
  assert.equal(parsed.parsed, true);
  assert.deepEqual(parsed.problems, []);
  assert.deepEqual(parsed.goals.map((g) => ({ ...g, range: undefined })), [
    { id: 'steady-writing', title: 'Publish two posts a month', kind: 'post', dimension: null, target: 2, period: 'month', from: null, due: null, range: undefined },
    { id: 'leadership-talk', title: 'Give a talk on leadership', kind: 'talk', dimension: 'leadership', target: 1, period: null, from: null, due: '2027-06-30', range: undefined },
  ]);
  const g = parsed.goals[1]!;
  assert.equal(text.slice(g.range.start, g.range.start + 19), 'id: leadership-talk');
});

test('empty files and an empty list are no goals and no problems', () => {
  for (const text of ['', '# nothing yet\n', 'goals:\n', 'goals: []\n']) {
    assert.deepEqual(parseGoalsFile(text), { parsed: true, goals: [], problems: [] }, JSON.stringify(text));
  }
});

test('a YAML syntax error: parsed false, located', () => {
  const r = parseGoalsFile('goals:\n  - id: a\n    title: "unclosed\n');
  assert.equal(r.parsed, false);
  assert.equal(r.problems.length > 0, true);
  assert.deepEqual(located('goals:\n  - id: a\n    target: [1\n'), ['3:14 Flow sequence in block collection must be sufficiently indented and end with a ]']);
  assert.deepEqual(located('goals:\n  - id: a\n    kind: post\n   target: 1\n'), ['4:1 Sequence item without - indicator']);
  assert.equal(parseGoalsFile('goals:\n  - id: a\n    id: b\n').parsed, false, 'duplicate keys are a parse error');
});

test('schema problems point at the offending key or value', () => {
  const text = [
    'goals:',
    '  - id: a',
    '    kind: posts',
    '    target: 1.5',
    '    period: month',
    '    colour: red',
    '  - id: b',
    '    kind: talk',
    '    target: 1',
    '  - id: a',
    '    kind: any',
    '    target: 2',
    '    period: quarter',
    '    from: 2026-01-01',
    '  - id: c',
    '    kind: any',
    '    target: 1',
    '    dimension: marketing',
    '    from: 2026-05-01',
    '    due: 2026-02-30',
    '  - id: d e',
    '    kind: any',
    '    target: 1',
    '    from: 2026-05-01',
    '    due: 2026-04-30',
    '  - just text',
    'extra: 1',
    '',
  ].join('\n');
  assert.deepEqual(located(text), [
    '27:1 Unknown key \'extra\' in the goals file. Allowed: goals.',
    "3:5 'kind' must be one of: post, talk, any (found 'posts').",
    "4:5 'target' must be a whole number.",
    "6:5 Unknown key 'colour' in Goal 1. Allowed: id, title, kind, dimension, target, period, from, due.",
    "7:5 Goal 2 needs 'period' or 'due': 'period' for a recurring goal, 'due' for a deadline.",
    "14:5 'from' needs 'due' (a fixed window runs from 'from' to 'due').",
    "14:5 Use either 'period' or 'from', not both: 'period' recurs, 'from'/'due' is one fixed window.",
    "10:5 Duplicate goal id 'a': ids must be unique.",
    "20:5 'due' must be a date written YYYY-MM-DD (found '2026-02-30').",
    "18:5 Unknown growth dimension 'marketing'. Use one of: expertise, insight, cross-domain, leadership, influence.",
    "21:5 'id' 'd e' is not valid. A unique name: letters, digits, '.', '_' and '-', starting with a letter or digit.",
    "24:5 'from' (2026-05-01) is after 'due' (2026-04-30).",
    "26:5 'Goal 6' must be a mapping (key: value).",
  ]);
  // Valid goals are kept next to the broken ones.
  assert.deepEqual(parseGoalsFile(text).goals.map((g) => g.id), []);
  const mixed = parseGoalsFile('goals:\n  - id: ok\n    kind: any\n    target: 1\n    period: week\n  - id: bad\n    kind: any\n    target: 0\n    period: week\n');
  assert.deepEqual([mixed.goals.map((g) => g.id), mixed.problems.length], [['ok'], 1]);
});

test('the root must be a mapping with a goals list', () => {
  assert.deepEqual(located('- a\n- b\n'), ["1:1 'file' must be a mapping (key: value)."]);
  assert.deepEqual(located('goals: 3\n'), ["1:1 'goals' must be a list."]);
});

test('the hand-walked validation agrees with a real JSON-schema validator (Ajv) on the schema file', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false, formats: { date: /^\d{4}-\d{2}-\d{2}$/ } });
  const validate = ajv.compile(goalsSchema);
  const base = { id: 'g', kind: 'post', target: 1, period: 'month' };
  const samples: Array<Record<string, unknown>> = [
    base,
    { ...base, title: 'T', dimension: 'expertise' },
    { id: 'g', kind: 'talk', target: 1, due: '2027-06-30' },
    { id: 'g', kind: 'any', target: 3, from: '2026-01-01', due: '2026-06-30' },
    { id: 'g', kind: 'any', target: 3, period: 'week', due: '2026-06-30' },
    { id: 'g', kind: 'post', target: 1 },
    { id: 'g', kind: 'post', target: 1, from: '2026-01-01' },
    { id: 'g', kind: 'post', target: 1, period: 'month', from: '2026-01-01', due: '2026-06-30' },
    { ...base, kind: 'blog' },
    { ...base, target: 0 },
    { ...base, target: 2.5 },
    { ...base, target: '2' },
    { ...base, period: 'day' },
    { ...base, id: '-x' },
    { ...base, id: '写作-1' },
    { ...base, title: '' },
    { ...base, extra: true },
    { kind: 'post', target: 1, period: 'month' },
    { id: 'g', target: 1, period: 'month' },
  ];
  for (const goal of samples) {
    const doc = { goals: [goal] };
    const ours = parseGoalsFile(stringify(doc)).problems.length === 0;
    assert.equal(ours, validate(doc), JSON.stringify(goal));
  }
  assert.equal(validate({ goals: null }), parseGoalsFile('goals:\n').problems.length === 0);
  assert.equal(validate({ other: 1 }), parseGoalsFile('other: 1\n').problems.length === 0);
});
