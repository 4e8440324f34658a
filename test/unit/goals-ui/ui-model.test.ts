import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import {
  chartColorFor,
  goalStatusLook,
  lastMonthsRange,
  niceMax,
  parseWebviewMessage,
  pointsAttribute,
  radarGeometry,
} from '../../../src/extension/webview/shared/ui-model';
import { BUILTIN_DIMENSIONS, addDays, lastTwelveMonths } from '../../../src/core/goals/api';

test('chartColorFor maps CSS colours to the nearest theme chart colour by hue', () => {
  assert.equal(chartColorFor('#ff0000'), 'red');
  assert.equal(chartColorFor('#f00'), 'red');
  assert.equal(chartColorFor('#4e79a7'), 'blue');
  assert.equal(chartColorFor('#59a14f'), 'green');
  assert.equal(chartColorFor('#f28e2b'), 'orange');
  assert.equal(chartColorFor('#edc948'), 'yellow');
  assert.equal(chartColorFor('#b07aa1'), 'purple');
  assert.equal(chartColorFor('#e15759'), 'red');
  assert.equal(chartColorFor('#4e79a7cc'), 'blue', 'alpha is ignored');
  assert.equal(chartColorFor('Purple'), 'purple', 'chart colour names pass through');
});

test('chartColorFor falls back for greys, unknown names and nothing', () => {
  assert.equal(chartColorFor('#808080'), 'blue');
  assert.equal(chartColorFor('#808080', 'green'), 'green');
  assert.equal(chartColorFor('rebeccapurple', 'orange'), 'orange');
  assert.equal(chartColorFor(null), 'blue');
  assert.equal(chartColorFor(''), 'blue');
});

test('the five built-in dimensions get five different chart colours', () => {
  const colours = BUILTIN_DIMENSIONS.map((d) => chartColorFor(d.color));
  assert.equal(new Set(colours).size, 5, `colours: ${colours.join(', ')}`);
});

test('goalStatusLook gives each status its own icon and colour', () => {
  assert.deepEqual(goalStatusLook('done'), { icon: 'pass-filled', color: 'green' });
  assert.deepEqual(goalStatusLook('on-track'), { icon: 'circle-large-outline', color: 'blue' });
  assert.deepEqual(goalStatusLook('behind'), { icon: 'warning', color: 'yellow' });
  assert.deepEqual(goalStatusLook('overdue'), { icon: 'error', color: 'red' });
});

test('niceMax rounds an axis maximum up to a readable number', () => {
  assert.deepEqual(
    [0, 0.5, 1, 2, 3, 4, 5, 6, 9, 10, 11, 21, 26, 51, 99, 101, 240].map(niceMax),
    [1, 1, 1, 2, 4, 4, 5, 10, 10, 10, 20, 25, 50, 100, 100, 200, 250],
  );
});

test('radarGeometry puts the first axis straight up and goes clockwise', () => {
  const g = radarGeometry([4, 2, 0, 4], 4, 100, 200, 150);
  assert.deepEqual(g.axes, [
    { x: 200, y: 50 },
    { x: 300, y: 150 },
    { x: 200, y: 250 },
    { x: 100, y: 150 },
  ]);
  assert.deepEqual(g.vertices, [
    { x: 200, y: 50 },
    { x: 250, y: 150 },
    { x: 200, y: 150 },
    { x: 100, y: 150 },
  ]);
  assert.equal(g.rings.length, 4);
  assert.deepEqual(g.rings[1], [
    { x: 200, y: 100 },
    { x: 250, y: 150 },
    { x: 200, y: 200 },
    { x: 150, y: 150 },
  ]);
  assert.deepEqual(g.labels.map((l) => l.anchor), ['middle', 'start', 'middle', 'end']);
  assert.equal(pointsAttribute(g.vertices), '200,50 250,150 200,150 100,150');
});

test('radarGeometry clamps values to the range and survives a zero maximum', () => {
  const g = radarGeometry([10, -3, 1], 0, 10, 0, 0);
  assert.deepEqual(g.vertices[0], { x: 0, y: -10 }, 'above max is drawn at the outer ring');
  assert.deepEqual(g.vertices[1], { x: 0, y: 0 }, 'negative is drawn at the centre');
});

test('lastMonthsRange: the last N months, today included, clamped at short months', () => {
  assert.deepEqual(lastMonthsRange('2026-11-20', 12), { from: '2025-11-21', to: '2026-11-20' });
  assert.deepEqual(lastMonthsRange('2026-11-20', 3), { from: '2026-08-21', to: '2026-11-20' });
  assert.deepEqual(lastMonthsRange('2026-01-15', 1), { from: '2025-12-16', to: '2026-01-15' });
  // 31 May minus 3 months: 28 Feb (2026 is not a leap year), so the range starts on 1 March.
  assert.deepEqual(lastMonthsRange('2026-05-31', 3), { from: '2026-03-01', to: '2026-05-31' });
  // Leap year: 29 Feb 2024 exists.
  assert.deepEqual(lastMonthsRange('2024-05-31', 3), { from: '2024-03-01', to: '2024-05-31' });
  assert.deepEqual(lastMonthsRange('2024-03-31', 1), { from: '2024-03-01', to: '2024-03-31' });
  assert.deepEqual(lastMonthsRange('2024-02-29', 12), { from: '2023-03-01', to: '2024-02-29' });
  assert.deepEqual(lastMonthsRange('2026-12-31', 24), { from: '2025-01-01', to: '2026-12-31' });
});

test('lastMonthsRange(today, 12) is the core\'s "last 12 months" on every day of a leap and a common year', () => {
  for (let day = '2023-12-25'; day <= '2025-01-05'; day = addDays(day, 1)) {
    assert.deepEqual(lastMonthsRange(day, 12), lastTwelveMonths(day), day);
  }
});

test('parseWebviewMessage accepts exactly the known shapes', () => {
  assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
  assert.deepEqual(parseWebviewMessage({ type: 'openPost', path: 'posts/a.md', extra: 1 }), { type: 'openPost', path: 'posts/a.md' });
  assert.deepEqual(parseWebviewMessage({ type: 'openGoal', id: 'steady-writing' }), { type: 'openGoal', id: 'steady-writing' });
  assert.deepEqual(parseWebviewMessage({ type: 'setRange', months: 6 }), { type: 'setRange', months: 6 });
});

test('parseWebviewMessage rejects anything else', () => {
  for (const bad of [
    null,
    undefined,
    'ready',
    42,
    [],
    [{ type: 'ready' }],
    {},
    { type: 'runCommand', command: 'workbench.action.terminal.new' },
    { type: 'openPost' },
    { type: 'openPost', path: '' },
    { type: 'openPost', path: 7 },
    { type: 'openPost', path: 'x'.repeat(5000) },
    { type: 'openGoal', id: { toString: () => 'x' } },
    { type: 'setRange', months: 7 },
    { type: 'setRange', months: '12' },
    { type: 'setRange', months: Number.NaN },
  ]) {
    assert.equal(parseWebviewMessage(bad), null, JSON.stringify(bad));
  }
});
