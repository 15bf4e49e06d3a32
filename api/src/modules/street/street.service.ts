import { ref } from '@mikro-orm/postgresql';
import { AppError, badInput, forbidden, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { CaseStatus } from '../case/case.enums';
import { Community } from '../org/community.entity';
import { User } from '../org/user.entity';
import { PatrolRound, RoadSection } from './road-section.entity';
import { at, casesOnSection } from './section-cases';
import { CITY_OFFICES, editsSectionsOf, sectionFilter, seesSection } from './street.policy';
import type { RoadSectionInput, SectionCase, SectionWeek } from './street.types';

const WEEK_MS = 7 * 86_400_000;
/** Road sections (街长制): drawn by the community or the command centre, each with its chief and patrol group. */
export class StreetService extends RequestService {
  async sections(communityId?: string | null): Promise<RoadSection[]> {
    if (communityId && !isId(communityId)) return [];
    const where = { $and: [await sectionFilter(this.policy), communityId ? { community: communityId } : {}] };
    return this.em.find(RoadSection, where, { orderBy: { name: 'asc', id: 'asc' }, limit: 500 });
  }

  /** The sections the viewer answers for as chief or walks as a patroller. */
  mine(): Promise<RoadSection[]> {
    const me = this.me.userId;
    return this.em.find(RoadSection, { $or: [{ chief: me }, { patrollers: me }] }, { orderBy: { name: 'asc', id: 'asc' }, limit: 200 });
  }

  async section(id: string): Promise<RoadSection | null> {
    const section = isId(id) ? await this.em.findOne(RoadSection, id) : null;
    return section && (await seesSection(this.policy, section)) ? section : null;
  }

  async save(input: RoadSectionInput): Promise<RoadSection> {
    const viewer = this.me;
    if (!editsSectionsOf(viewer, input.communityId)) throw forbidden();
    const addresses = [...new Set(input.addresses.map((a) => a.trim()).filter(Boolean))];
    if (input.path.length < 2 && addresses.length === 0) throw badInput('street.needsPlace');
    const personIds = [...new Set([...(input.chiefId ? [input.chiefId] : []), ...input.patrollerIds])];
    if (!personIds.every(isId)) throw badInput('street.badPerson');
    return this.em.transactional(async (tx) => {
      const community = await tx.findOne(Community, input.communityId);
      if (!community) throw notFound('community');
      const people = await tx.find(User, { id: { $in: personIds }, active: true });
      if (people.length !== personIds.length) throw badInput('street.badPerson');
      let section: RoadSection;
      if (input.id) {
        const found = isId(input.id) ? await tx.findOne(RoadSection, input.id, { populate: ['patrollers'] }) : null;
        // A section of another community is not the caller's to move, even by naming its id.
        if (!found || !editsSectionsOf(viewer, found.community.id) || found.community.id !== community.id) throw notFound('section');
        section = found;
      } else {
        section = tx.create(RoadSection, { community: ref(community), name: input.name.trim() });
      }
      section.name = input.name.trim();
      section.path = input.path.map((p) => ({ lat: p.lat, lng: p.lng }));
      section.addresses = addresses;
      section.chief = input.chiefId ? tx.getReference(User, input.chiefId, { wrapped: true }) : null;
      section.patrollers.set(input.patrollerIds.map((id) => tx.getReference(User, id)));
      await tx.flush().catch((error: unknown) => {
        if (error instanceof Error && error.name === 'UniqueConstraintViolationException') throw new AppError('CONFLICT', 'conflict.duplicate', {}, 'section');
        throw error;
      });
      return section;
    });
  }

  async remove(id: string): Promise<boolean> {
    const section = isId(id) ? await this.em.findOne(RoadSection, id) : null;
    if (!section || !editsSectionsOf(this.me, section.community.id)) throw notFound('section');
    await this.em.nativeDelete(RoadSection, { id });
    return true;
  }

  /** Active users a section may name: officials of any unit or office, and the community's own people. */
  people(communityId: string, search?: string | null): Promise<User[]> {
    if (!editsSectionsOf(this.me, communityId)) throw forbidden();
    const text = trimmed(search);
    return this.em.find(
      User,
      {
        active: true,
        $or: [{ community: communityId }, { roles: { $overlap: ['UNIT_REP', 'COMMAND_CENTER', 'CITY_LEADER'] } }],
        ...(text ? { displayName: { $ilike: `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%` } } : {}),
      },
      { orderBy: { displayName: 'asc', id: 'asc' }, limit: 20 },
    );
  }

  /** The cases on the section, newest first: open ones and those closed in the last 30 days. */
  cases(section: RoadSection, now = new Date()): Promise<SectionCase[]> {
    return casesOnSection(this.em, section, now);
  }

  /** Each section of a community over the week from `from`: rounds walked, the latest round, cases open and escalated. */
  async week(communityId: string, from: Date): Promise<SectionWeek[]> {
    const viewer = this.me;
    if (!isId(communityId)) return [];
    const to = new Date(from.getTime() + WEEK_MS);
    const sections = await this.sections(communityId);
    if (!CITY_OFFICES.some((r) => viewer.roles.includes(r)) && sections.length === 0) return [];
    const counts = await this.em.execute<{ section_id: string; rounds: string; last_at: string | null }[]>(
      `SELECT section_id, count(*) FILTER (WHERE started_at >= ? AND started_at < ?) AS rounds, max(started_at) AS last_at
         FROM patrol_round WHERE section_id IN (SELECT id FROM road_section WHERE community_id = ?) GROUP BY section_id`,
      [from, to, communityId],
    );
    const bySection = new Map(counts.map((c) => [c.section_id, c]));
    return Promise.all(
      sections.map(async (section) => {
        const open = (await this.cases(section)).filter((c) => c.status !== CaseStatus.CLOSED && c.status !== CaseStatus.REJECTED);
        const row = bySection.get(section.id);
        return { section, rounds: Number(row?.rounds ?? 0), lastPatrolAt: at(row?.last_at), openCases: open.length, escalatedCases: open.filter((c) => c.escalated).length };
      }),
    );
  }

  /** The latest rounds of a section, newest first. */
  rounds(section: RoadSection, first: number): Promise<PatrolRound[]> {
    return this.em.find(PatrolRound, { section: section.id }, { orderBy: { startedAt: 'desc', id: 'desc' }, limit: Math.min(Math.max(first, 1), 100) });
  }
}
