/**
 * Presentation logic for the goals sidebar and the dashboard webview: pure, so the extension, the webview script
 * and unit tests share it. Nothing here decides progress or status (that is the goals core); it only turns the
 * core's answers into colours, shapes and validated messages.
 */
import type { CalendarDate, GoalStatus } from '../../../core/goals/api';

// ───────────────────────────── Colours ─────────────────────────────

/**
 * The dashboard and the trees are themed only with VS Code's chart colours (`--vscode-charts-*` and
 * `charts.*` theme colours), so light, dark and high-contrast themes all get readable colours. A dimension's
 * configured CSS colour is mapped to the nearest of these by hue.
 */
export type ChartColor = 'red' | 'orange' | 'yellow' | 'green' | 'blue' | 'purple';
export const CHART_COLORS: readonly ChartColor[] = ['red', 'orange', 'yellow', 'green', 'blue', 'purple'];

/** Centre hue (degrees) of each chart colour. */
const HUES: ReadonlyArray<[ChartColor, number]> = [
  ['red', 0],
  ['orange', 30],
  ['yellow', 55],
  ['green', 120],
  ['blue', 215],
  ['purple', 285],
];

/**
 * The chart colour nearest to a CSS colour (`#rgb`, `#rrggbb`, or a few names). Unknown colours and greys
 * get `fallback`, so every dimension still has a colour.
 */
export function chartColorFor(color: string | null | undefined, fallback: ChartColor = 'blue'): ChartColor {
  if (!color) return fallback;
  const named = color.trim().toLowerCase();
  if ((CHART_COLORS as readonly string[]).includes(named)) return named as ChartColor;
  const rgb = parseHex(named);
  if (!rgb) return fallback;
  const [r, g, b] = rgb.map((v) => v / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max - min < 0.08) return fallback; // grey: no hue to match
  let hue: number;
  if (max === r) hue = ((g - b) / (max - min)) * 60;
  else if (max === g) hue = ((b - r) / (max - min)) * 60 + 120;
  else hue = ((r - g) / (max - min)) * 60 + 240;
  if (hue < 0) hue += 360;
  let best: ChartColor = fallback;
  let bestDistance = Infinity;
  for (const [name, centre] of HUES) {
    const d = Math.min(Math.abs(hue - centre), 360 - Math.abs(hue - centre));
    if (d < bestDistance) {
      bestDistance = d;
      best = name;
    }
  }
  return best;
}

function parseHex(value: string): [number, number, number] | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/.exec(value);
  if (short) return [parseInt(short[1]! + short[1]!, 16), parseInt(short[2]! + short[2]!, 16), parseInt(short[3]! + short[3]!, 16)];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})(?:[0-9a-f]{2})?$/.exec(value);
  if (long) return [parseInt(long[1]!, 16), parseInt(long[2]!, 16), parseInt(long[3]!, 16)];
  return null;
}

/** The chart colour and codicon for a goal status, shared by the tree and the dashboard. */
export function goalStatusLook(status: GoalStatus): { icon: string; color: ChartColor } {
  switch (status) {
    case 'done':
      return { icon: 'pass-filled', color: 'green' };
    case 'on-track':
      return { icon: 'circle-large-outline', color: 'blue' };
    case 'behind':
      return { icon: 'warning', color: 'yellow' };
    case 'overdue':
      return { icon: 'error', color: 'red' };
  }
}

// ───────────────────────────── Chart geometry ─────────────────────────────

/** The smallest "nice" axis maximum ≥ value (1, 2, 4, 5, 10, 20, 25, 50, 100, …); at least 1. */
export function niceMax(value: number): number {
  if (!(value > 1)) return 1;
  let scale = 1;
  for (;;) {
    for (const step of [1, 2, 4, 5]) {
      if (step * scale >= value) return step * scale;
    }
    if (10 * scale >= value) return 10 * scale;
    scale *= 10;
    for (const step of [2, 2.5, 5]) {
      if (step * scale >= value) return step * scale;
    }
  }
}

export interface Point {
  x: number;
  y: number;
}

export interface RadarGeometry {
  /** Where each axis ends (the 100 % ring), first axis straight up, clockwise. */
  axes: Point[];
  /** Where each value's vertex sits. */
  vertices: Point[];
  /** Rings at 25/50/75/100 %, each as a closed polygon's points. */
  rings: Point[][];
  /** Label anchors just outside each axis end, with the text alignment that keeps labels off the chart. */
  labels: Array<Point & { anchor: 'start' | 'middle' | 'end' }>;
}

