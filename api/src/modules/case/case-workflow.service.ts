import { LockMode, ref } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { transition } from '../../shared/workflow/transition';
import { completeCaseOrder, tookCaseOrder } from '../order/taken-cases';
import { PartnerUnit } from '../org/partner-unit.entity';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';
import { CaseStatus } from './case.enums';
import { CASE_FLOW, type CaseTransition } from './case-flow';
import { ExtensionRequest, ExtensionStatus } from './extension.entity';
import { PhotoStage } from './photo.entity';
import { attachPhotos } from './photo.service';
import { deadlinesFor, hoursFrom } from './routing.service';

const moveTo = (status: CaseStatus) => (caseFile: CaseFile) => {
  caseFile.status = status;
};
const ofAssignedUnit = (caseFile: CaseFile, { viewer }: { viewer: Viewer }) => !!viewer.unitId && caseFile.assignedUnit?.id === viewer.unitId;
const inOwnCommunity = (caseFile: CaseFile, { viewer }: { viewer: Viewer }) => !!viewer.communityId && caseFile.community?.id === viewer.communityId;

/** The case's workflow, each step a transition of CASE_FLOW (case-flow.ts). */
export class CaseWorkflowService extends RequestService {
  accept(id: string, note?: string | null) {
    return this.step(id, { from: [CaseStatus.REPORTED], action: 'ACCEPTED', note, apply: moveTo(CaseStatus.ACCEPTED) });
  }

  reject(id: string, reason: string) {
    return this.step(id, { from: [CaseStatus.REPORTED], action: 'REJECTED', note: reason, apply: moveTo(CaseStatus.REJECTED) });
  }

  async dispatch(id: string, unitId: string, dueAt?: Date | null) {
    const unit = isId(unitId) ? await this.em.findOne(PartnerUnit, unitId) : null;
    if (!unit?.active) throw notFound('unit');
    if (dueAt && dueAt.getTime() <= Date.now()) throw new AppError('BAD_USER_INPUT', 'case.dueInPast');
    return this.step(id, {
      from: [CaseStatus.ACCEPTED],
      action: 'DISPATCHED',
      apply: async (c, { tx }) => {
        const now = new Date();
        const deadlines = await deadlinesFor(tx, c.category);
        c.status = CaseStatus.DISPATCHED;
        c.assignedUnit = tx.getReference(PartnerUnit, unit.id, { wrapped: true });
        c.dueAt = dueAt ?? hoursFrom(now, deadlines.handleHours);
        c.acknowledgedAt = null;
        c.acknowledgeDueAt = hoursFrom(now, deadlines.responseHours);
        c.filedAt ??= now;
      },
    });
  }

  /** 签收: the assigned unit signs for a dispatched case, with a note of its first contact with the reporter. */
  acknowledge(id: string, note?: string | null) {
    return this.step(id, {
      from: [CaseStatus.DISPATCHED],
      action: 'ACKNOWLEDGED',
      note,
      allowed: ofAssignedUnit,
      apply: (c) => {
        if (c.acknowledgedAt) throw new AppError('CONFLICT', 'case.alreadyAcknowledged');
        c.acknowledgedAt = new Date();
      },
    });
  }

  handle(id: string, note: string, photoIds?: string[] | null) {
    return this.step(id, {
      from: [CaseStatus.DISPATCHED],
      action: 'HANDLED',
      note,
      // 党员领单: the party member who took the case's order handles it as a unit would.
      allowed: async (c, ctx) => ofAssignedUnit(c, ctx) || (!c.assignedUnit && (await tookCaseOrder(ctx.tx, c.id, ctx.viewer.userId))),
      apply: async (c, { tx, viewer, emit }) => {
        const now = new Date();
        // Handling a case never signed for signs for it now (late, if past its response deadline).
        if (!c.acknowledgedAt) {
          c.acknowledgedAt = now;
          await emit({ subject: c, action: 'ACKNOWLEDGED' });
        }
        await attachPhotos(tx, viewer, c, photoIds, PhotoStage.HANDLING);
        c.status = CaseStatus.HANDLED;
        c.handledAt = now;
        c.verifyDueAt = hoursFrom(now, (await deadlinesFor(tx, c.category)).verifyHours);
      },
    });
  }

