import { ArrayType, type EntityManager, ReferenceKind } from '@mikro-orm/postgresql';
import { Household } from '../../api/src/modules/care/household.entity';
import { RibbonRequest, RibbonStatus } from '../../api/src/modules/care/ribbon.entity';
import { VisitFrequency, VisitSchedule } from '../../api/src/modules/care/schedule.entity';
import { Visit } from '../../api/src/modules/care/visit.entity';
import { CaseFile } from '../../api/src/modules/case/case.entity';
import { CaseCategory, CaseStatus } from '../../api/src/modules/case/case.enums';
import { CaseSource } from '../../api/src/modules/case/case-source';
import { ExtensionRequest, ExtensionStatus } from '../../api/src/modules/case/extension.entity';
import { FollowUp, FollowUpSatisfaction, FollowUpSolved, FollowUpSource } from '../../api/src/modules/case/follow-up.entity';
import { CasePhoto, PhotoStage } from '../../api/src/modules/case/photo.entity';
import { RoutingRule } from '../../api/src/modules/case/routing.entity';
import { Agreement } from '../../api/src/modules/joint/agreement.entity';
import { AgreementStatus, NeedCategory, NeedStatus, ResourceCategory } from '../../api/src/modules/joint/joint.enums';
import { Need } from '../../api/src/modules/joint/need.entity';
import { Resource } from '../../api/src/modules/joint/resource.entity';
import { Notification, NotificationPreference } from '../../api/src/modules/notify/notification.entity';
import { NotificationKind, NotifyChannel } from '../../api/src/modules/notify/notify.enums';
import { OutboxMessage } from '../../api/src/modules/notify/outbox.entity';
import { PartyOrder, PartyOrderKind } from '../../api/src/modules/order/order.entity';
import { CommitteeMember, CommitteePosition } from '../../api/src/modules/org/committee-member.entity';
import { Community } from '../../api/src/modules/org/community.entity';
import { PartnerUnit, UnitKind } from '../../api/src/modules/org/partner-unit.entity';
import { User } from '../../api/src/modules/org/user.entity';
import { RoadSection } from '../../api/src/modules/street/road-section.entity';
import { TaskSignup } from '../../api/src/modules/volunteer/signup.entity';
import { Task } from '../../api/src/modules/volunteer/task.entity';
import { Team, TeamKind } from '../../api/src/modules/volunteer/team.entity';
import { Volunteer } from '../../api/src/modules/volunteer/volunteer.entity';
import { SignupStatus, TaskStatus } from '../../api/src/modules/volunteer/volunteer.enums';
import { Role } from '../../api/src/shared/auth/role';
import { startTestApp, type TestApp } from '../support/app';

// Issue 17: a text[] column gave weekdays back as ['1', '4'] and weekly schedules never fell due,
// while everything checked in the request that wrote them passed. So every array and enum column
// is written here and read back by a new EntityManager, and must come back exactly as written.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app?.close());

// What people type that a text array has to keep: digits, commas, quotes, braces, a backslash.
const WORDS = ['买菜', '7', 'a, b', 'say "hi"', '{braces}', 'back\\slash'];
// And what PostgreSQL reads otherwise unless each element is quoted: NULL, outer spaces, a line break.
const TRICKY = ['null', 'NULL', '  陪护  ', 'two\nlines "q"'];

type Written = { entity: object; values: Record<string, unknown> };

