/**
 * Calendar arithmetic on `YYYY-MM-DD` strings. Dates are counted as whole days since 1970-01-01 through Date.UTC,
 * which has no time zone and no daylight saving time, so month ends and leap years come out right.
 */
import type { CalendarDate, Clock, GoalPeriod } from './model';

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** Builds a date from parts, or null when the parts are not a real date (e.g. February 30). */
export function makeDate(year: number, month: number, day: number): CalendarDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export function isCalendarDate(value: string): boolean {
  const m = DATE_RE.exec(value);
  return m !== null && makeDate(Number(m[1]), Number(m[2]), Number(m[3])) !== null;
}

function parts(date: CalendarDate): [number, number, number] {
  const m = DATE_RE.exec(date);
  if (!m) throw new Error(`not a calendar date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** Days since 1970-01-01. */
export function dayNumber(date: CalendarDate): number {
  const [y, m, d] = parts(date);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

export function fromDayNumber(days: number): CalendarDate {
  const t = new Date(days * DAY_MS);
  return `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return dayNumber(b) - dayNumber(a);
}

/** Adds calendar months, clamping the day to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const [y, m, d] = parts(date);
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return makeDate(year, month, Math.min(d, daysInMonth(year, month)))!;
}

/** `YYYY-MM` of a date. */
export function monthOf(date: CalendarDate): string {
  return date.slice(0, 7);
}

/** ISO weekday: Monday 1 … Sunday 7. */
export function isoWeekday(date: CalendarDate): number {
  const dow = new Date(dayNumber(date) * DAY_MS).getUTCDay();
  return dow === 0 ? 7 : dow;
}

export function periodContaining(period: GoalPeriod, date: CalendarDate): { from: CalendarDate; to: CalendarDate } {
  const [y, m] = parts(date);
  switch (period) {
    case 'week': {
      const from = addDays(date, 1 - isoWeekday(date));
      return { from, to: addDays(from, 6) };
    }
    case 'month':
      return { from: makeDate(y, m, 1)!, to: makeDate(y, m, daysInMonth(y, m))! };
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: makeDate(y, first, 1)!, to: makeDate(y, first + 2, daysInMonth(y, first + 2))! };
    }
    case 'year':
      return { from: makeDate(y, 1, 1)!, to: makeDate(y, 12, 31)! };
  }
}

/** The local calendar date of an instant, given the zone's offset at that instant. */
export function localDateOf(epochMs: number, offsetMinutes: number): CalendarDate {
  return fromDayNumber(Math.floor((epochMs + offsetMinutes * 60_000) / DAY_MS));
}

/** Offset of the machine's zone (minutes east of UTC) at an instant. `Date` is plain ECMAScript, so the core may use it. */
function machineOffset(epochMs: number): number {
  return -new Date(epochMs).getTimezoneOffset();
}

export function systemClock(at?: CalendarDate): Clock {
  if (at !== undefined && !isCalendarDate(at)) throw new Error(`not a calendar date: ${at}`);
  const now = Date.now();
  return { today: at ?? localDateOf(now, machineOffset(now)), offsetMinutes: machineOffset };
}

export function fixedClock(today: CalendarDate, offsetMinutes = 0): Clock {
  if (!isCalendarDate(today)) throw new Error(`not a calendar date: ${today}`);
  return { today, offsetMinutes: () => offsetMinutes };
}

// A date as front matter writes it: `2024-05-01`, `2024-05-01T10:30:00Z`, `2024-05-01 10:30:00 +0800` (Jekyll),
// `2024-05-01T10:30:00.000+08:00` (Astro, dev.to), `2021/06/08` (Docusaurus blogs). Single-digit month, day and hour
// are accepted as YAML 1.1 does.
const TIMESTAMP_RE =
  /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?[ \t]*(Z|z|[+-]\d{1,2}(?::?\d{2})?)?)?$/;

/**
 * Turns a front-matter date into a local calendar date. Without a time or without an offset the date part is the
 * writer's own calendar date and is kept as is; with an offset the instant is converted to the user's zone.
 */
export function parseDateValue(value: string, clock: Pick<Clock, 'offsetMinutes'>): CalendarDate | null {
  const m = TIMESTAMP_RE.exec(value.trim());
  if (!m) return parseEnglishDate(value);
  const date = makeDate(Number(m[1]), Number(m[3]), Number(m[4]));
  if (!date) return null;
  if (m[5] === undefined || m[8] === undefined) return date;
  const hour = Number(m[5]);
  const minute = Number(m[6]);
  const second = m[7] === undefined ? 0 : Number(m[7]);
  if (hour > 24 || minute > 59 || second > 60) return null;
  const zone = m[8];
  let offset = 0;
  if (zone !== 'Z' && zone !== 'z') {
    const z = /^([+-])(\d{1,2}):?(\d{2})?$/.exec(zone)!;
    offset = (z[1] === '-' ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0));
  }
  const [y, mo, d] = parts(date);
  const instant = Date.UTC(y, mo - 1, d, hour, minute, second) - offset * 60_000;
  return localDateOf(instant, clock.offsetMinutes(instant));
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * English dates as Astro's blog template and many hand-written front matters have them: `Jul 08 2022`,
 * `July 8, 2022`, `8 July 2022`, optionally after a weekday (`Fri, Jul 08 2022`). Parsed here rather than with
 * `Date.parse`, whose handling of non-ISO strings differs between JavaScript engines.
 */
function parseEnglishDate(value: string): CalendarDate | null {
  const text = value.trim().replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, '');
  const monthFirst = /^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(text);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text);
  const [monthName, day, year] = monthFirst
    ? [monthFirst[1]!, monthFirst[2]!, monthFirst[3]!]
    : dayFirst
      ? [dayFirst[2]!, dayFirst[1]!, dayFirst[3]!]
      : [null, null, null];
  if (monthName === null) return null;
  const name = monthName.toLowerCase();
  const month = MONTHS.indexOf(name.slice(0, 3)) + 1;
  // The full name must be a real month name ("Jul", "July", "Sept"), not just start like one.
  const full = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'][month - 1];
  if (month === 0 || !(full!.startsWith(name) || name === 'sept')) return null;
  return makeDate(Number(year), month, Number(day));
}