  /** The unit says the case is not theirs: back to the command centre for another dispatch. */
  returnCase(id: string, reason: string) {
    return this.step(id, {
      from: [CaseStatus.DISPATCHED],
      action: 'RETURNED',
      note: reason,
      allowed: ofAssignedUnit,
      apply: (c) => {
        const unitId = c.assignedUnit?.id ?? null;
        c.status = CaseStatus.ACCEPTED;
        c.assignedUnit = null;
        c.dueAt = null;
        c.acknowledgedAt = null;
        c.acknowledgeDueAt = null;
        return { unitId };
      },
    });
  }

  verify(id: string, passed: boolean, note?: string | null) {
    return this.step(id, {
      from: [CaseStatus.HANDLED],
      action: passed ? 'VERIFIED' : 'REWORK',
      note,
      allowed: inOwnCommunity,
      apply: async (c, { tx }) => {
        if (passed) {
          c.status = CaseStatus.VERIFIED;
          return;
        }
        c.status = CaseStatus.DISPATCHED;
        c.reworkCount += 1;
        c.handledAt = null;
        c.verifyDueAt = null;
        c.dueAt = hoursFrom(new Date(), (await deadlinesFor(tx, c.category)).handleHours);
      },
    });
  }

  close(id: string) {
    return this.step(id, {
      from: [CaseStatus.VERIFIED],
      action: 'CLOSED',
      apply: async (c, { tx }) => {
        c.status = CaseStatus.CLOSED;
        c.closedAt = new Date();
        await completeCaseOrder(tx, c.id);
      },
    });
  }

  async requestExtension(id: string, until: Date, reason: string): Promise<ExtensionRequest> {
    const viewer = this.me;
    let request: ExtensionRequest | undefined;
    await this.step(id, {
      from: [CaseStatus.DISPATCHED],
      action: 'EXTENSION_REQUESTED',
      note: reason,
      allowed: ofAssignedUnit,
      apply: (c, { tx }) => {
        if (until.getTime() <= Math.max(Date.now(), c.dueAt?.getTime() ?? 0)) throw new AppError('BAD_USER_INPUT', 'case.dueInPast');
        request = tx.create(ExtensionRequest, {
          caseFile: ref(c),
          unit: tx.getReference(PartnerUnit, viewer.unitId as string, { wrapped: true }),
          requestedBy: tx.getReference(User, viewer.userId, { wrapped: true }),
          until,
          reason: trimmed(reason),
        });
      },
    });
    return request as ExtensionRequest;
  }

  async decideExtension(requestId: string, grant: boolean, note?: string | null): Promise<ExtensionRequest> {
    const viewer = this.me;
    if (!isId(requestId)) throw notFound('extension');
    return this.em.transactional(async (tx) => {
      const request = await tx.findOne(ExtensionRequest, requestId, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!request) throw notFound('extension');
      if (request.status !== ExtensionStatus.PENDING) throw new AppError('CONFLICT', 'case.extensionPending');
      const caseFile = await tx.findOneOrFail(CaseFile, request.caseFile.id, { lockMode: LockMode.PESSIMISTIC_WRITE });
      request.status = grant ? ExtensionStatus.GRANTED : ExtensionStatus.REFUSED;
      request.decidedAt = new Date();
      request.decidedBy = tx.getReference(User, viewer.userId, { wrapped: true });
      request.decisionNote = trimmed(note) || null;
      // A grant moves the deadline only while the same unit still holds the case.
      if (grant && caseFile.status === CaseStatus.DISPATCHED && caseFile.assignedUnit?.id === request.unit.id) caseFile.dueAt = request.until;
      await CASE_FLOW.record(tx, viewer, { subject: caseFile, action: grant ? 'EXTENSION_GRANTED' : 'EXTENSION_REFUSED', note: request.decisionNote, unitId: request.unit.id });
      return request;
    });
  }

  private step(id: string, step: CaseTransition): Promise<CaseFile> {
    return transition(this.em, this.me, CASE_FLOW, id, step);
  }
}
