// A door-knocking schedule read the plain way, one calendar day at a time, written apart from the
// implementation (which is the `rrule` package) so that each checks the other.

export interface ScheduleShape {
  frequency: 'DAILY' | 'WEEKLY' | 'MONTHLY';
  interval: number;
  /** ISO weekdays, 1 = Monday; none means the start's weekday. */
  weekdays: number[];
  /** Past a shorter month's end it falls on its last day; none means the start's day. */
  dayOfMonth: number | null;
  startsOn: string;
}

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const isoWeekday = (day: number) => ((new Date(day * DAY_MS).getUTCDay() + 6) % 7) + 1;
const mondayOf = (day: number) => day - isoWeekday(day) + 1;

export const plusDays = (iso: string, days: number) => isoOf(dayNumber(iso) + days);
export const weekdayOf = (iso: string) => isoWeekday(dayNumber(iso));

function fallsOn(s: ScheduleShape, start: number, day: number): boolean {
  if (s.frequency === 'DAILY') return (day - start) % s.interval === 0;
  if (s.frequency === 'WEEKLY') {
    const weekdays = s.weekdays.length ? s.weekdays : [isoWeekday(start)];
    return weekdays.includes(isoWeekday(day)) && ((mondayOf(day) - mondayOf(start)) / 7) % s.interval === 0;
  }
  const date = new Date(day * DAY_MS);
  const first = new Date(start * DAY_MS);
  const months = (date.getUTCFullYear() - first.getUTCFullYear()) * 12 + date.getUTCMonth() - first.getUTCMonth();
  const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  return months % s.interval === 0 && date.getUTCDate() === Math.min(s.dayOfMonth ?? first.getUTCDate(), lastDay);
}

/** The schedule's days in [from, to], oldest first. */
export function referenceDays(s: ScheduleShape, from: string, to: string): string[] {
  const start = dayNumber(s.startsOn);
  const days: string[] = [];
  for (let day = Math.max(dayNumber(from), start); day <= dayNumber(to); day++) if (fallsOn(s, start, day)) days.push(isoOf(day));
  return days;
}
