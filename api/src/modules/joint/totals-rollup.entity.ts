import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

// Counters kept by the rollup triggers of the migration "rollups" (never written by the ORM): the
// leaders' dashboard reads them instead of counting a million needs.

/** Per community: agreements now ACTIVE, needs published (not DRAFT or CANCELLED), needs with claims. */
@Entity({ tableName: 'rollup_community' })
export class RollupCommunity {
  @PrimaryKey({ type: 'uuid' }) communityId: string;
  @Property({ type: 'integer', default: 0 }) agreements: number;
  @Property({ type: 'integer', default: 0 }) needsPublished: number;
  @Property({ type: 'integer', default: 0 }) needsClaimed: number;
}

/** Per unit: agreements now ACTIVE, resources not withdrawn, claims held. */
@Entity({ tableName: 'rollup_unit' })
export class RollupUnit {
  @PrimaryKey({ type: 'uuid' }) unitId: string;
  @Property({ type: 'integer', default: 0 }) agreements: number;
  @Property({ type: 'integer', default: 0 }) resources: number;
  @Property({ type: 'integer', default: 0 }) claims: number;
}

/** Per China calendar month (its first day) and community: agreements signed, needs published, claims made. */
@Entity({ tableName: 'rollup_month' })
export class RollupMonth {
  @PrimaryKey({ type: 'date' }) month: string;
  @PrimaryKey({ type: 'uuid' }) communityId: string;
  @Property({ type: 'integer', default: 0 }) agreementsSigned: number;
  @Property({ type: 'integer', default: 0 }) needsPublished: number;
  @Property({ type: 'integer', default: 0 }) claimsMade: number;
}
