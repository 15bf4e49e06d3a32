import { type FilterQuery, ref } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { requireUnit } from '../../shared/auth/scope';
import { forbidden, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { PartnerUnit } from '../org/partner-unit.entity';
import type { AddResourceInput, UpdateResourceInput } from './joint.inputs';
import { Resource } from './resource.entity';

/** A unit's resource list (资源清单), kept by its own representatives. */
export class ResourceService extends RequestService {
  list(unitId?: string | null, includeWithdrawn = false): Promise<Resource[]> {
    const where: FilterQuery<Resource> = includeWithdrawn ? {} : { withdrawnAt: null };
    if (unitId) where.unit = isId(unitId) ? unitId : null;
    return this.em.find(Resource, where, { orderBy: { createdAt: 'desc' }, limit: 2000 });
  }

  async add(input: AddResourceInput): Promise<Resource> {
    const unitId = requireUnit(this.viewer);
    const resource = this.em.create(Resource, {
      unit: ref(this.em.getReference(PartnerUnit, unitId)),
      title: trimmed(input.title),
      category: input.category,
      quantity: input.quantity ?? null,
      description: trimmed(input.description) || null,
      unitOfMeasure: trimmed(input.unitOfMeasure) || null,
      availability: trimmed(input.availability) || null,
      servesCategory: input.servesCategory ?? null,
    });
    audit(this.em, this.viewer, { action: 'RESOURCE_ADDED', subjectType: 'Resource', subjectId: resource.id, data: { title: resource.title } });
    await this.em.flush();
    return resource;
  }

  async update(id: string, input: UpdateResourceInput): Promise<Resource> {
    const resource = await this.own(id);
    if (input.title) resource.title = trimmed(input.title);
    if (input.category) resource.category = input.category;
    if (input.quantity !== undefined) resource.quantity = input.quantity ?? null;
    if (input.description !== undefined) resource.description = trimmed(input.description) || null;
    if (input.unitOfMeasure !== undefined) resource.unitOfMeasure = trimmed(input.unitOfMeasure) || null;
    if (input.availability !== undefined) resource.availability = trimmed(input.availability) || null;
    if (input.servesCategory !== undefined) resource.servesCategory = input.servesCategory ?? null;
    audit(this.em, this.viewer, { action: 'RESOURCE_UPDATED', subjectType: 'Resource', subjectId: resource.id });
    await this.em.flush();
    return resource;
  }

  async withdraw(id: string): Promise<Resource> {
    const resource = await this.own(id);
    resource.withdrawnAt ??= new Date();
    audit(this.em, this.viewer, { action: 'RESOURCE_WITHDRAWN', subjectType: 'Resource', subjectId: resource.id });
    await this.em.flush();
    return resource;
  }

  private async own(id: string): Promise<Resource> {
    const unitId = requireUnit(this.viewer);
    const resource = isId(id) ? await this.em.findOne(Resource, id) : null;
    if (!resource) throw notFound('resource');
    if (resource.unit.id !== unitId) throw forbidden();
    return resource;
  }
}
