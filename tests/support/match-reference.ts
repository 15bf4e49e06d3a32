import { MATCH_WEIGHTS } from '../../api/src/modules/volunteer/match.score';

// The documented matching score (MATCH_WEIGHTS and the comment above it), read plainly: every volunteer,
// every rule in the order the documentation gives it, no SQL, no bounds, no shortcuts.

export interface RefVolunteer {
  id: string;
  createdAt: Date;
  active: boolean;
  communityId: string | null;
  gridId: string | null;
  skills: string[];
  availability: string[];
}

export interface RefTask {
  id: string;
  communityId: string;
  gridId: string | null;
  needId: string | null;
  requiredSkills: string[];
  startsAt: Date;
  endsAt: Date;
  status: 'OPEN' | 'FULL' | 'CLOSED' | 'CANCELLED';
}

export interface RefSignup {
  taskId: string;
  volunteerId: string;
  status: 'CONFIRMED' | 'WAITLISTED' | 'WITHDRAWN';
  checkedOutAt: Date | null;
  confirmedHours: number | null;
}

export interface RefWorld {
  volunteers: RefVolunteer[];
  tasks: RefTask[];
  signups: RefSignup[];
}

export interface RefMatch {
  id: string;
  score: number;
  reasons: string[];
}

const DAY_NAMES = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const DAY_ZH: Record<string, string> = { MON: '周一', TUE: '周二', WED: '周三', THU: '周四', FRI: '周五', SAT: '周六', SUN: '周日' };
const PART_ZH: Record<string, string> = { AM: '上午', PM: '下午', EVE: '晚上' };

/** The half-day slots (China time) a window touches, looked at every half hour from its start. */
export function slotsTouched(startsAt: Date, endsAt: Date): string[] {
  const slots: string[] = [];
  for (let t = startsAt.getTime(); t < endsAt.getTime(); t += 30 * 60_000) {
    const china = new Date(t + 8 * 3_600_000);
    const hour = china.getUTCHours();
    const slot = `${DAY_NAMES[china.getUTCDay()]}_${hour < 12 ? 'AM' : hour < 18 ? 'PM' : 'EVE'}`;
    if (!slots.includes(slot)) slots.push(slot);
  }
  return slots;
}

const DAY_MS = 86_400_000;

/** The k best matches for the task as the documentation defines them, best first, with the reasons in Chinese. */
export function referenceMatches(world: RefWorld, task: RefTask, k: number, now: Date): RefMatch[] {
  const w = MATCH_WEIGHTS;
  const taskById = new Map(world.tasks.map((t) => [t.id, t]));
  const slots = slotsTouched(task.startsAt, task.endsAt);
  const signupsOf = (volunteerId: string) => world.signups.filter((s) => s.volunteerId === volunteerId);

  const scored = world.volunteers.flatMap((v) => {
    const mine = signupsOf(v.id);
    // Hard filters.
    if (!v.active) return [];
    if (mine.some((s) => s.taskId === task.id && (s.status === 'CONFIRMED' || s.status === 'WAITLISTED'))) return [];
    const busy = mine.some((s) => {
      const other = taskById.get(s.taskId);
      return s.status === 'CONFIRMED' && other && other.id !== task.id && other.status !== 'CANCELLED' && other.startsAt < task.endsAt && other.endsAt > task.startsAt;
    });
    if (busy) return [];
    if (v.availability.length > 0 && !v.availability.some((slot) => slots.includes(slot))) return [];
    const held = task.requiredSkills.filter((skill) => v.skills.includes(skill));
    if (task.requiredSkills.length > 0 && held.length === 0 && v.communityId !== task.communityId) return [];

    // The score.
    const skills = task.requiredSkills.length === 0 ? w.noSkillsAsked : (w.skills * held.length) / task.requiredSkills.length;
    const sameGrid = v.gridId !== null && v.gridId === task.gridId;
    const sameCommunity = v.communityId !== null && v.communityId === task.communityId;
    const distance = sameGrid ? w.sameGrid : sameCommunity ? w.sameCommunity : 0;
    const availability = v.availability.length > 0 ? w.available : w.availabilityUnstated;
    let served = 0;
    for (const s of mine) {
      const out = s.checkedOutAt?.getTime();
      if (s.confirmedHours !== null && out !== undefined && out >= now.getTime() - 30 * DAY_MS && out <= now.getTime()) served += s.confirmedHours;
    }
    const recentHours = Math.round(served * 10) / 10;
    const fairness = w.fairness * Math.max(0, 1 - recentHours / w.fairHours);
    const continued = mine.some((s) => {
      const other = taskById.get(s.taskId);
      return s.status === 'CONFIRMED' && task.needId !== null && other?.needId === task.needId && other.id !== task.id;
    });
    const continuity = continued ? w.continuity : 0;

    const reasons: string[] = [];
    if (held.length) reasons.push(`持有${held.join('、')}技能`);
    if (sameGrid) reasons.push('同一网格');
    else if (sameCommunity) reasons.push('同一社区');
    if (v.availability.length > 0) reasons.push(`${DAY_ZH[slots[0].split('_')[0]]}${PART_ZH[slots[0].split('_')[1]]}有空`);
    reasons.push(`近30天服务 ${recentHours} 小时`);
    if (continued) reasons.push('曾服务该需求');
    return [{ v, recentHours, score: skills + distance + availability + fairness + continuity, reasons }];
  });

  // Scores a billionth apart are equal: two different scores differ by at least 1 / (20 × 200 × 1000).
  scored.sort(
    (a, b) =>
      (Math.abs(a.score - b.score) > 1e-9 ? b.score - a.score : 0) ||
      a.recentHours - b.recentHours ||
      a.v.createdAt.getTime() - b.v.createdAt.getTime() ||
      (a.v.id < b.v.id ? -1 : a.v.id > b.v.id ? 1 : 0),
  );
  return scored.slice(0, k).map((s) => ({ id: s.v.id, score: Math.round(s.score * 1000) / 1000, reasons: s.reasons }));
}
