import type { EntityManager } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { Agreement } from './agreement.entity';
import { AgreementStatus } from './joint.enums';
import type { UnitSuggestion } from './joint.types';
import type { Need } from './need.entity';
import { Resource } from './resource.entity';

const LIMIT = 10;

export class SuggestionService {
  private readonly em: EntityManager;

  constructor(ctx: Context) {
    this.em = ctx.em;
  }

  /** Units with live resources serving the need's category; partners of the community first, then by how much they offer. */
  async forNeed(need: Need): Promise<UnitSuggestion[]> {
    const resources = await this.em.find(Resource, { servesCategory: need.category, withdrawnAt: null, unit: { active: true } }, { populate: ['unit'] });
    const partners = new Set((await this.em.find(Agreement, { community: need.community.id, status: AgreementStatus.ACTIVE }, { fields: ['unit'] })).map((a) => a.unit.id));
    const byUnit = new Map<string, UnitSuggestion>();
    for (const resource of resources) {
      const unit = resource.unit.getEntity();
      const entry = byUnit.get(unit.id) ?? { unit, resources: [], hasAgreement: partners.has(unit.id) };
      entry.resources.push(resource);
      byUnit.set(unit.id, entry);
    }
    return [...byUnit.values()].sort((a, b) => Number(b.hasAgreement) - Number(a.hasAgreement) || b.resources.length - a.resources.length).slice(0, LIMIT);
  }
}
