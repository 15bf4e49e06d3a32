import { type EntityManager, type FilterQuery, LockMode, ref } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { assertSecretaryOf } from '../../shared/auth/scope';
import { flushOrConflict } from '../../shared/db/flush';
import { notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import { Agreement } from './agreement.entity';
import { AgreementStatus } from './joint.enums';
import { agreementExists, agreementNotActive, badPeriod, meetingElsewhere } from './joint.errors';
import type { SignAgreementInput } from './joint.inputs';
import { JointMeeting } from './meeting.entity';

/** Agreements whose period has ended become EXPIRED; run before anything reads or signs them. */
export async function expireAgreements(em: EntityManager): Promise<void> {
  await em.nativeUpdate(Agreement, { status: AgreementStatus.ACTIVE, validUntil: { $lte: new Date() } }, { status: AgreementStatus.EXPIRED, activeUnitId: null });
}

// Keyed by the request's forked EntityManager, so it lives and dies with the request.
const expiredIn = new WeakMap<EntityManager, Promise<void>>();

/** expireAgreements once per request: the dashboard's fields run in parallel and share one UPDATE. */
export function expireAgreementsOnce(em: EntityManager): Promise<void> {
  let done = expiredIn.get(em);
  if (!done) {
    done = expireAgreements(em).catch((error) => {
      expiredIn.delete(em);
      throw error;
    });
    expiredIn.set(em, done);
  }
  return done;
}

export class AgreementService extends RequestService {
  async list(communityId?: string | null, unitId?: string | null): Promise<Agreement[]> {
    await expireAgreements(this.em);
    const where: FilterQuery<Agreement> = {};
    if (communityId) where.community = isId(communityId) ? communityId : null;
    if (unitId) where.unit = isId(unitId) ? unitId : null;
    return this.em.find(Agreement, where, { orderBy: { signedAt: 'desc', id: 'desc' }, limit: 1000 });
  }

  async find(id: string): Promise<Agreement | null> {
    await expireAgreements(this.em);
    return isId(id) ? this.em.findOne(Agreement, id) : null;
  }

  async sign(input: SignAgreementInput): Promise<Agreement> {
    const community = isId(input.communityId) ? await this.em.findOne(Community, input.communityId) : null;
    if (!community) throw notFound('community');
    assertSecretaryOf(this.viewer, community.id);
    const unit = isId(input.unitId) ? await this.em.findOne(PartnerUnit, input.unitId) : null;
    if (!unit) throw notFound('unit');
    let meeting: JointMeeting | null = null;
    if (input.meetingId) {
      meeting = isId(input.meetingId) ? await this.em.findOne(JointMeeting, input.meetingId) : null;
      if (!meeting) throw notFound('meeting');
      if (meeting.community.id !== community.id) throw meetingElsewhere();
    }
    const signedAt = new Date();
    const validFrom = input.validFrom ?? signedAt;
    if (input.validUntil && input.validUntil <= validFrom) throw badPeriod();
    await expireAgreements(this.em);
    const agreement = this.em.create(Agreement, {
      community: ref(community),
      unit: ref(unit),
      meeting: meeting ? ref(meeting) : null,
      signedAt,
      validFrom,
      validUntil: input.validUntil ?? null,
      commitments: trimmed(input.commitments) || null,
      activeUnitId: unit.id,
    });
    audit(this.em, this.viewer, { action: 'AGREEMENT_SIGNED', subjectType: 'Agreement', subjectId: agreement.id, data: { community: community.name, unit: unit.name } });
    // The unique (community, active unit) constraint decides a race between two signings.
    await flushOrConflict(this.em, agreementExists);
    return agreement;
  }

  async terminate(id: string, reason: string): Promise<Agreement> {
    await expireAgreements(this.em);
    return this.em.transactional(async (tx) => {
      const agreement = isId(id) ? await tx.findOne(Agreement, id, { lockMode: LockMode.PESSIMISTIC_WRITE }) : null;
      if (!agreement) throw notFound('agreement');
      assertSecretaryOf(this.viewer, agreement.community.id);
      if (agreement.status !== AgreementStatus.ACTIVE) throw agreementNotActive();
      agreement.status = AgreementStatus.TERMINATED;
      agreement.activeUnitId = null;
      agreement.terminatedAt = new Date();
      agreement.terminationReason = trimmed(reason);
      audit(tx, this.viewer, { action: 'AGREEMENT_TERMINATED', subjectType: 'Agreement', subjectId: agreement.id, note: agreement.terminationReason });
      return agreement;
    });
  }
}
