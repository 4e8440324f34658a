/**
 * Goal windows and progress.
 *
 * Windows (all dates inclusive, in the user's calendar):
 *   period            the current week (ISO: Monday–Sunday), month, quarter or year;
 *   period + due      recurs until `due`: the current period, cut at `due`; after `due`, the last period;
 *   due               the 12 months up to `due` (from = due − 12 months + 1 day);
 *   from + due        exactly that window.
 *
 * Status, in this order:
 *   done       done ≥ target;
 *   overdue    the window has ended (today > to) and done < target;
 *   behind     done < floor(expected), expected = target × elapsed / length, where elapsed counts the window's
 *              days up to and including today and length is the window's days. So with 2 posts a month, the
 *              first post is "due" once half the month has passed, the second on the last day;
 *   on-track   otherwise (also before a window has started).
 */
import type { CalendarDate, Goal, GoalProgress, Post } from './model';
import { addDays, addMonths, dayNumber, periodContaining } from './dates';

export function goalWindow(goal: Goal, today: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  if (goal.period) {
    const at = goal.due !== null && today > goal.due ? goal.due : today;
    const p = periodContaining(goal.period, at);
    return goal.due !== null && p.to > goal.due ? { from: p.from, to: goal.due } : p;
  }
  const due = goal.due ?? today;
  return { from: goal.from ?? addDays(addMonths(due, -12), 1), to: due };
}

/** Talks are `type: talk`; every other type (blog, newsletter, podcast …) counts as a post. */
export function postMatchesGoal(post: Post, goal: Goal): boolean {
  if (goal.kind === 'talk' && post.type !== 'talk') return false;
  if (goal.kind === 'post' && post.type === 'talk') return false;
  return goal.dimension === null || post.dimension === goal.dimension;
}

export function countingDate(post: Post): CalendarDate | null {
  if (post.status !== 'published') return null;
  return post.published ?? post.date;
}

function byCountingDate(a: Post, b: Post): number {
  const da = countingDate(a) ?? '';
  const db = countingDate(b) ?? '';
  return da < db ? -1 : da > db ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

export function evaluateGoal(goal: Goal, posts: readonly Post[], today: CalendarDate): GoalProgress {
  const period = goalWindow(goal, today);
  // A post dated in the future does not count yet, even when it says `status: published`.
  const last = period.to < today ? period.to : today;
  const counted = posts
    .filter((p) => {
      const d = countingDate(p);
      return d !== null && d >= period.from && d <= last && postMatchesGoal(p, goal);
    })
    .sort(byCountingDate);
  const done = counted.length;
  const length = dayNumber(period.to) - dayNumber(period.from) + 1;
  const elapsed = Math.min(length, Math.max(0, dayNumber(today) - dayNumber(period.from) + 1));
  const expected = (goal.target * elapsed) / length;
  let status: GoalProgress['status'];
  if (done >= goal.target) status = 'done';
  else if (today > period.to) status = 'overdue';
  else if (done < Math.floor(expected + 1e-9)) status = 'behind';
  else status = 'on-track';
  return {
    goal,
    period,
    done,
    target: goal.target,
    expected,
    status,
    daysLeft: dayNumber(period.to) - dayNumber(today),
    posts: counted,
  };
}

export function evaluateGoals(goals: readonly Goal[], posts: readonly Post[], today: CalendarDate): GoalProgress[] {
  return goals.map((g) => evaluateGoal(g, posts, today));
}
