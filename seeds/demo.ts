import type { EntityManager } from '@mikro-orm/postgresql';
import { ref } from '@mikro-orm/postgresql';
import { CommitteeMember, CommitteePosition } from '../api/src/modules/org/committee-member.entity';
import { Community } from '../api/src/modules/org/community.entity';
import { Grid } from '../api/src/modules/org/grid.entity';
import { PartnerUnit, UnitKind } from '../api/src/modules/org/partner-unit.entity';
import { hashPassword } from '../api/src/modules/org/password';
import { User } from '../api/src/modules/org/user.entity';
import { Role } from '../api/src/shared/auth/role';
import { loadCareDemo } from './care-demo';
import { loadCaseDemo } from './case-demo';
import { CHIBI } from './chibi';
import { loadChimagangDemo } from './chimagang-demo';
import { loadJointDemo } from './joint';
import { loadMapsDemo } from './maps-demo';
import { loadNotifyDemo } from './notify-demo';
import { loadPartyOrderDemo } from './party-orders-demo';
import { loadResidentDemo } from './resident-demo';
import { loadStreetDemo } from './street-demo';

// The Chibi world of the article (DOMAIN.md), in Simplified Chinese. Every row is found by its
// natural key first, so loading twice never duplicates anything.

export const DEMO_PASSWORD = 'gongjian2026';

export interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  community?: string;
  unit?: string;
  roleLabel: string;
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  { username: 'admin', displayName: '系统管理员', roles: [Role.ADMIN], roleLabel: '系统管理员 administrator' },
  { username: 'leader', displayName: '盛文军', roles: [Role.CITY_LEADER], roleLabel: '市领导 city leader' },
  { username: 'command', displayName: '吕建国', roles: [Role.COMMAND_CENTER], roleLabel: '指挥中心值班长 command centre' },
  { username: 'secretary', displayName: '游和清', roles: [Role.COMMUNITY_SECRETARY], community: '赤马港社区', roleLabel: '社区书记 secretary, 赤马港社区' },
  { username: 'hsl', displayName: '和尚岭社区书记', roles: [Role.COMMUNITY_SECRETARY], community: '和尚岭社区', roleLabel: '社区书记 secretary, 和尚岭社区' },
  { username: 'hqq', displayName: '红旗桥社区书记', roles: [Role.COMMUNITY_SECRETARY], community: '红旗桥社区', roleLabel: '社区书记 secretary, 红旗桥社区' },
  { username: 'unitrep', displayName: '水利和湖泊局联络员', roles: [Role.UNIT_REP], unit: '水利和湖泊局', roleLabel: '单位联络员 unit rep, 水利和湖泊局' },
  { username: 'volunteer', displayName: '戴彩虹', roles: [Role.VOLUNTEER], community: '六米桥社区', roleLabel: '志愿者 volunteer, 六米桥社区 (益家亲敲门组 captain)' },
  { username: 'lmq', displayName: '六米桥社区书记', roles: [Role.COMMUNITY_SECRETARY], community: '六米桥社区', roleLabel: '社区书记 secretary, 六米桥社区' },
  { username: 'gridworker', displayName: '黄霞', roles: [Role.GRID_WORKER], community: '六米桥社区', roleLabel: '网格员 grid worker, 六米桥社区' },
  { username: 'lmq-zhang', displayName: '张建国', roles: [Role.VOLUNTEER], community: '六米桥社区', roleLabel: '党员志愿者 party member, 六米桥社区 (党员领单)' },
  { username: 'cmg-wang', displayName: '王秀兰', roles: [Role.VOLUNTEER], community: '赤马港社区', roleLabel: '志愿者 volunteer, 赤马港社区 (老街敲门组 captain)' },
  { username: 'cmg-liu', displayName: '刘德胜', roles: [Role.VOLUNTEER], community: '赤马港社区', roleLabel: '志愿者 volunteer, 赤马港社区 (黄丝带服务队 captain)' },
  { username: 'cmg-chen', displayName: '陈晓燕', roles: [Role.VOLUNTEER], community: '赤马港社区', roleLabel: '志愿者 volunteer, 赤马港社区' },
  { username: '13907150001', displayName: '李红', roles: [Role.RESIDENT], community: '赤马港社区', roleLabel: '市民 resident, 赤马港社区 (three reports)' },
];

export async function isDatabaseEmpty(em: EntityManager): Promise<boolean> {
  return (await em.count(Community, {})) === 0;
}

async function upsertCommunity(em: EntityManager, name: string, subdistrict: string): Promise<Community> {
  return (await em.findOne(Community, { name })) ?? em.create(Community, { name, subdistrict });
}

export async function loadDemoData(em: EntityManager): Promise<void> {
  const communities = new Map<string, Community>();
  for (const c of CHIBI.communities) {
    const community = await upsertCommunity(em, c.name, c.subdistrict);
    communities.set(c.name, community);
    for (const gridName of c.grids) {
      const existing = await em.findOne(Grid, { community: community.id, name: gridName });
      if (!existing) em.create(Grid, { community, name: gridName });
    }
  }
  const units = new Map<string, PartnerUnit>();
  for (const u of CHIBI.units) {
    const unit = (await em.findOne(PartnerUnit, { name: u.name })) ?? em.create(PartnerUnit, { name: u.name, kind: u.kind as UnitKind, contactName: u.contact ?? null });
    units.set(u.name, unit);
  }
  await em.flush();

  for (const m of CHIBI.committee) {
    const community = communities.get(m.community);
    if (!community) continue;
    const found = await em.findOne(CommitteeMember, { community: community.id, personName: m.person });
    if (found) continue;
    const unit = m.unit ? units.get(m.unit) : undefined;
    em.create(CommitteeMember, {
      community,
      personName: m.person,
      position: m.position as CommitteePosition,
      title: m.title,
      unit: unit ? ref(unit) : null,
      sortOrder: m.sortOrder ?? 0,
    });
  }

  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const a of DEMO_ACCOUNTS) {
    if (await em.findOne(User, { username: a.username })) continue;
    const community = a.community ? communities.get(a.community) : undefined;
    const unit = a.unit ? units.get(a.unit) : undefined;
    em.create(User, {
      username: a.username,
      displayName: a.displayName,
      passwordHash,
      roles: a.roles,
      community: community ? ref(community) : null,
      unit: unit ? ref(unit) : null,
    });
  }
  await em.flush();

  const recorder = await em.findOneOrFail(User, { username: 'hsl' });
  await loadJointDemo(em, communities, units, recorder);
  await loadCaseDemo(em, communities, units);
  await loadCareDemo(em, communities);
  await loadChimagangDemo(em, communities, units);
  await loadResidentDemo(em, communities, units, passwordHash);
  await loadStreetDemo(em, communities, units);
  await loadNotifyDemo(em);
  await loadPartyOrderDemo(em, communities, passwordHash);
  await loadMapsDemo(em, communities);
}
