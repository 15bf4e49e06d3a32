import { ref } from '@mikro-orm/postgresql';
import { audit } from '../../shared/audit/audit';
import { assertSecretaryOf } from '../../shared/auth/scope';
import { notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import { RequestService } from '../../shared/request-service';
import { trimmed } from '../../shared/validation';
import { Community } from '../org/community.entity';
import { PartnerUnit } from '../org/partner-unit.entity';
import type { ScheduleJointMeetingInput, UpdateJointMeetingInput } from './joint.inputs';
import { JointMeeting } from './meeting.entity';

export class MeetingService extends RequestService {
  list(communityId?: string | null): Promise<JointMeeting[]> {
    if (communityId && !isId(communityId)) return Promise.resolve([]);
    return this.em.find(JointMeeting, communityId ? { community: communityId } : {}, { orderBy: { heldAt: 'desc' }, limit: 200 });
  }

  async find(id: string): Promise<JointMeeting | null> {
    return isId(id) ? this.em.findOne(JointMeeting, id) : null;
  }

  async schedule(input: ScheduleJointMeetingInput): Promise<JointMeeting> {
    const community = isId(input.communityId) ? await this.em.findOne(Community, input.communityId) : null;
    if (!community) throw notFound('community');
    assertSecretaryOf(this.viewer, community.id);
    const attendees = await this.units(input.attendeeUnitIds ?? []);
    const meeting = this.em.create(JointMeeting, {
      community: ref(community),
      title: trimmed(input.title),
      heldAt: input.heldAt,
      place: trimmed(input.place) || null,
      agenda: trimmed(input.agenda) || null,
    });
    meeting.attendees.set(attendees);
    audit(this.em, this.viewer, { action: 'MEETING_SCHEDULED', subjectType: 'JointMeeting', subjectId: meeting.id, data: { title: meeting.title } });
    await this.em.flush();
    return meeting;
  }

  async update(id: string, input: UpdateJointMeetingInput): Promise<JointMeeting> {
    const meeting = await this.find(id);
    if (!meeting) throw notFound('meeting');
    assertSecretaryOf(this.viewer, meeting.community.id);
    if (input.title) meeting.title = trimmed(input.title);
    if (input.heldAt) meeting.heldAt = input.heldAt;
    if (input.place !== undefined) meeting.place = trimmed(input.place) || null;
    if (input.agenda !== undefined) meeting.agenda = trimmed(input.agenda) || null;
    if (input.minutes !== undefined) meeting.minutes = trimmed(input.minutes) || null;
    if (input.attendeeUnitIds) {
      await meeting.attendees.init();
      meeting.attendees.set(await this.units(input.attendeeUnitIds));
    }
    audit(this.em, this.viewer, { action: 'MEETING_UPDATED', subjectType: 'JointMeeting', subjectId: meeting.id });
    await this.em.flush();
    return meeting;
  }

  private async units(ids: string[]): Promise<PartnerUnit[]> {
    const unique = [...new Set(ids)];
    if (unique.some((id) => !isId(id))) throw notFound('unit');
    const units = unique.length ? await this.em.find(PartnerUnit, { id: { $in: unique } }) : [];
    if (units.length !== unique.length) throw notFound('unit');
    return units;
  }
}
