/** The counts a ranking row carries, enough to pool them into a city figure. */
interface RankingCounts {
  dispatched: number;
  closed: number;
  onTime: number;
  late: number;
  respondedOnTime: number;
  followedUp: number;
  pendingFollowUp: number;
  resolutionRate: number;
  satisfactionRate: number;
  score: number;
}

const rate = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

/** The city's month: every unit's cases pooled (not an average of rates), the score as the mean of the units'. */
export function cityAverage(rows: RankingCounts[]) {
  if (!rows.length) return null;
  const sum = (pick: (r: RankingCounts) => number) => rows.reduce((total, r) => total + pick(r), 0);
  const followedUp = sum((r) => r.followedUp);
  return {
    dispatched: sum((r) => r.dispatched),
    closed: sum((r) => r.closed),
    disposalRate: rate(
      sum((r) => r.closed),
      sum((r) => r.dispatched),
    ),
    onTimeRate: rate(
      sum((r) => r.onTime),
      sum((r) => r.onTime + r.late),
    ),
    responseRate: rate(
      sum((r) => r.respondedOnTime),
      sum((r) => r.dispatched),
    ),
    pendingFollowUp: sum((r) => r.pendingFollowUp),
    // Weighted back to credited answers per unit, then pooled.
    resolutionRate: rate(
      sum((r) => r.resolutionRate * r.followedUp),
      followedUp,
    ),
    satisfactionRate: rate(
      sum((r) => r.satisfactionRate * r.followedUp),
      followedUp,
    ),
    score: Math.round((sum((r) => r.score) / rows.length) * 100) / 100,
  };
}