/** Radar (spider) chart geometry for values scaled against `max`, centred at (cx, cy). */
export function radarGeometry(values: readonly number[], max: number, radius: number, cx: number, cy: number): RadarGeometry {
  const n = values.length;
  const at = (i: number, r: number): Point => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / Math.max(n, 1);
    return { x: round(cx + r * Math.cos(angle)), y: round(cy + r * Math.sin(angle)) };
  };
  const safeMax = max > 0 ? max : 1;
  const axes = values.map((_, i) => at(i, radius));
  const vertices = values.map((v, i) => at(i, (Math.max(0, Math.min(v, safeMax)) / safeMax) * radius));
  const rings = [0.25, 0.5, 0.75, 1].map((share) => values.map((_, i) => at(i, radius * share)));
  const labels = values.map((_, i) => {
    const p = at(i, radius + 14);
    const dx = p.x - cx;
    const anchor: 'start' | 'middle' | 'end' = Math.abs(dx) < radius * 0.2 ? 'middle' : dx > 0 ? 'start' : 'end';
    return { ...p, anchor };
  });
  return { axes, vertices, rings, labels };
}

/** SVG `points` attribute text for a polygon. */
export function pointsAttribute(points: readonly Point[]): string {
  return points.map((p) => `${p.x},${p.y}`).join(' ');
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

// ───────────────────────────── Ranges ─────────────────────────────

/** The radar ranges a person can choose in the dashboard, in months. */
export const RANGE_MONTHS: readonly number[] = [3, 6, 12, 24];

/**
 * The range "the last N months, today included": from the day after the same day N months ago (clamped to the end
 * of a shorter month) to today. For N = 12 this is the core's "last 12 months".
 */
export function lastMonthsRange(today: CalendarDate, months: number): { from: CalendarDate; to: CalendarDate } {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const day = Math.min(d, daysInMonth(year, month));
  return { from: nextDay(year, month, day), to: today };
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function nextDay(year: number, month: number, day: number): CalendarDate {
  const t = new Date(Date.UTC(year, month - 1, day + 1));
  return `${String(t.getUTCFullYear()).padStart(4, '0')}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

// ───────────────────────────── Dashboard messages ─────────────────────────────

/** What the extension draws in the dashboard: the core's model, already localised and reduced to plain data. */
export interface DashboardView {
  /** BCP 47 language of the UI (for number formatting). */
  locale: string;
  months: number;
  rangeChoices: Array<{ months: number; label: string }>;
  strings: {
    title: string;
    range: string;
    radar: string;
    radarSummary: string;
    cadence: string;
    cadenceSummary: string;
    posts: string;
    talks: string;
    goals: string;
    noGoals: string;
    insights: string;
    noInsights: string;
    recent: string;
    noRecent: string;
    related: string;
    totals: string;
  };
  radar: Array<{ id: string; name: string; color: ChartColor; value: number }>;
  /** `label` is the short month name under the bar, `title` the full month for the tooltip. */
  cadence: Array<{ month: string; label: string; title: string; posts: number; talks: number }>;
  goals: Array<{
    id: string;
    title: string;
    done: number;
    target: number;
    status: GoalStatus;
    statusLabel: string;
    color: ChartColor;
    detail: string;
  }>;
  insights: Array<{ tone: 'positive' | 'neutral' | 'negative'; text: string }>;
  recent: Array<{ path: string; title: string; detail: string }>;
  /**
   * Posts with `related` links, either way: "builds on <post>" on the post that names it, "used by <talk>" on the
   * post it names; `missing` for an entry that names no post (`path` null). Empty: the card is not drawn.
   */
  related: Array<{
    path: string;
    title: string;
    links: Array<{ direction: 'builds-on' | 'used-by'; label: string; title: string; path: string | null; missing: boolean }>;
  }>;
}

export type HostMessage = { type: 'view'; view: DashboardView };

export type WebviewMessage =
  | { type: 'ready' }
  | { type: 'openPost'; path: string }
  | { type: 'openGoal'; id: string }
  | { type: 'setRange'; months: number };

/**
 * Checks a message from the webview before the extension acts on it: the webview is a web page and must be
 * treated as untrusted input. Returns null for anything that is not exactly one of the known shapes.
 */
export function parseWebviewMessage(value: unknown): WebviewMessage | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const msg = value as Record<string, unknown>;
  switch (msg.type) {
    case 'ready':
      return { type: 'ready' };
    case 'openPost':
      return typeof msg.path === 'string' && msg.path.length > 0 && msg.path.length < 4096
        ? { type: 'openPost', path: msg.path }
        : null;
    case 'openGoal':
      return typeof msg.id === 'string' && msg.id.length > 0 && msg.id.length < 512 ? { type: 'openGoal', id: msg.id } : null;
    case 'setRange':
      return typeof msg.months === 'number' && RANGE_MONTHS.includes(msg.months)
        ? { type: 'setRange', months: msg.months }
        : null;
    default:
      return null;
  }
}
