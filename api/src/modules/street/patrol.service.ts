import { randomUUID } from 'node:crypto';
import { AppError, badInput, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { PatrolRound } from './road-section.entity';
import { patrols } from './street.policy';
import type { PatrolEndInput, TrailPointInput } from './street.types';

/** The most positions one round keeps (a fix every 30 s for four hours is 480). */
export const TRAIL_MAX = 5000;
/** A phone's clock may run a little ahead of the server's. */
const CLOCK_SLACK_MS = 5 * 60_000;

// Appends in one statement: the round must be the caller's, still open and not full; when no row
// answers, a second look says which of those failed.
const APPEND_SQL = `
UPDATE patrol_round SET positions = positions || ?::jsonb, ended_at = CASE WHEN ? THEN now() ELSE ended_at END, note = coalesce(?, note)
 WHERE id = ? AND patroller_id = ? AND ended_at IS NULL AND jsonb_array_length(positions) + ? <= ?
 RETURNING id`;

/** Patrol rounds (巡查) along a road section, from the patroller's phone. */
export class PatrolService extends RequestService {
  /** Starts a round; the same key again returns the round it started (a phone retrying). */
  async start(sectionId: string, clientKey: string): Promise<PatrolRound> {
    const me = this.me.userId;
    if (!isId(sectionId) || !(await patrols(this.policy, sectionId))) throw notFound('section');
    await this.em.execute(
      `INSERT INTO patrol_round (id, section_id, patroller_id, client_key, started_at, positions) VALUES (?, ?, ?, ?, now(), '[]'::jsonb)
       ON CONFLICT (patroller_id, client_key) DO NOTHING`,
      [randomUUID(), sectionId, me, clientKey],
    );
    const round = await this.em.findOneOrFail(PatrolRound, { patroller: me, clientKey });
    if (round.section.id !== sectionId) throw new AppError('CONFLICT', 'patrol.keyReused');
    return round;
  }

  /** Adds the positions the phone took since it last sent. */
  add(roundId: string, positions: readonly TrailPointInput[]): Promise<PatrolRound> {
    return this.append(roundId, positions, false, null);
  }

  /** Ends the round with its last positions; ending it again returns it as it is. */
  end(input: PatrolEndInput): Promise<PatrolRound> {
    return this.append(input.roundId, input.positions ?? [], true, trimmed(input.note) || null);
  }

  private async append(roundId: string, positions: readonly TrailPointInput[], end: boolean, note: string | null): Promise<PatrolRound> {
    const me = this.me.userId;
    if (!isId(roundId)) throw notFound('patrol');
    const now = Date.now();
    const trail = positions.map((p) => {
      const when = p.at ? p.at.getTime() : now;
      if (!Number.isFinite(p.lat) || !Number.isFinite(p.lng) || Math.abs(p.lat) > 90 || Math.abs(p.lng) > 180) throw badInput('input.invalid', { details: 'lat, lng' });
      if (when > now + CLOCK_SLACK_MS) throw badInput('patrol.badTime');
      return { lat: p.lat, lng: p.lng, at: new Date(when).toISOString() };
    });
    const done = await this.em.execute(APPEND_SQL, [JSON.stringify(trail), end, note, roundId, me, trail.length, TRAIL_MAX]);
    const round = await this.em.findOne(PatrolRound, roundId, { refresh: true });
    // Another's round answers as no round at all.
    if (!round || round.patroller.id !== me) throw notFound('patrol');
    if (done.length === 0) {
      if (round.endedAt && end) return round;
      if (round.endedAt) throw new AppError('CONFLICT', 'patrol.ended');
      throw badInput('patrol.trailFull', { max: TRAIL_MAX });
    }
    return round;
  }
}
