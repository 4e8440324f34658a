import * as vscode from 'vscode';
import { isCalendarDate, type Dimension, type GoalInput, type GoalKind, type GoalPeriod } from '../../core/goals/api';
import { dimensionLabel, goalKindLabel } from './labels';
import type { Prompts } from '../prompts';

/** A QuickPick item that carries the value it stands for (tests answer the flow by value). */
export interface ValueItem<T> extends vscode.QuickPickItem {
  value: T;
}

type Timeframe = { period: GoalPeriod; from: null; due: null } | { period: null; from: string | null; due: string };

const MAX_TARGET = 1000;

/** The steps of the guided Add Goal flow, also used one at a time by Edit Goal. Each returns undefined on Escape. */
export async function pickKind(ui: Prompts, current?: GoalKind): Promise<GoalKind | undefined> {
  const items: Array<ValueItem<GoalKind>> = [
    { value: 'post', label: `$(note) ${vscode.l10n.t('Posts')}`, description: vscode.l10n.t('blog posts and articles') },
    { value: 'talk', label: `$(megaphone) ${vscode.l10n.t('Talks')}`, description: vscode.l10n.t('talks, meetups, podcasts') },
    { value: 'any', label: `$(files) ${vscode.l10n.t('Posts or talks')}`, description: vscode.l10n.t('anything you publish') },
  ];
  const picked = await ui.showQuickPick(mark(items, current), {
    title: vscode.l10n.t('Add Goal: what counts?'),
    placeHolder: vscode.l10n.t('What should count towards this goal?'),
  });
  return picked?.value;
}

/** The goal's dimension: one of the configured dimensions, or "any dimension" (null). */
export function pickDimension(ui: Prompts, dimensions: readonly Dimension[], current?: string | null): Promise<string | null | undefined> {
  return pickDimensionOf(ui, dimensions, {
    current,
    none: { label: `$(circle-large-outline) ${vscode.l10n.t('Any dimension')}`, first: true },
    title: vscode.l10n.t('Add Goal: growth dimension'),
    placeHolder: vscode.l10n.t('Which growth dimension should it build?'),
  });
}

/**
 * The one dimension picker (goals, posts and templates): each configured dimension with its icon and its name in
 * the display language, the current one marked, a preferred one (a template's default) first, and an optional item
 * that stands for "no dimension" (null). Undefined when the person pressed Escape.
 */
export async function pickDimensionOf(
  ui: Prompts,
  dimensions: readonly Dimension[],
  options: {
    current?: string | null;
    /** Listed first, pre-selected, with this description (Enter takes it). */
    preferred?: { id: string; description: string };
    /** The item for null, first or last in the list; left out when absent. */
    none?: { label: string; description?: string; first?: boolean };
    title?: string;
    placeHolder: string;
  },
): Promise<string | null | undefined> {
  const preferred = options.preferred;
  const ordered = preferred ? [...dimensions.filter((d) => d.id === preferred.id), ...dimensions.filter((d) => d.id !== preferred.id)] : dimensions;
  const items: Array<ValueItem<string | null>> = ordered.map((d) => d.id === preferred?.id
    ? { value: d.id, label: `$(${d.icon}) ${dimensionLabel(d)}`, description: preferred.description, picked: true }
    : { value: d.id, label: `$(${d.icon}) ${dimensionLabel(d)}`, description: d.aliases.join(', ') });
  if (options.none) {
    const none: ValueItem<string | null> = { value: null, label: options.none.label, description: options.none.description };
    if (options.none.first) items.unshift(none);
    else items.push(none);
  }
  const picked = await ui.showQuickPick(mark(items, options.current), { title: options.title, placeHolder: options.placeHolder });
  return picked ? picked.value : undefined;
}

export async function askTarget(ui: Prompts, kind: GoalKind, current?: number): Promise<number | undefined> {
  const value = await ui.showInputBox({
    title: vscode.l10n.t('Add Goal: target'),
    prompt: vscode.l10n.t('How many {0}?', goalKindLabel(kind)),
    value: String(current ?? 1),
    validateInput: (text) => (parseTarget(text) === undefined ? vscode.l10n.t('Enter a whole number from 1 to {0}.', MAX_TARGET) : undefined),
  });
  return value === undefined ? undefined : parseTarget(value);
}

