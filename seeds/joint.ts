import { type EntityManager, ref } from '@mikro-orm/postgresql';
import { Agreement } from '../api/src/modules/joint/agreement.entity';
import { NeedCategory, NeedStatus, ResourceCategory } from '../api/src/modules/joint/joint.enums';
import { JointMeeting } from '../api/src/modules/joint/meeting.entity';
import { Need } from '../api/src/modules/joint/need.entity';
import { NeedClaim } from '../api/src/modules/joint/need-claim.entity';
import { NeedEvent } from '../api/src/modules/joint/need-event.entity';
import { Resource } from '../api/src/modules/joint/resource.entity';
import type { Community } from '../api/src/modules/org/community.entity';
import type { PartnerUnit } from '../api/src/modules/org/partner-unit.entity';
import type { User } from '../api/src/modules/org/user.entity';

// The article's two joint meetings: 8 units sign at 和尚岭 on 30 July; at 红旗桥 six units take the
// road, sewer and street-light needs "一抢而空". Found by meeting title, so loading twice adds nothing.

export interface NeedSeed {
  title: string;
  category: NeedCategory;
  /** One of the community's grids, by name. */
  grid?: string;
  max?: number;
  claimedBy?: string[];
  draft?: boolean;
  description?: string;
}

const RESOURCES: Record<string, [string, ResourceCategory, NeedCategory | null, number | null, string | null][]> = {
  市委办: [['党员志愿者服务队', ResourceCategory.VOLUNTEERS, NeedCategory.ELDERLY_CARE, 20, '人']],
  市委党校: [
    ['党课宣讲', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.CULTURE, 4, '场'],
    ['培训教室', ResourceCategory.VENUE, NeedCategory.CULTURE, 1, '间'],
  ],
  市委组织部: [['社区工作者培训', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.OTHER, 2, '期']],
  市委宣传部: [['文明实践活动策划', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.CULTURE, null, null]],
  应急管理局: [
    ['消防应急演练', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.SAFETY, 2, '场'],
    ['应急物资', ResourceCategory.EQUIPMENT, NeedCategory.SAFETY, 50, '套'],
  ],
  水利和湖泊局: [
    ['河渠清理', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.ENVIRONMENT, null, null],
    ['排水设备', ResourceCategory.EQUIPMENT, NeedCategory.INFRASTRUCTURE, 3, '台'],
  ],
  教育局: [['四点半课堂', ResourceCategory.VOLUNTEERS, NeedCategory.CHILDREN, 10, '人']],
  卫生健康局: [
    ['家庭医生签约服务', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.HEALTH, null, null],
    ['健康讲座', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.HEALTH, 6, '场'],
  ],
  住房和城乡建设局: [['道路施工队', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.INFRASTRUCTURE, null, null]],
  国网赤壁市供电公司: [['路灯安装维护', ResourceCategory.PROFESSIONAL_SERVICE, NeedCategory.INFRASTRUCTURE, null, null]],
};

/** A joint meeting: the units that signed there (agreements valid until `validUntil`) and the needs it took. */
export interface MeetingSeed {
  community: string;
  title: string;
  heldAt: string;
  place: string;
  agenda?: string;
  validUntil?: string;
  sign: string[];
  needs: NeedSeed[];
}

const MEETINGS: MeetingSeed[] = [
  {
    community: '和尚岭社区',
    title: '和尚岭社区党建联席会',
    heldAt: '2026-07-30T01:00:00Z',
    place: '和尚岭社区党群服务中心',
    sign: ['市委办', '市委党校', '市委组织部', '市委宣传部', '应急管理局', '水利和湖泊局', '教育局', '卫生健康局'],
    needs: [
      { title: '文体中心设备更新', category: NeedCategory.CULTURE, claimedBy: ['市委宣传部'] },
      { title: '小区消防应急演练', category: NeedCategory.SAFETY, claimedBy: ['应急管理局'] },
      { title: '北渠沿线垃圾清理', category: NeedCategory.ENVIRONMENT, claimedBy: ['水利和湖泊局'] },
      { title: '老年人健康讲座', category: NeedCategory.HEALTH, claimedBy: ['卫生健康局'] },
      { title: '四点半课堂志愿者', category: NeedCategory.CHILDREN, max: 2 },
      { title: '背街小巷照明改造', category: NeedCategory.INFRASTRUCTURE, draft: true },
    ],
  },
  {
    community: '红旗桥社区',
    title: '红旗桥社区党建联席会',
    heldAt: '2026-08-06T01:00:00Z',
    place: '红旗桥社区会议室',
    sign: ['住房和城乡建设局', '城市管理执法局', '水利和湖泊局', '市委政法委', '国网赤壁市供电公司', '市委党校'],
    needs: [
      { title: '道路硬化', category: NeedCategory.INFRASTRUCTURE, max: 2, claimedBy: ['住房和城乡建设局', '城市管理执法局'], description: '困扰社区多年的泥泞路段' },
      { title: '下水道改造', category: NeedCategory.INFRASTRUCTURE, max: 2, claimedBy: ['水利和湖泊局', '市委政法委'] },
      { title: '路灯安装', category: NeedCategory.INFRASTRUCTURE, max: 2, claimedBy: ['国网赤壁市供电公司', '市委党校'] },
    ],
  },
];

