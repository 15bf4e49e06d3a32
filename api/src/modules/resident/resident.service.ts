import { type FilterQuery, QueryOrder, ref, UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import type { Context } from '../../context';
import { audit } from '../../shared/audit/audit';
import { Role } from '../../shared/auth/role';
import { AppError, badInput, conflict, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { type Connection, checkCursor, pageSize } from '../../shared/pagination';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { CaseFile } from '../case/case.entity';
import { CaseSource } from '../case/case-source';
import { Community } from '../org/community.entity';
import { admitAttempt } from '../org/login-throttle';
import { hashPassword } from '../org/password';
import { User } from '../org/user.entity';
import { phoneVerifier } from './phone-verifier';
import { ResidentAccount } from './resident.entity';
import type { RegisterResidentInput } from './resident.inputs';
import { ResidentReport, ResidentStanding } from './resident.types';
import { residentStanding } from './resident-gate';

// Registrations count on the sign-in throttle under a key no username can take, per address:
// five are free, then each waits longer (2 s, 4 s … 15 min), so nobody makes accounts in bulk.
const REGISTRATION_KEY = '#register';

/** 13800138000, +86 138 0013 8000 and 138-0013-8000 are one number; null when it is none. */
export function normalPhone(raw: string): string | null {
  const digits = raw.replace(/[\s\-()]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1\d{10}$/.test(digits) ? digits : null;
}

export function weakPassword(password: string, phone: string): boolean {
  return password.length < 8 || !/[A-Za-z]/.test(password) || !/[0-9]/.test(password) || password.includes(phone);
}

export class ResidentService extends RequestService {
  constructor(private readonly ctx: Context) {
    super(ctx);
  }

  /** 市民注册: the phone number becomes the username; the resident then signs in as anyone does. */
  async register(input: RegisterResidentInput): Promise<User> {
    const phone = normalPhone(input.phone);
    if (!phone) throw badInput('resident.badPhone');
    if (weakPassword(input.password, phone)) throw badInput('resident.weakPassword');
    await admitAttempt(this.em, REGISTRATION_KEY, this.ctx.ip.slice(0, 64));
    const community = isId(input.communityId) ? await this.em.findOne(Community, input.communityId) : null;
    if (!community) throw notFound('community');
    if (await this.em.count(User, { username: phone })) throw conflict('resident.phoneTaken', { phone });
    const verifier = phoneVerifier();
    let phoneVerifiedAt: Date | null = null;
    if (verifier) {
      const code = trimmed(input.code);
      if (!code) {
        await verifier.start(phone);
        throw badInput('resident.codeSent', { phone });
      }
      if (!(await verifier.check(phone, code))) throw badInput('resident.badCode');
      phoneVerifiedAt = new Date();
    }
    const passwordHash = await hashPassword(input.password);
    try {
      return await this.em.transactional(async (tx) => {
        const user = tx.create(User, {
          username: phone,
          displayName: trimmed(input.displayName) || `市民${phone.slice(-4)}`,
          passwordHash,
          roles: [Role.RESIDENT],
          community: ref(community),
          phone,
        });
        tx.create(ResidentAccount, { user: ref(user), phoneVerifiedAt });
        audit(tx, null, { action: 'RESIDENT_REGISTERED', subjectType: 'User', subjectId: user.id });
        return user;
      });
    } catch (error) {
      if (error instanceof UniqueConstraintViolationException) throw conflict('resident.phoneTaken', { phone });
      throw error;
    }
  }

  /** 我的上报: the viewer's own reports, newest first. */
  async myReports(first: number | null, after: string | null): Promise<Connection<ResidentReport>> {
    const where: FilterQuery<CaseFile> = { reporter: this.me.userId };
    const page = await this.em.findByCursor(CaseFile, where, {
      first: pageSize(first),
      after: checkCursor(after),
      orderBy: { reportedAt: QueryOrder.DESC, id: QueryOrder.DESC },
      includeCount: true,
    });
    return {
      edges: page.items.map((c) => ({ node: ResidentReport.of(c), cursor: page.from(c) })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      totalCount: page.totalCount,
    };
  }

  /** One of the viewer's own reports; null for anything else. */
  async myReport(id: string): Promise<ResidentReport | null> {
    if (!isId(id)) return null;
    const c = await this.em.findOne(CaseFile, { id, reporter: this.me.userId });
    return c ? ResidentReport.of(c) : null;
  }

  async standing(): Promise<ResidentStanding> {
    const { abusive, today } = await residentStanding(this.em, this.me.userId);
    const { abuseLimit, reportsPerDay } = this.ctx.config.residents;
    return { suspended: abusive >= abuseLimit, abusiveReports: abusive, reportsToday: today, reportsPerDay };
  }

  /** The command centre marks a resident's report abusive (恶意上报); enough marks suspend their reporting. */
  async markAbusive(caseId: string): Promise<CaseFile> {
    const c = isId(caseId) ? await this.em.findOne(CaseFile, caseId) : null;
    if (!c) throw notFound('case');
    if (c.source !== CaseSource.RESIDENT) throw badInput('resident.notResidentReport');
    // One conditional statement: two officers marking at once make one mark.
    const marked = await this.em.nativeUpdate(CaseFile, { id: c.id, abusiveAt: null }, { abusiveAt: new Date(), abusiveBy: this.me.userId });
    if (!marked) throw conflict('resident.alreadyAbusive');
    audit(this.em, this.me, { action: 'CASE_MARKED_ABUSIVE', subjectType: 'Case', subjectId: c.id });
    await this.em.flush();
    await this.em.refresh(c);
    return c;
  }

  /** An administrator restores a suspended resident's reporting: earlier abusive marks stop counting. */
  async liftSuspension(userId: string): Promise<ResidentStanding> {
    const user = isId(userId) ? await this.em.findOne(User, userId) : null;
    if (!user) throw notFound('resident');
    if (!user.roles.includes(Role.RESIDENT)) throw new AppError('BAD_USER_INPUT', 'resident.notResident');
    await this.em.execute(
      `INSERT INTO resident_account (user_id, registered_at, reporting_resumed_at) VALUES (?, now(), clock_timestamp())
       ON CONFLICT (user_id) DO UPDATE SET reporting_resumed_at = excluded.reporting_resumed_at`,
      [user.id],
    );
    audit(this.em, this.me, { action: 'RESIDENT_REPORTING_RESTORED', subjectType: 'User', subjectId: user.id });
    await this.em.flush();
    const { abusive, today } = await residentStanding(this.em, user.id);
    const { abuseLimit, reportsPerDay } = this.ctx.config.residents;
    return { suspended: abusive >= abuseLimit, abusiveReports: abusive, reportsToday: today, reportsPerDay };
  }
}
