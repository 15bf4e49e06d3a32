// Visit schedules as the article's door-knocking groups keep them: every day (the 益家亲 group at
// 黎逢保's), every N days, on weekdays of every N weeks, or on a day of every N months. Dates are
// calendar days in China time; a monthly day past the month's end falls on its last day.

export type Frequency = 'DAILY' | 'WEEKLY' | 'MONTHLY';

export interface Recurrence {
  frequency: Frequency;
  /** Every `interval` days, weeks or months. */
  interval: number;
  /** WEEKLY: ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays?: number[];
  /** MONTHLY: 1–31; 31 means the month's last day in shorter months. */
  dayOfMonth?: number;
  /** YYYY-MM-DD, the first day the schedule applies. */
  startsOn: string;
}

const DAY = 86_400_000;
const toDays = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDays = (days: number) => new Date(days * DAY).toISOString().slice(0, 10);

/** Today's date in China (UTC+8), as YYYY-MM-DD. */
export function chinaToday(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
}

export function occursOn(rule: Recurrence, date: string): boolean {
  const day = toDays(date);
  const start = toDays(rule.startsOn);
  if (day < start) return false;
  const interval = Math.max(1, rule.interval);
  if (rule.frequency === 'DAILY') return (day - start) % interval === 0;
  if (rule.frequency === 'WEEKLY') {
    const isoWeekday = ((new Date(day * DAY).getUTCDay() + 6) % 7) + 1;
    const weekdays = rule.weekdays?.length ? rule.weekdays : [((new Date(start * DAY).getUTCDay() + 6) % 7) + 1];
    if (!weekdays.includes(isoWeekday)) return false;
    // Weeks counted Monday to Monday from the start's week.
    const mondayOf = (d: number) => d - ((new Date(d * DAY).getUTCDay() + 6) % 7);
    return ((mondayOf(day) - mondayOf(start)) / 7) % interval === 0;
  }
  const d = new Date(day * DAY);
  const s = new Date(start * DAY);
  const months = (d.getUTCFullYear() - s.getUTCFullYear()) * 12 + d.getUTCMonth() - s.getUTCMonth();
  if (months % interval !== 0) return false;
  const wanted = rule.dayOfMonth ?? s.getUTCDate();
  const lastDay = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate();
  return d.getUTCDate() === Math.min(wanted, lastDay);
}

/** The occurrence dates in [from, to], oldest first (at most 400). */
export function occurrences(rule: Recurrence, from: string, to: string): string[] {
  const out: string[] = [];
  for (let day = Math.max(toDays(from), toDays(rule.startsOn)); day <= toDays(to) && out.length < 400; day++) {
    const date = fromDays(day);
    if (occursOn(rule, date)) out.push(date);
  }
  return out;
}

export const addDays = (iso: string, days: number) => fromDays(toDays(iso) + days);

/** The schedule in iCalendar RRULE form, for calendars and exports. */
export function toRRule(rule: Recurrence): string {
  const parts = [`FREQ=${rule.frequency}`, `INTERVAL=${Math.max(1, rule.interval)}`];
  if (rule.frequency === 'WEEKLY' && rule.weekdays?.length) parts.push(`BYDAY=${rule.weekdays.map((d) => ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'][d - 1]).join(',')}`);
  if (rule.frequency === 'MONTHLY')
    parts.push(rule.dayOfMonth && rule.dayOfMonth > 28 ? `BYMONTHDAY=${rule.dayOfMonth},-1;BYSETPOS=1` : `BYMONTHDAY=${rule.dayOfMonth ?? Number(rule.startsOn.slice(8))}`);
  return parts.join(';');
}