export async function pickTimeframe(ui: Prompts, today: string): Promise<Timeframe | undefined> {
  type Choice = GoalPeriod | 'deadline' | 'window';
  const items: Array<ValueItem<Choice>> = [
    { value: 'week', label: vscode.l10n.t('Every week'), description: vscode.l10n.t('Monday to Sunday') },
    { value: 'month', label: vscode.l10n.t('Every month') },
    { value: 'quarter', label: vscode.l10n.t('Every quarter') },
    { value: 'year', label: vscode.l10n.t('Every year') },
    { value: 'deadline', label: vscode.l10n.t('By a deadline…'), description: vscode.l10n.t('counts from today') },
    { value: 'window', label: vscode.l10n.t('Between two dates…') },
  ];
  const picked = await ui.showQuickPick(items, {
    title: vscode.l10n.t('Add Goal: period or deadline'),
    placeHolder: vscode.l10n.t('Over what time?'),
  });
  if (!picked) return undefined;
  const choice = picked.value;
  if (choice === 'deadline') {
    const due = await askDate(ui, vscode.l10n.t('Deadline'), undefined, today);
    return due === undefined ? undefined : { period: null, from: today, due };
  }
  if (choice === 'window') {
    const from = await askDate(ui, vscode.l10n.t('From'), undefined, undefined);
    if (from === undefined) return undefined;
    const due = await askDate(ui, vscode.l10n.t('Until'), undefined, from);
    return due === undefined ? undefined : { period: null, from, due };
  }
  return { period: choice, from: null, due: null };
}

export async function askTitle(ui: Prompts, suggestion: string, current?: string): Promise<string | undefined> {
  const value = await ui.showInputBox({
    title: vscode.l10n.t('Add Goal: title'),
    prompt: vscode.l10n.t('A short title for the goal'),
    value: current ?? suggestion,
    validateInput: (text) => (text.trim().length === 0 ? vscode.l10n.t('The title cannot be empty.') : undefined),
  });
  return value?.trim();
}

/** The whole guided flow: kind, dimension, target, period or deadline, title. */
export async function runAddGoalFlow(ui: Prompts, dimensions: readonly Dimension[], today: string): Promise<GoalInput | undefined> {
  const kind = await pickKind(ui);
  if (!kind) return undefined;
  const dimension = await pickDimension(ui, dimensions);
  if (dimension === undefined) return undefined;
  const target = await askTarget(ui, kind);
  if (target === undefined) return undefined;
  const time = await pickTimeframe(ui, today);
  if (!time) return undefined;
  const dimensionName = dimension ? (dimensions.find((d) => d.id === dimension)?.name ?? dimension) : null;
  const title = await askTitle(ui, suggestTitle(kind, dimensionName, target, time));
  if (!title) return undefined;
  return { title, kind, dimension, target, period: time.period, from: time.from, due: time.due };
}

/** "2 posts per month", "1 Leadership talk by 2027-06-30": a title that says what the goal is. */
export function suggestTitle(kind: GoalKind, dimensionName: string | null, target: number, time: Timeframe): string {
  const what = dimensionName ? vscode.l10n.t('{0} {1}', dimensionName, kindNoun(kind, target)) : kindNoun(kind, target);
  if (time.period) return vscode.l10n.t('{0} {1} per {2}', target, what, periodNoun(time.period));
  if (time.from && time.from !== time.due) return vscode.l10n.t('{0} {1} from {2} to {3}', target, what, time.from, time.due);
  return vscode.l10n.t('{0} {1} by {2}', target, what, time.due);
}

function kindNoun(kind: GoalKind, n: number): string {
  if (kind === 'post') return n === 1 ? vscode.l10n.t('post') : vscode.l10n.t('posts');
  if (kind === 'talk') return n === 1 ? vscode.l10n.t('talk') : vscode.l10n.t('talks');
  return n === 1 ? vscode.l10n.t('post or talk') : vscode.l10n.t('posts or talks');
}

function periodNoun(period: GoalPeriod): string {
  const nouns: Record<GoalPeriod, string> = {
    week: vscode.l10n.t('week'), month: vscode.l10n.t('month'), quarter: vscode.l10n.t('quarter'), year: vscode.l10n.t('year'),
  };
  return nouns[period];
}

async function askDate(ui: Prompts, label: string, current: string | undefined, notBefore: string | undefined): Promise<string | undefined> {
  const value = await ui.showInputBox({
    title: vscode.l10n.t('Add Goal: {0}', label),
    prompt: vscode.l10n.t('{0} (YYYY-MM-DD)', label),
    value: current ?? '',
    placeHolder: 'YYYY-MM-DD',
    validateInput: (text) => {
      const t = text.trim();
      if (!isCalendarDate(t)) return vscode.l10n.t('Enter a date as YYYY-MM-DD, for example 2027-06-30.');
      if (notBefore && t < notBefore) return vscode.l10n.t('Choose a date on or after {0}.', notBefore);
      return undefined;
    },
  });
  return value?.trim();
}

function parseTarget(text: string): number | undefined {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return undefined;
  const n = Number(t);
  return n >= 1 && n <= MAX_TARGET ? n : undefined;
}

/** Puts the current value first and marks it, so Edit Goal shows what is set now. */
function mark<T>(items: Array<ValueItem<T>>, current: T | undefined): Array<ValueItem<T>> {
  if (current === undefined) return items;
  const now = vscode.l10n.t('current');
  return items.map((i) => (i.value === current ? { ...i, picked: true, description: i.description ? `${i.description} · ${now}` : now } : i));
}
