import { RRule } from 'rrule';

// Visit schedules as the article's door-knocking groups keep them: every day (the 益家亲 group at
// 黎逢保's), every N days, on weekdays of every N weeks, or on a day of every N months. The RRULE
// written by toRRule is the one truth: the API shows it and `rrule` expands it. Dates are calendar
// days in China (UTC+8), carried as UTC midnights so no machine's time zone can shift them.

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface Recurrence {
  frequency: Frequency;
  /** Every `interval` days, weeks or months. */
  interval: number;
  /** WEEKLY: ISO weekdays, 1 = Monday … 7 = Sunday; none means the start's weekday. */
  weekdays?: number[];
  /** MONTHLY: 1–31, the start's day when absent; past a shorter month's end it falls on its last day. */
  dayOfMonth?: number;
  /** YYYY-MM-DD, the first day the schedule applies. */
  startsOn: string;
}

/** The days a schedule may start on and be asked about; beyond them nobody door-knocks, and expansion stays cheap. */
export const EARLIEST_DAY = '2000-01-01';
export const LATEST_DAY = '2100-12-31';
/** The most days one expansion answers. */
export const MAX_OCCURRENCES = 400;

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const DAY_MS = 86_400_000;
const utcMidnight = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoOf = (date: Date) => date.toISOString().slice(0, 10);

/** A real calendar day as YYYY-MM-DD (2026-02-30 is not one, though Date.parse takes it). */
export function isIsoDate(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) && isoOf(utcMidnight(value)) === value;
}

/** Today's date in China (UTC+8), as YYYY-MM-DD. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export const addDays = (iso: string, days: number) => isoOf(new Date(utcMidnight(iso).getTime() + days * DAY_MS));

/** The schedule in iCalendar RRULE form (week starts Monday, the RFC default): what the API shows and what is expanded. */
export function toRRule(rule: Recurrence): string {
  const parts = [`FREQ=${rule.frequency}`, `INTERVAL=${Math.max(1, rule.interval)}`];
  const weekdays = [...new Set(rule.weekdays ?? [])].sort((a, b) => a - b);
  if (rule.frequency === 'WEEKLY' && weekdays.length) parts.push(`BYDAY=${weekdays.map((d) => BYDAY[d - 1]).join(',')}`);
  if (rule.frequency === 'MONTHLY') {
    const day = rule.dayOfMonth ?? Number(rule.startsOn.slice(8, 10));
    // The wanted day and the month's last, whichever comes first: the 31st is 30 April and 28 February.
    parts.push(day > 28 ? `BYMONTHDAY=${day},-1;BYSETPOS=1` : `BYMONTHDAY=${day}`);
  }
  return parts.join(';');
}

/**
 * A later first day the rule repeats from unchanged, a whole number of its periods on, so expansion
 * need not walk every day since the start: the same weekday and week parity, the same month phase (its
 * days are named in the RRULE), the same day count.
 */
function restartFor(rule: Recurrence, day: string): string {
  const start = utcMidnight(rule.startsOn);
  const target = utcMidnight(day);
  const interval = Math.max(1, rule.interval);
  if (rule.frequency === 'MONTHLY') {
    const months = (target.getUTCFullYear() - start.getUTCFullYear()) * 12 + target.getUTCMonth() - start.getUTCMonth();
    const periods = Math.floor(months / interval);
    return periods > 0 ? isoOf(new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + periods * interval, 1))) : rule.startsOn;
  }
  const period = (rule.frequency === 'WEEKLY' ? 7 : 1) * interval;
  const days = Math.round((target.getTime() - start.getTime()) / DAY_MS);
  return addDays(rule.startsOn, Math.max(0, Math.floor(days / period)) * period);
}

/** The occurrence dates in [from, to], oldest first (at most 400); none for a date that is not a real day. */
export function occurrences(rule: Recurrence, from: string, to: string): string[] {
  if (![from, to, rule.startsOn].every(isIsoDate)) return [];
  const first = [from, rule.startsOn, EARLIEST_DAY].reduce((a, b) => (a > b ? a : b));
  const last = to < LATEST_DAY ? to : LATEST_DAY;
  if (first > last) return [];
  const expansion = new RRule({ ...RRule.parseString(toRRule(rule)), dtstart: utcMidnight(restartFor(rule, first)) }, true);
  return expansion.between(utcMidnight(first), utcMidnight(last), true, (_, count) => count < MAX_OCCURRENCES).map(isoOf);
}

export function occursOn(rule: Recurrence, date: string): boolean {
  return occurrences(rule, date, date).length === 1;
}