/** One of each entity with array or enum columns, with values other than their defaults. */
function writeAll(em: EntityManager): Record<string, Written> {
  const at = new Date('2026-03-02T01:30:00Z');
  const community = em.create(Community, { name: '六米桥社区', subdistrict: '蒲圻办事处' });
  const unit = em.create(PartnerUnit, { name: '水利和湖泊局', kind: UnitKind.SOCIAL_ORGANIZATION });
  const user = em.create(User, {
    username: 'daicaihong',
    displayName: '戴彩虹',
    passwordHash: 'not-a-hash',
    roles: [Role.VOLUNTEER, Role.GRID_WORKER, Role.COMMUNITY_SECRETARY],
    community,
  });
  const member = em.create(CommitteeMember, { community, personName: '游和清', position: CommitteePosition.DEPUTY_SECRETARY });
  const need = em.create(Need, { community, title: '楼道照明改造', category: NeedCategory.EMPLOYMENT, status: NeedStatus.CANCELLED });
  const resource = em.create(Resource, { unit, title: '防汛物资', category: ResourceCategory.PROFESSIONAL_SERVICE, servesCategory: NeedCategory.ELDERLY_CARE });
  const agreement = em.create(Agreement, { community, unit, signedAt: at, validFrom: at, status: AgreementStatus.TERMINATED });
  const caseFile = em.create(CaseFile, {
    title: '翠泉花苑楼道灯不亮',
    reporter: user,
    category: CaseCategory.ILLEGAL_CONSTRUCTION,
    status: CaseStatus.DISPATCHED,
    source: CaseSource.VOLUNTEER,
  });
  const extension = em.create(ExtensionRequest, { caseFile, unit, requestedBy: user, until: at, reason: '等材料', status: ExtensionStatus.REFUSED });
  const photo = em.create(CasePhoto, { sha256: 'a'.repeat(64), mimeType: 'image/jpeg', size: 1, uploader: user, caseFile, stage: PhotoStage.HANDLING });
  const routing = em.create(RoutingRule, { category: CaseCategory.SAFETY, unit });
  const volunteer = em.create(Volunteer, { user, skills: WORDS, availability: ['MON_AM', 'SAT_EVE'], community });
  const task = em.create(Task, {
    title: '为黎逢保老人理发',
    community,
    requiredSkills: ['理发', ...WORDS],
    startsAt: at,
    endsAt: new Date(at.getTime() + 3_600_000),
    capacity: 2,
    status: TaskStatus.CANCELLED,
  });
  const signup = em.create(TaskSignup, { task, volunteer, status: SignupStatus.WAITLISTED });
  const team = em.create(Team, { community, name: '黄丝带服务队', kind: TeamKind.YELLOW_RIBBON });
  const household = em.create(Household, { community, residents: '黎逢保夫妇', address: '翠泉花苑' });
  const schedule = em.create(VisitSchedule, {
    household,
    team,
    frequency: VisitFrequency.WEEKLY,
    interval: 2,
    weekdays: [1, 4, 7],
    startsOn: '2026-03-02',
    services: ['理发', ...WORDS],
  });
  const visit = em.create(Visit, { household, schedule, dueOn: '2026-03-02', visitor: user, servicesDone: WORDS });
  const ribbon = em.create(RibbonRequest, { household, raisedBy: user, status: RibbonStatus.VISITED });
  const followUp = em.create(FollowUp, {
    caseFile,
    closedAt: at,
    solved: FollowUpSolved.PARTLY_SOLVED,
    satisfaction: FollowUpSatisfaction.BASICALLY_SATISFIED,
    source: FollowUpSource.COMMAND_CENTER,
    recordedBy: user,
  });
  const notification = em.create(Notification, { recipient: user, kind: NotificationKind.SECTION_NOT_PATROLLED, objectType: 'RoadSection' });
  const preference = em.create(NotificationPreference, { user, kind: NotificationKind.RIBBON_ASSIGNED, channel: NotifyChannel.SMS, enabled: true });
  const outbox = em.create(OutboxMessage, { channel: NotifyChannel.WEBHOOK, target: 'https://example.org/robot', payload: {} });
  const order = em.create(PartyOrder, { kind: PartyOrderKind.NEED, need, community, title: '楼道照明改造', routedBy: user });
  const section = em.create(RoadSection, { community, name: '陆水路', addresses: ['陆水路', ...WORDS] });
  return {
    User: { entity: user, values: { roles: user.roles } },
    PartnerUnit: { entity: unit, values: { kind: unit.kind } },
    CommitteeMember: { entity: member, values: { position: member.position } },
    Need: { entity: need, values: { category: need.category, status: need.status } },
    Resource: { entity: resource, values: { category: resource.category, servesCategory: resource.servesCategory } },
    Agreement: { entity: agreement, values: { status: agreement.status } },
    CaseFile: { entity: caseFile, values: { category: caseFile.category, status: caseFile.status, source: caseFile.source } },
    ExtensionRequest: { entity: extension, values: { status: extension.status } },
    CasePhoto: { entity: photo, values: { stage: photo.stage } },
    RoutingRule: { entity: routing, values: { category: routing.category } },
    Volunteer: { entity: volunteer, values: { skills: volunteer.skills, availability: volunteer.availability } },
    Task: { entity: task, values: { requiredSkills: task.requiredSkills, status: task.status } },
    TaskSignup: { entity: signup, values: { status: signup.status } },
    Team: { entity: team, values: { kind: team.kind } },
    VisitSchedule: { entity: schedule, values: { frequency: schedule.frequency, weekdays: schedule.weekdays, services: schedule.services } },
    Visit: { entity: visit, values: { servicesDone: visit.servicesDone } },
    RibbonRequest: { entity: ribbon, values: { status: ribbon.status } },
    FollowUp: { entity: followUp, values: { solved: followUp.solved, satisfaction: followUp.satisfaction, source: followUp.source } },
    Notification: { entity: notification, values: { kind: notification.kind } },
    NotificationPreference: { entity: preference, values: { channel: preference.channel, kind: preference.kind } },
    OutboxMessage: { entity: outbox, values: { channel: outbox.channel } },
    PartyOrder: { entity: order, values: { kind: order.kind } },
    RoadSection: { entity: section, values: { addresses: section.addresses } },
  };
}

