import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildDashboard, evaluateGoal, evaluateGoals, fixedClock, goalWindow, parsePost, resolveDimensions, summarizeDimensions,
  type Goal, type Post,
} from '../../../src/core/goals/api';

const dims = resolveDimensions(null);
const TODAY = '2026-11-29';

function goal(g: Partial<Goal>): Goal {
  return { id: 'g', title: 'G', kind: 'any', dimension: null, target: 1, period: null, from: null, due: null, range: { start: 0, end: 0 }, ...g };
}

let n = 0;
function item(fields: Record<string, string>, today = TODAY): Post {
  const text = `---\n${Object.entries(fields).map(([k, v]) => `${k}: ${v}`).join('\n')}\n---\n`;
  return parsePost(`p${++n}.md`, text, dims, fixedClock(today))!;
}

test('windows: recurring periods, period until a deadline, a deadline alone, a fixed window', () => {
  assert.deepEqual(goalWindow(goal({ period: 'month' }), TODAY), { from: '2026-11-01', to: '2026-11-30' });
  assert.deepEqual(goalWindow(goal({ period: 'week' }), TODAY), { from: '2026-11-23', to: '2026-11-29' });
  assert.deepEqual(goalWindow(goal({ period: 'quarter' }), '2024-02-29'), { from: '2024-01-01', to: '2024-03-31' });
  assert.deepEqual(goalWindow(goal({ period: 'month', due: '2026-11-15' }), '2026-11-10'), { from: '2026-11-01', to: '2026-11-15' });
  assert.deepEqual(goalWindow(goal({ period: 'month', due: '2026-11-15' }), '2026-12-05'), { from: '2026-11-01', to: '2026-11-15' });
  assert.deepEqual(goalWindow(goal({ due: '2027-06-30' }), TODAY), { from: '2026-07-01', to: '2027-06-30' });
  assert.deepEqual(goalWindow(goal({ due: '2028-02-29' }), TODAY), { from: '2027-03-01', to: '2028-02-29' });
  assert.deepEqual(goalWindow(goal({ from: '2026-10-01', due: '2027-03-31' }), TODAY), { from: '2026-10-01', to: '2027-03-31' });
});

test('behind is judged against the part of the period that has passed: done < floor(target × elapsed / length)', () => {
  const twoAMonth = goal({ kind: 'post', target: 2, period: 'month' });
  const novPost = item({ date: '2026-11-03' });
  const status = (today: string, posts: Post[]): [number, string, number] => {
    const p = evaluateGoal(twoAMonth, posts, today);
    return [p.done, p.status, Math.round(p.expected * 1000) / 1000];
  };
  assert.deepEqual(status('2026-11-14', []), [0, 'on-track', 0.933]);
  assert.deepEqual(status('2026-11-15', []), [0, 'behind', 1]);
  assert.deepEqual(status('2026-11-15', [novPost]), [1, 'on-track', 1]);
  assert.deepEqual(status('2026-11-29', [novPost]), [1, 'on-track', 1.933]);
  assert.deepEqual(status('2026-11-30', [novPost]), [1, 'behind', 2]);
  assert.deepEqual(status('2026-12-01', [novPost]), [0, 'on-track', 0.065]);
  // Leap-year February has 29 days.
  assert.deepEqual(status('2024-02-28', []), [0, 'behind', 1.931]);
  assert.equal(evaluateGoal(twoAMonth, [], '2024-02-29').expected, 2);
  assert.equal(evaluateGoal(twoAMonth, [], '2023-02-28').expected, 2);
});

