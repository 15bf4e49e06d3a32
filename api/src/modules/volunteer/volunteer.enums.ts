import { registerEnumType } from 'type-graphql';

export enum TaskStatus {
  OPEN = 'OPEN',
  FULL = 'FULL',
  CLOSED = 'CLOSED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(TaskStatus, { name: 'TaskStatus' });

export enum SignupStatus {
  CONFIRMED = 'CONFIRMED',
  WAITLISTED = 'WAITLISTED',
  WITHDRAWN = 'WITHDRAWN',
}
registerEnumType(SignupStatus, { name: 'SignupStatus', description: 'CONFIRMED holds a place; WAITLISTED waits in line for one.' });

/** Half-day slots of a week a volunteer says they are usually free, e.g. TUE_PM. */
export const WEEK_SLOTS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'].flatMap((day) => ['AM', 'PM', 'EVE'].map((part) => `${day}_${part}`));

/** The slots a time window touches, in China time (UTC+8). */
export function slotsOf(startsAt: Date, endsAt: Date): string[] {
  const days = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
  const slots = new Set<string>();
  for (let t = startsAt.getTime(); t < endsAt.getTime(); t += 30 * 60_000) {
    const local = new Date(t + 8 * 3_600_000);
    const hour = local.getUTCHours();
    const part = hour < 12 ? 'AM' : hour < 18 ? 'PM' : 'EVE';
    slots.add(`${days[local.getUTCDay()]}_${part}`);
    if (slots.size > 21) break;
  }
  return [...slots];
}
