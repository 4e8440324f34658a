/**
 * The dashboard's model: plain numbers and strings the webview draws. Everything is computed here so the webview
 * script stays a renderer and the CLI or tests can check the same numbers.
 */
import type { CalendarDate, DashboardModel, Dimension, Goal, GoalProgress, Insight, Post } from './model';
import { addMonths, daysBetween, monthOf } from './dates';
import { countingDate, evaluateGoals } from './progress';
import { isPublishedIn, isUnassigned, lastTwelveMonths } from './summary';

/** A dimension with no published item for this many days gets a "No … post in N days" insight. */
export const GAP_DAYS = 60;

export function buildDashboard(input: {
  posts: readonly Post[];
  goals: readonly Goal[];
  /**
   * The goals' progress when the caller already has it for the same posts and day (the extension's snapshot does),
   * so the goals are not evaluated twice; evaluated from `goals` when absent.
   */
  progress?: readonly GoalProgress[];
  dimensions: readonly Dimension[];
  today: CalendarDate;
  range?: { from: CalendarDate; to: CalendarDate };
}): DashboardModel {
  const { posts, dimensions, today } = input;
  const range = input.range ?? lastTwelveMonths(today);
  const inRange = posts.filter((p) => isPublishedIn(p, range));
  const radar = dimensions.map((d) => ({
    id: d.id, name: d.name, color: d.color, value: inRange.filter((p) => p.dimension === d.id).length,
  }));

  const thisMonth = `${monthOf(today)}-01`;
  const cadence = Array.from({ length: 12 }, (_, i) => ({ month: monthOf(addMonths(thisMonth, i - 11)), posts: 0, talks: 0 }));
  const slot = new Map(cadence.map((c) => [c.month, c]));
  for (const p of posts) {
    const d = countingDate(p);
    if (d === null || d > today) continue;
    const c = slot.get(monthOf(d));
    if (!c) continue;
    if (p.type === 'talk') c.talks++;
    else c.posts++;
  }

  const goals = input.progress ? [...input.progress] : evaluateGoals(input.goals, posts, today);
  const insights: Insight[] = [];

  for (const g of goals) {
    if (g.status === 'overdue') {
      insights.push({
        kind: 'goal-overdue', tone: 'negative',
        message: `“${g.goal.title}” is overdue: ${g.done} of ${g.target} by ${g.period.to}.`,
        params: { goal: g.goal.id, title: g.goal.title, done: g.done, target: g.target, due: g.period.to },
      });
    } else if (g.status === 'behind') {
      insights.push({
        kind: 'goal-behind', tone: 'negative',
        message: `“${g.goal.title}” is behind: ${g.done} of ${g.target}, ${g.daysLeft} ${g.daysLeft === 1 ? 'day' : 'days'} left.`,
        params: { goal: g.goal.id, title: g.goal.title, done: g.done, target: g.target, daysLeft: g.daysLeft },
      });
    }
  }

  const published = posts.filter((p) => {
    const d = countingDate(p);
    return d !== null && d <= today;
  });
  if (published.length > 0) {
    const gaps: Insight[] = [];
    const never: Insight[] = [];
    for (const d of dimensions) {
      let last: CalendarDate | null = null;
      for (const p of published) {
        const when = countingDate(p)!;
        if (p.dimension === d.id && (last === null || when > last)) last = when;
      }
      if (last === null) {
        never.push({ kind: 'never', tone: 'negative', message: `No ${d.name} post yet.`, params: { dimension: d.id, name: d.name } });
      } else {
        const days = daysBetween(last, today);
        if (days >= GAP_DAYS) {
          gaps.push({
            kind: 'gap', tone: 'negative', message: `No ${d.name} post in ${days} days.`,
            params: { dimension: d.id, name: d.name, days, since: last },
          });
        }
      }
    }
    gaps.sort((a, b) => Number(b.params['days']) - Number(a.params['days']));
    insights.push(...gaps, ...never);
  }

  const streak = postStreak(cadence, 2) >= 2 ? { months: postStreak(cadence, 2), min: 2 } : { months: postStreak(cadence, 1), min: 1 };
  if (streak.months >= 2) {
    insights.push({
      kind: 'streak', tone: 'positive',
      message: `${streak.months}-month streak of ≥ ${streak.min} ${streak.min === 1 ? 'post' : 'posts'}.`,
      params: { months: streak.months, min: streak.min },
    });
  }

  const total = inRange.length;
  const top = [...radar].sort((a, b) => b.value - a.value)[0];
  if (top && total >= 5 && top.value / total >= 0.5) {
    const share = Math.round((top.value / total) * 100);
    insights.push({
      kind: 'focus', tone: 'neutral', message: `${share}% of what you published in this range was ${top.name}.`,
      params: { dimension: top.id, name: top.name, share },
    });
  }

  const known = new Set(dimensions.map((d) => d.id));
  const unassigned = posts.filter((p) => isUnassigned(p, known)).length;
  if (unassigned > 0) {
    insights.push({
      kind: 'unassigned', tone: 'neutral',
      message: `${unassigned} ${unassigned === 1 ? 'post has' : 'posts have'} no growth dimension.`,
      params: { count: unassigned },
    });
  }

  return {
    today,
    range,
    radar,
    cadence,
    goals,
    insights,
    totals: {
      published: total,
      inProgress: posts.filter((p) => p.status !== 'published').length,
      unassigned,
      posts: posts.length,
    },
  };
}

/**
 * Consecutive months, ending now, with at least `min` posts (talks not included). The current month counts only
 * once it has reached `min`: a month that is not over yet does not break a streak.
 */
export function postStreak(cadence: ReadonlyArray<{ posts: number }>, min: number): number {
  let i = cadence.length - 1;
  if (i >= 0 && cadence[i]!.posts < min) i--;
  let months = 0;
  for (; i >= 0 && cadence[i]!.posts >= min; i--) months++;
  return months;
}