test('done, overdue, daysLeft and the posts that count', () => {
  const talk = goal({ kind: 'talk', dimension: 'leadership', target: 1, due: '2026-12-31' });
  const t = item({ type: 'talk', dimension: 'leadership', date: '2026-09-01', title: 'T' });
  const done = evaluateGoal(talk, [t], TODAY);
  assert.deepEqual([done.done, done.status, done.daysLeft, done.posts.map((p) => p.title)], [1, 'done', 32, ['T']]);
  const late = evaluateGoal(goal({ target: 2, from: '2026-01-01', due: '2026-06-30' }), [item({ date: '2026-03-01' })], TODAY);
  assert.deepEqual([late.done, late.status, late.daysLeft], [1, 'overdue', -152]);
  const doneLate = evaluateGoal(goal({ target: 1, from: '2026-01-01', due: '2026-06-30' }), [item({ date: '2026-03-01' })], TODAY);
  assert.equal(doneLate.status, 'done');
  const before = evaluateGoal(goal({ target: 1, from: '2027-01-01', due: '2027-06-30' }), [], TODAY);
  assert.deepEqual([before.status, before.expected], ['on-track', 0]);
  const recurringEnded = evaluateGoal(goal({ target: 1, period: 'month', due: '2026-10-31' }), [], TODAY);
  assert.deepEqual([recurringEnded.period, recurringEnded.status], [{ from: '2026-10-01', to: '2026-10-31' }, 'overdue']);
});

test('what counts: published items of the kind and dimension, on their published date, not in the future', () => {
  const g = goal({ kind: 'post', dimension: 'expertise', target: 10, period: 'year' });
  const posts = [
    item({ dimension: 'expertise', date: '2026-02-01', title: 'counts' }),
    item({ dimension: '技术专长', date: '2026-03-01', type: 'newsletter', title: 'newsletter counts as a post' }),
    item({ dimension: 'expertise', date: '2025-12-31', title: 'last year' }),
    item({ dimension: 'expertise', date: '2025-12-20', published: '2026-01-05', title: 'published date wins' }),
    item({ dimension: 'expertise', date: '2026-04-01', type: 'talk', title: 'talk' }),
    item({ dimension: 'insight', date: '2026-04-01', title: 'other dimension' }),
    item({ dimension: 'expertise', date: '2026-04-01', draft: 'true', title: 'draft' }),
    item({ dimension: 'expertise', date: '2026-12-10', status: 'published', title: 'future, even if it says published' }),
    item({ dimension: 'expertise', status: 'published', title: 'no date' }),
  ];
  assert.deepEqual(evaluateGoal(g, posts, TODAY).posts.map((p) => p.title), ['published date wins', 'counts', 'newsletter counts as a post']);
  const any = evaluateGoal(goal({ kind: 'any', target: 10, period: 'year' }), posts, TODAY);
  assert.equal(any.done, 5);
  const talks = evaluateGoal(goal({ kind: 'talk', target: 10, period: 'year' }), posts, TODAY);
  assert.deepEqual(talks.posts.map((p) => p.title), ['talk']);
});

test('dimension summary: published in the last 12 months, in progress, and Unassigned', () => {
  const posts = [
    item({ dimension: 'leadership', date: '2025-11-30', title: 'first day of the range' }),
    item({ dimension: 'leadership', date: '2025-11-29', title: 'one day too old' }),
    item({ dimension: 'leadership', status: 'idea', title: 'idea' }),
    item({ dimension: 'leadership', date: '2026-12-24', title: 'scheduled' }),
    item({ dimension: 'marketing', date: '2026-06-01', title: 'unknown dimension' }),
    item({ status: 'draft', title: 'no dimension' }),
  ];
  const s = summarizeDimensions(posts, dims, TODAY);
  assert.deepEqual(s.map((d) => [d.id, d.name, d.published, d.inProgress, d.posts.length]), [
    ['expertise', 'Technical Expertise', 0, 0, 0],
    ['insight', 'Industry Insights', 0, 0, 0],
    ['cross-domain', 'Cross-domain Knowledge', 0, 0, 0],
    ['leadership', 'Leadership', 1, 2, 4],
    ['influence', 'Influence', 0, 0, 0],
    [null, 'Unassigned', 1, 1, 2],
  ]);
  assert.deepEqual(s[3]!.posts.map((p) => p.title), ['scheduled', 'first day of the range', 'one day too old', 'idea']);
});

