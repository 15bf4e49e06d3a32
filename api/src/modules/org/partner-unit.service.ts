import type { FilterQuery } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { flushOrConflict } from '../../shared/db/flush';
import { duplicate, notFound } from '../../shared/errors';
import { byChineseName } from '../../shared/i18n/collate';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import type { CreatePartnerUnitInput, UpdatePartnerUnitInput } from './org.inputs';
import { PartnerUnit } from './partner-unit.entity';

export class PartnerUnitService extends RequestService {
  /** In pinyin order of name. */
  async list(includeInactive: boolean): Promise<PartnerUnit[]> {
    const where: FilterQuery<PartnerUnit> = includeInactive ? {} : { active: true };
    return (await this.em.find(PartnerUnit, where)).sort((a, b) => byChineseName(a.name, b.name));
  }

  async find(id: string): Promise<PartnerUnit | null> {
    return isId(id) ? this.em.findOne(PartnerUnit, id) : null;
  }

  async create(input: CreatePartnerUnitInput): Promise<PartnerUnit> {
    const unit = this.em.create(PartnerUnit, {
      name: trimmed(input.name),
      kind: input.kind,
      contactName: trimmed(input.contactName) || null,
      contactPhone: trimmed(input.contactPhone) || null,
      address: trimmed(input.address) || null,
    });
    audit(this.em, this.viewer, { action: 'UNIT_CREATED', subjectType: 'PartnerUnit', subjectId: unit.id, data: { name: unit.name } });
    await flushOrConflict(this.em, () => duplicate('unit'));
    return unit;
  }

  async update(id: string, input: UpdatePartnerUnitInput): Promise<PartnerUnit> {
    const unit = await this.find(id);
    if (!unit) throw notFound('unit');
    if (input.name) unit.name = trimmed(input.name);
    if (input.kind) unit.kind = input.kind;
    if (input.contactName !== undefined) unit.contactName = trimmed(input.contactName) || null;
    if (input.contactPhone !== undefined) unit.contactPhone = trimmed(input.contactPhone) || null;
    if (input.address !== undefined) unit.address = trimmed(input.address) || null;
    if (typeof input.active === 'boolean') unit.active = input.active;
    audit(this.em, this.viewer, { action: 'UNIT_UPDATED', subjectType: 'PartnerUnit', subjectId: unit.id });
    await flushOrConflict(this.em, () => duplicate('unit'));
    return unit;
  }
}
