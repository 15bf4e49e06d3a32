import { ref } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { assertCommunityAdmin } from '../../shared/auth/scope';
import { flushOrConflict } from '../../shared/db/flush';
import { duplicate, notFound } from '../../shared/errors';
import { byChineseName } from '../../shared/i18n/collate';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { CommitteeMember } from './committee-member.entity';
import { Community } from './community.entity';
import { Grid } from './grid.entity';
import type { CommitteeMemberInput, CreateCommunityInput, CreateGridInput, UpdateCommunityInput } from './org.inputs';
import { PartnerUnit } from './partner-unit.entity';

/** Communities, their grids and their party committees. */
export class CommunityService extends RequestService {
  /** By sub-district, then name, in pinyin order. */
  async list(): Promise<Community[]> {
    const all = await this.em.find(Community, {});
    return all.sort((a, b) => byChineseName(a.subdistrict, b.subdistrict) || byChineseName(a.name, b.name));
  }

  async find(id: string): Promise<Community | null> {
    return isId(id) ? this.em.findOne(Community, id) : null;
  }

  async get(id: string): Promise<Community> {
    const community = await this.find(id);
    if (!community) throw notFound('community');
    return community;
  }

  async create(input: CreateCommunityInput): Promise<Community> {
    const community = this.em.create(Community, {
      name: trimmed(input.name),
      subdistrict: trimmed(input.subdistrict),
      address: trimmed(input.address) ?? null,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
    });
    audit(this.em, this.viewer, { action: 'COMMUNITY_CREATED', subjectType: 'Community', subjectId: community.id, data: { name: community.name } });
    await flushOrConflict(this.em, () => duplicate('community'));
    return community;
  }

  async update(id: string, input: UpdateCommunityInput): Promise<Community> {
    const community = await this.get(id);
    if (input.name) community.name = trimmed(input.name);
    if (input.subdistrict) community.subdistrict = trimmed(input.subdistrict);
    if (input.address !== undefined) community.address = trimmed(input.address) || null;
    if (input.latitude !== undefined || input.longitude !== undefined) {
      community.latitude = input.latitude ?? null;
      community.longitude = input.longitude ?? null;
    }
    audit(this.em, this.viewer, { action: 'COMMUNITY_UPDATED', subjectType: 'Community', subjectId: community.id });
    await flushOrConflict(this.em, () => duplicate('community'));
    return community;
  }

  async createGrid(input: CreateGridInput): Promise<Grid> {
    const community = await this.get(input.communityId);
    assertCommunityAdmin(this.viewer, community.id);
    const grid = this.em.create(Grid, { community, name: trimmed(input.name) });
    audit(this.em, this.viewer, { action: 'GRID_CREATED', subjectType: 'Community', subjectId: community.id, data: { grid: grid.name } });
    await flushOrConflict(this.em, () => duplicate('grid'));
    return grid;
  }

  private async getGrid(id: string): Promise<Grid> {
    const grid = isId(id) ? await this.em.findOne(Grid, id) : null;
    if (!grid) throw notFound('grid');
    assertCommunityAdmin(this.viewer, grid.community.id);
    return grid;
  }

  async renameGrid(id: string, name: string): Promise<Grid> {
    const grid = await this.getGrid(id);
    grid.name = trimmed(name);
    audit(this.em, this.viewer, { action: 'GRID_RENAMED', subjectType: 'Community', subjectId: grid.community.id, data: { grid: grid.name } });
    await flushOrConflict(this.em, () => duplicate('grid'));
    return grid;
  }

  async deleteGrid(id: string): Promise<boolean> {
    const grid = await this.getGrid(id);
    audit(this.em, this.viewer, { action: 'GRID_DELETED', subjectType: 'Community', subjectId: grid.community.id, data: { grid: grid.name } });
    this.em.remove(grid);
    await this.em.flush();
    return true;
  }

  async addCommitteeMember(communityId: string, input: CommitteeMemberInput): Promise<CommitteeMember> {
    const community = await this.get(communityId);
    assertCommunityAdmin(this.viewer, community.id);
    const member = this.em.create(CommitteeMember, { community, personName: trimmed(input.personName), position: input.position });
    await this.applyMember(member, input);
    audit(this.em, this.viewer, {
      action: 'COMMITTEE_MEMBER_ADDED',
      subjectType: 'Community',
      subjectId: community.id,
      data: { person: member.personName, position: member.position },
    });
    await this.em.flush();
    return member;
  }

  async updateCommitteeMember(id: string, input: CommitteeMemberInput): Promise<CommitteeMember> {
    const member = await this.getMember(id);
    member.personName = trimmed(input.personName);
    member.position = input.position;
    await this.applyMember(member, input);
    audit(this.em, this.viewer, { action: 'COMMITTEE_MEMBER_UPDATED', subjectType: 'Community', subjectId: member.community.id, data: { person: member.personName } });
    await this.em.flush();
    return member;
  }

  async removeCommitteeMember(id: string): Promise<boolean> {
    const member = await this.getMember(id);
    audit(this.em, this.viewer, { action: 'COMMITTEE_MEMBER_REMOVED', subjectType: 'Community', subjectId: member.community.id, data: { person: member.personName } });
    this.em.remove(member);
    await this.em.flush();
    return true;
  }

  private async getMember(id: string): Promise<CommitteeMember> {
    const member = isId(id) ? await this.em.findOne(CommitteeMember, id) : null;
    if (!member) throw notFound('committeeMember');
    assertCommunityAdmin(this.viewer, member.community.id);
    return member;
  }

  private async applyMember(member: CommitteeMember, input: CommitteeMemberInput): Promise<void> {
    member.title = trimmed(input.title) || null;
    member.sortOrder = input.sortOrder ?? member.sortOrder;
    if (input.unitId === undefined || input.unitId === null) {
      member.unit = null;
      return;
    }
    const unit = isId(input.unitId) ? await this.em.findOne(PartnerUnit, input.unitId) : null;
    if (!unit) throw notFound('unit');
    member.unit = ref(unit);
  }
}