/** Every scalar property of every entity stored as an array or a database enum: Entity.property. */
function arrayAndEnumColumns(): string[] {
  return Object.values(app.orm.getMetadata().getAll())
    .flatMap((meta) =>
      meta.props
        .filter((p) => p.kind === ReferenceKind.SCALAR && (p.enum || p.array || p.customType instanceof ArrayType || p.columnTypes?.some((t) => t.endsWith('[]'))))
        .map((p) => `${meta.className}.${p.name}`),
    )
    .sort();
}

let written: Record<string, Written>;
beforeAll(async () => {
  const em = app.orm.em.fork();
  written = writeAll(em);
  await em.flush();
});

/** The text[] columns, Entity.property, found the same way. */
function textArrayColumns(): string[] {
  return arrayAndEnumColumns().filter((column) => {
    const [name, prop] = column.split('.');
    const p = app.orm.getMetadata().find(name)?.properties[prop];
    return !p?.enum && !p?.array && p?.columnTypes?.[0] === 'text[]';
  });
}
const TEXT_ARRAYS = ['RoadSection.addresses', 'Task.requiredSkills', 'Visit.servicesDone', 'VisitSchedule.services', 'Volunteer.availability', 'Volunteer.skills'];

describe('array and enum columns read back from the database as they were written', () => {
  it('this test writes every array and enum column there is', () => {
    const covered = Object.entries(written)
      .flatMap(([name, w]) => Object.keys(w.values).map((prop) => `${name}.${prop}`))
      .sort();
    expect(covered).toEqual(arrayAndEnumColumns());
  });

  it.each([
    'User',
    'PartnerUnit',
    'CommitteeMember',
    'Need',
    'Resource',
    'Agreement',
    'CaseFile',
    'ExtensionRequest',
    'CasePhoto',
    'RoutingRule',
    'Volunteer',
    'Task',
    'TaskSignup',
    'Team',
    'VisitSchedule',
    'Visit',
    'RibbonRequest',
    'FollowUp',
    'Notification',
    'NotificationPreference',
    'OutboxMessage',
    'PartyOrder',
    'RoadSection',
  ])('%s, loaded by a new EntityManager', async (name) => {
    const { entity, values } = written[name];
    const em = app.orm.em.fork();
    const meta = app.orm.getMetadata().find(name);
    if (!meta) throw new Error(`no entity ${name}`);
    const id = meta.primaryKeys.map((key) => (entity as Record<string, unknown>)[key]);
    const fresh = (await em.findOneOrFail(name, (id.length === 1 ? id[0] : id) as never)) as Record<string, unknown>;
    expect(Object.fromEntries(Object.keys(values).map((prop) => [prop, fresh[prop]]))).toStrictEqual(values);
  });
});

describe('text arrays keep the words PostgreSQL would read as NULL, trim or unescape', () => {
  it('these are all the text arrays there are', () => {
    expect(TEXT_ARRAYS).toEqual(textArrayColumns());
  });

  // A service called "null" made the whole household unreadable: [null] is no [String!]!.
  it.each(TEXT_ARRAYS)('%s', async (column) => {
    const [name, prop] = column.split('.');
    const meta = app.orm.getMetadata().find(name);
    if (!meta) throw new Error(`no entity ${name}`);
    const id = (written[name].entity as Record<string, unknown>)[meta.primaryKeys[0]];
    const em = app.orm.em.fork();
    const entity = (await em.findOneOrFail(name, id as never)) as Record<string, unknown>;
    entity[prop] = TRICKY;
    await em.flush();
    const fresh = (await app.orm.em.fork().findOneOrFail(name, id as never)) as Record<string, unknown>;
    expect(fresh[prop]).toStrictEqual(TRICKY);
  });
});