test('dashboard: radar, cadence of posts and talks, gaps, streaks and nudges', () => {
  const posts = [
    item({ dimension: 'leadership', date: '2026-08-27', title: 'L' }), // 94 days before 2026-11-29
    item({ dimension: 'expertise', date: '2026-09-02' }),
    item({ dimension: 'expertise', date: '2026-09-20' }),
    item({ dimension: 'expertise', date: '2026-10-01' }),
    item({ dimension: 'expertise', date: '2026-10-15' }),
    item({ dimension: 'insight', date: '2026-11-03' }),
    item({ dimension: 'insight', date: '2026-11-20' }),
    item({ dimension: 'insight', date: '2026-11-21', type: 'talk' }),
    item({ dimension: 'expertise', date: '2025-11-15', title: 'outside the range' }),
    item({ status: 'idea', title: 'no dimension' }),
  ];
  const goals = [goal({ id: 'lt', title: 'Leadership talk', kind: 'talk', dimension: 'leadership', target: 2, period: 'month' })];
  const m = buildDashboard({ posts, goals, dimensions: dims, today: TODAY });
  assert.deepEqual(m.range, { from: '2025-11-30', to: '2026-11-29' });
  assert.deepEqual(m.radar.map((r) => [r.id, r.value]), [['expertise', 4], ['insight', 3], ['cross-domain', 0], ['leadership', 1], ['influence', 0]]);
  assert.deepEqual(m.cadence.map((c) => c.month), ['2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09', '2026-10', '2026-11']);
  assert.deepEqual(m.cadence.slice(-4).map((c) => [c.posts, c.talks]), [[1, 0], [2, 0], [2, 0], [2, 1]]);
  assert.deepEqual(m.insights.map((i) => [i.kind, i.message]), [
    ['goal-behind', '“Leadership talk” is behind: 0 of 2, 1 day left.'],
    ['gap', 'No Leadership post in 94 days.'],
    ['never', 'No Cross-domain Knowledge post yet.'],
    ['never', 'No Influence post yet.'],
    ['streak', '3-month streak of ≥ 2 posts.'],
    ['focus', '50% of what you published in this range was Technical Expertise.'],
    ['unassigned', '1 post has no growth dimension.'],
  ]);
  assert.deepEqual(m.insights[1]!.params, { dimension: 'leadership', name: 'Leadership', days: 94, since: '2026-08-27' });
  assert.deepEqual(m.totals, { published: 8, inProgress: 1, unassigned: 1, posts: 10 });
  assert.equal(m.goals[0]!.status, 'behind');
});

test('dashboard: a chosen range, a focus insight, and a quiet board with nothing published', () => {
  const posts = Array.from({ length: 6 }, (_, i) => item({ dimension: i < 4 ? 'expertise' : 'insight', date: `2026-0${i + 1}-10` }));
  const m = buildDashboard({ posts, goals: [], dimensions: dims, today: TODAY, range: { from: '2026-01-01', to: '2026-06-30' } });
  assert.deepEqual(m.radar.map((r) => r.value), [4, 2, 0, 0, 0]);
  assert.ok(m.insights.some((i) => i.kind === 'focus' && i.message === '67% of what you published in this range was Technical Expertise.'));
  const empty = buildDashboard({ posts: [item({ status: 'idea', dimension: 'insight' })], goals: [], dimensions: dims, today: TODAY });
  assert.deepEqual(empty.insights, []);
});

test('dashboard: progress the caller already computed is reused, not evaluated again', () => {
  const posts = [item({ dimension: 'leadership', type: 'talk', date: '2026-11-02' })];
  const goals = [goal({ id: 'lt', title: 'Leadership talk', kind: 'talk', dimension: 'leadership', target: 2, period: 'month' })];
  const progress = evaluateGoals(goals, posts, TODAY);
  const reused = buildDashboard({ posts, goals, progress, dimensions: dims, today: TODAY });
  assert.equal(reused.goals[0], progress[0], 'the very GoalProgress object the caller passed');
  assert.deepEqual(reused, buildDashboard({ posts, goals, dimensions: dims, today: TODAY }));
});