export async function loadJointDemo(em: EntityManager, communities: Map<string, Community>, units: Map<string, PartnerUnit>, recorder: User): Promise<void> {
  for (const [unitName, items] of Object.entries(RESOURCES)) {
    const unit = units.get(unitName);
    if (!unit || (await em.count(Resource, { unit: unit.id }))) continue;
    for (const [title, category, serves, quantity, measure] of items) {
      em.create(Resource, { unit: ref(unit), title, category, servesCategory: serves, quantity, unitOfMeasure: measure });
    }
  }
  for (const m of MEETINGS) await seedMeeting(em, m, communities, units, recorder);
  await em.flush();
}

/** One meeting with its agreements, needs, claims and their events; nothing when that meeting is already there. */
export async function seedMeeting(em: EntityManager, m: MeetingSeed, communities: Map<string, Community>, units: Map<string, PartnerUnit>, recorder: User): Promise<void> {
  const community = communities.get(m.community);
  if (!community || (await em.findOne(JointMeeting, { title: m.title, community: community.id }))) return;
  const attendees = m.sign.map((name) => units.get(name)).filter((u): u is PartnerUnit => !!u);
  const heldAt = new Date(m.heldAt);
  const meeting = em.create(JointMeeting, {
    community: ref(community),
    title: m.title,
    heldAt,
    place: m.place,
    agenda: m.agenda ?? '签订共驻共建协议；提交资源清单；认领需求清单',
  });
  meeting.attendees.set(attendees);
  for (const unit of attendees) {
    if (await em.findOne(Agreement, { community: community.id, activeUnitId: unit.id })) continue;
    em.create(Agreement, {
      community: ref(community),
      unit: ref(unit),
      meeting: ref(meeting),
      signedAt: heldAt,
      validFrom: heldAt,
      validUntil: new Date(m.validUntil ?? '2029-07-30T00:00:00Z'),
      activeUnitId: unit.id,
      commitments: '共驻共建、资源共享、活动共办',
    });
  }
  const grids = new Map((await community.grids.loadItems()).map((g) => [g.name, g]));
  for (const n of m.needs) {
    const claimers = (n.claimedBy ?? []).map((name) => units.get(name)).filter((u): u is PartnerUnit => !!u);
    const max = n.max ?? 1;
    const status = n.draft ? NeedStatus.DRAFT : claimers.length >= max ? NeedStatus.CLAIMED : NeedStatus.PUBLISHED;
    const publishedAt = n.draft ? null : new Date(heldAt.getTime() - 3 * 86_400_000);
    const grid = n.grid ? grids.get(n.grid) : undefined;
    const need = em.create(Need, {
      community: ref(community),
      grid: grid ? ref(grid) : null,
      title: n.title,
      category: n.category,
      description: n.description ?? null,
      maxClaimants: max,
      claimCount: claimers.length,
      status,
      publishedAt,
      createdAt: new Date(heldAt.getTime() - 5 * 86_400_000),
    });
    const event = (action: string, at: Date, unit?: PartnerUnit) =>
      em.create(NeedEvent, {
        need: ref(need),
        action,
        actor: ref(recorder),
        at,
        unit: unit ? ref(unit) : null,
        meetingId: unit ? meeting.id : null,
        note: unit ? '联席会现场认领' : null,
      });
    event('CREATED', need.createdAt);
    if (publishedAt) event('PUBLISHED', publishedAt);
    claimers.forEach((unit, i) => {
      const at = new Date(heldAt.getTime() + (i + 1) * 60_000);
      em.create(NeedClaim, { need: ref(need), unit: ref(unit), activeUnitId: unit.id, meeting: ref(meeting), claimedAt: at });
      event('CLAIMED', at, unit);
    });
  }
}
