import { registerEnumType } from 'type-graphql';

export enum ResourceCategory {
  VENUE = 'VENUE',
  FUNDING = 'FUNDING',
  EQUIPMENT = 'EQUIPMENT',
  PROFESSIONAL_SERVICE = 'PROFESSIONAL_SERVICE',
  VOLUNTEERS = 'VOLUNTEERS',
  OTHER = 'OTHER',
}
registerEnumType(ResourceCategory, { name: 'ResourceCategory' });

export enum AgreementStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  TERMINATED = 'TERMINATED',
}
registerEnumType(AgreementStatus, { name: 'AgreementStatus' });

export enum NeedCategory {
  INFRASTRUCTURE = 'INFRASTRUCTURE',
  ENVIRONMENT = 'ENVIRONMENT',
  SAFETY = 'SAFETY',
  ELDERLY_CARE = 'ELDERLY_CARE',
  CHILDREN = 'CHILDREN',
  CULTURE = 'CULTURE',
  HEALTH = 'HEALTH',
  EMPLOYMENT = 'EMPLOYMENT',
  OTHER = 'OTHER',
}
registerEnumType(NeedCategory, { name: 'NeedCategory' });

export enum NeedStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLAIMED = 'CLAIMED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  CANCELLED = 'CANCELLED',
}
registerEnumType(NeedStatus, { name: 'NeedStatus' });

/** Needs a unit may still work on: claims on them count toward the per-unit cap. */
export const OPEN_NEED_STATUSES = [NeedStatus.PUBLISHED, NeedStatus.CLAIMED, NeedStatus.IN_PROGRESS];
