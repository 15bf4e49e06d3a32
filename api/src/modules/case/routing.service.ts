import type { EntityManager } from '@mikro-orm/postgresql';
import { notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { PartnerUnit } from '../org/partner-unit.entity';
import { CaseFile } from './case.entity';
import { type CaseCategory, DEFAULT_DEADLINE_HOURS } from './case.enums';
import type { RoutingRuleInput } from './case.inputs';
import { caseFilter } from './case.policy';
import { RoutingRule } from './routing.entity';

export interface Deadlines {
  acceptHours: number;
  responseHours: number;
  handleHours: number;
  verifyHours: number;
  unitId: string | null;
}

export const hoursFrom = (start: Date, hours: number) => new Date(start.getTime() + hours * 3_600_000);

/** The category's stage deadlines and usual unit, from the command centre's table or the defaults. */
export async function deadlinesFor(em: EntityManager, category: CaseCategory | undefined): Promise<Deadlines> {
  const rule = category ? await em.findOne(RoutingRule, { category }) : null;
  return {
    acceptHours: rule?.acceptHours ?? DEFAULT_DEADLINE_HOURS.accept,
    responseHours: rule?.responseHours ?? DEFAULT_DEADLINE_HOURS.response,
    handleHours: rule?.handleHours ?? DEFAULT_DEADLINE_HOURS.handle,
    verifyHours: rule?.verifyHours ?? DEFAULT_DEADLINE_HOURS.verify,
    unitId: rule?.unit?.id ?? null,
  };
}

const DUPLICATE_METRES = 50;
const DUPLICATE_HOURS = 24;

export class RoutingService extends RequestService {
  rules(): Promise<RoutingRule[]> {
    return this.em.find(RoutingRule, {}, { orderBy: { category: 'asc' } });
  }

  async setRule(input: RoutingRuleInput): Promise<RoutingRule> {
    let unit: PartnerUnit | null = null;
    if (input.unitId) {
      unit = isId(input.unitId) ? await this.em.findOne(PartnerUnit, input.unitId) : null;
      if (!unit) throw notFound('unit');
    }
    const rule = (await this.em.findOne(RoutingRule, { category: input.category })) ?? this.em.create(RoutingRule, { category: input.category });
    if (input.unitId !== undefined) rule.unit = unit ? this.em.getReference(PartnerUnit, unit.id, { wrapped: true }) : null;
    if (input.acceptHours) rule.acceptHours = input.acceptHours;
    if (input.responseHours) rule.responseHours = input.responseHours;
    if (input.handleHours) rule.handleHours = input.handleHours;
    if (input.verifyHours) rule.verifyHours = input.verifyHours;
    await this.em.flush();
    return rule;
  }

  /** The unit the routing table names for the case's category. */
  async suggestedUnit(caseFile: CaseFile): Promise<PartnerUnit | null> {
    const { unitId } = await deadlinesFor(this.em, caseFile.category);
    return unitId ? this.em.findOne(PartnerUnit, unitId) : null;
  }

  /** Cases of the same category reported within 50 m in the 24 hours before this one. */
  async likelyDuplicates(caseFile: CaseFile): Promise<CaseFile[]> {
    if (caseFile.latitude === null || caseFile.longitude === null) return [];
    const rows = await this.em.execute<{ id: string }[]>(
      `SELECT id FROM case_file
       WHERE id <> ? AND category = ? AND latitude IS NOT NULL
         AND reported_at BETWEEN ?::timestamptz - interval '${DUPLICATE_HOURS} hours' AND ?::timestamptz
         AND 2 * 6371000 * asin(sqrt(power(sin(radians(latitude - ?) / 2), 2) + cos(radians(?)) * cos(radians(latitude)) * power(sin(radians(longitude - ?) / 2), 2))) <= ?
       ORDER BY reported_at DESC LIMIT 10`,
      [caseFile.id, caseFile.category, caseFile.reportedAt, caseFile.reportedAt, caseFile.latitude, caseFile.latitude, caseFile.longitude, DUPLICATE_METRES],
    );
    return rows.length ? this.em.find(CaseFile, { $and: [{ id: { $in: rows.map((r) => r.id) } }, caseFilter(this.me)] }, { orderBy: { reportedAt: 'desc' } }) : [];
  }
}
