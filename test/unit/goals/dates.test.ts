import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addDays, addMonths, daysBetween, fixedClock, isCalendarDate, periodContaining, systemClock,
} from '../../../src/core/goals/api';
import { isoWeekday, parseDateValue } from '../../../src/core/goals/dates';

test('calendar dates: real dates only, leap years by the Gregorian rule', () => {
  assert.equal(isCalendarDate('2024-02-29'), true);
  assert.equal(isCalendarDate('2025-02-29'), false);
  assert.equal(isCalendarDate('2000-02-29'), true);
  assert.equal(isCalendarDate('2100-02-29'), false);
  assert.equal(isCalendarDate('2026-04-31'), false);
  assert.equal(isCalendarDate('2026-13-01'), false);
  assert.equal(isCalendarDate('2026-1-05'), false);
  assert.equal(isCalendarDate('next week'), false);
});

test('day arithmetic crosses month, year and leap-day boundaries', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2023-02-28', 1), '2023-03-01');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2027-01-01', -1), '2026-12-31');
  assert.equal(daysBetween('2024-01-01', '2025-01-01'), 366);
  assert.equal(daysBetween('2025-01-01', '2026-01-01'), 365);
  assert.equal(addMonths('2024-01-31', 1), '2024-02-29');
  assert.equal(addMonths('2023-01-31', 1), '2023-02-28');
  assert.equal(addMonths('2024-02-29', -12), '2023-02-28');
  assert.equal(addMonths('2026-11-29', -12), '2025-11-29');
  assert.equal(addMonths('2026-01-15', -1), '2025-12-15');
});

test('months, quarters and years', () => {
  assert.deepEqual(periodContaining('month', '2024-02-10'), { from: '2024-02-01', to: '2024-02-29' });
  assert.deepEqual(periodContaining('month', '2023-02-10'), { from: '2023-02-01', to: '2023-02-28' });
  assert.deepEqual(periodContaining('month', '2100-02-28'), { from: '2100-02-01', to: '2100-02-28' });
  assert.deepEqual(periodContaining('month', '2026-12-31'), { from: '2026-12-01', to: '2026-12-31' });
  assert.deepEqual(periodContaining('quarter', '2026-03-31'), { from: '2026-01-01', to: '2026-03-31' });
  assert.deepEqual(periodContaining('quarter', '2026-04-01'), { from: '2026-04-01', to: '2026-06-30' });
  assert.deepEqual(periodContaining('quarter', '2026-09-30'), { from: '2026-07-01', to: '2026-09-30' });
  assert.deepEqual(periodContaining('quarter', '2026-11-29'), { from: '2026-10-01', to: '2026-12-31' });
  assert.deepEqual(periodContaining('year', '2024-07-04'), { from: '2024-01-01', to: '2024-12-31' });
});

test('weeks are ISO weeks: Monday to Sunday, across year ends and leap days', () => {
  assert.equal(isoWeekday('2026-11-29'), 7);
  assert.equal(isoWeekday('2026-11-23'), 1);
  assert.deepEqual(periodContaining('week', '2026-11-29'), { from: '2026-11-23', to: '2026-11-29' });
  assert.deepEqual(periodContaining('week', '2026-11-23'), { from: '2026-11-23', to: '2026-11-29' });
  assert.deepEqual(periodContaining('week', '2026-01-01'), { from: '2025-12-29', to: '2026-01-04' });
  assert.deepEqual(periodContaining('week', '2024-02-29'), { from: '2024-02-26', to: '2024-03-03' });
});

test('front-matter dates become local calendar dates', () => {
  const utc = fixedClock('2026-11-29', 0);
  const shanghai = fixedClock('2026-11-29', 480);
  const newYork = fixedClock('2026-11-29', -300);
  assert.equal(parseDateValue('2026-06-02', newYork), '2026-06-02');
  // With a time but no offset, the writer's date is kept as written.
  assert.equal(parseDateValue('2026-06-02T23:30:00', shanghai), '2026-06-02');
  // Hugo/Astro ISO with offset: 09:30 in UTC+8 is 01:30 UTC the same day.
  assert.equal(parseDateValue('2026-06-02T09:30:00+08:00', utc), '2026-06-02');
  // 20:00 in New York is the next morning in Shanghai.
  assert.equal(parseDateValue('2026-06-01T20:00:00-05:00', shanghai), '2026-06-02');
  // 01:00 UTC is still the previous evening in New York.
  assert.equal(parseDateValue('2026-06-02T01:00:00Z', newYork), '2026-06-01');
  assert.equal(parseDateValue('2026-06-02T01:00:00.000Z', newYork), '2026-06-01');
  // Jekyll: "YYYY-MM-DD HH:MM:SS +hhmm".
  assert.equal(parseDateValue('2026-09-18 23:00:00 +0000', shanghai), '2026-09-19');
  assert.equal(parseDateValue('2026-09-18 08:00:00 +0000', utc), '2026-09-18');
  assert.equal(parseDateValue('2021/06/08', utc), '2021-06-08');
  assert.equal(parseDateValue('2021/06-08', utc), null);
  assert.equal(parseDateValue('2026-02-30', utc), null);
  // English dates (Astro's blog template writes `pubDate: 'Jul 08 2022'`).
  assert.equal(parseDateValue('Jul 08 2022', utc), '2022-07-08');
  assert.equal(parseDateValue('July 8, 2022', utc), '2022-07-08');
  assert.equal(parseDateValue('Fri, Jul 08 2022', utc), '2022-07-08');
  assert.equal(parseDateValue('8 July 2022', utc), '2022-07-08');
  assert.equal(parseDateValue('Sept 1st, 2026', utc), '2026-09-01');
  assert.equal(parseDateValue('Feb 29 2023', utc), null);
  assert.equal(parseDateValue('Julember 8 2022', utc), null);
  assert.equal(parseDateValue('soon', utc), null);
});

test('the offset is asked for the instant itself (daylight saving time)', () => {
  // A zone at UTC+1 in winter and UTC+2 from 2026-03-29 01:00 UTC (Central European rules).
  const cet = { today: '2026-06-01', offsetMinutes: (ms: number) => (ms >= Date.UTC(2026, 2, 29, 1) ? 120 : 60) };
  assert.equal(parseDateValue('2026-03-28T22:30:00Z', cet), '2026-03-28'); // 23:30 local
  assert.equal(parseDateValue('2026-06-01T22:30:00Z', cet), '2026-06-02'); // 00:30 local
});

test('clocks', () => {
  assert.equal(systemClock('2026-11-29').today, '2026-11-29');
  assert.match(systemClock().today, /^\d{4}-\d{2}-\d{2}$/);
  assert.throws(() => systemClock('2026-02-30'), /not a calendar date/);
  assert.equal(fixedClock('2026-01-01', 480).offsetMinutes(0), 480);
});
