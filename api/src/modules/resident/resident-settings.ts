/** Abuse limits for residents' reports (RESIDENT_REPORTS_PER_DAY, RESIDENT_ABUSE_LIMIT). */
export interface ResidentSettings {
  /** Reports one resident may make per China day. */
  reportsPerDay: number;
  /** Reports marked abusive (since an administrator last lifted a suspension) that suspend reporting. */
  abuseLimit: number;
}

function whole(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number, at least 1, got "${raw}"`);
  return value;
}

export function residentSettingsFrom(env: NodeJS.ProcessEnv): ResidentSettings {
  return { reportsPerDay: whole('RESIDENT_REPORTS_PER_DAY', env.RESIDENT_REPORTS_PER_DAY, 10), abuseLimit: whole('RESIDENT_ABUSE_LIMIT', env.RESIDENT_ABUSE_LIMIT, 3) };
}
