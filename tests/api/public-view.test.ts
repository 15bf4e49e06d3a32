import ExcelJS from 'exceljs';
import { codeOf, startTestApp, type TestApp } from '../support/app';
import { actAs, CLAIM_NEED, CREATE_NEED, caseCast, communityWithSecretary, makeUnit, must, PUBLISH_NEED, REPORT_CASE, unitWithRep } from '../support/factories';

// 公示: residents open their community's page without an account and see that the road their
// secretary listed was claimed by 住建局 and finished — and never anyone's personal details.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const PAGE = `query($id: ID!) { publicCommunityPage(communityId: $id) {
  community { id name subdistrict publishedNeeds claimedNeeds }
  needs { id title category status claimedBy publishedAt doneAt }
  agreements { id unit signedAt status }
  closedCases { month category closed }
} }`;

/** 红旗桥社区 after a meeting and a month of work, with personal data all around what is public. */
async function hongqiqiao(names = { community: '红旗桥社区', unit: '住房和城乡建设局' }) {
  const cast = await caseCast(app, names);
  const { community, gridWorker, officer, unit, rep } = cast;
  const { caller: secretary, user: secretaryUser } = await actAs(app, ['COMMUNITY_SECRETARY' as never], { communityId: community.id });
  const need = async (title: string, extra: Record<string, unknown> = {}) =>
    must<any>(await secretary.gql(CREATE_NEED, { i: { communityId: community.id, title, category: 'INFRASTRUCTURE', ...extra } }), 'createNeed').createNeed.id as string;

  // Claimed by 住建局 and finished.
  const road = await need('红旗桥路背街小巷硬化', { description: '联系人 王师傅 13912345678', location: '红旗桥路 12 号至 30 号' });
  must<any>(await secretary.gql(PUBLISH_NEED, { id: road }), 'publishNeed');
  must<any>(await rep.gql(CLAIM_NEED, { id: road }), 'claimNeed');
  must<any>(await rep.gql('mutation($id: ID!) { reportNeedCompletion(needId: $id, note: "已硬化，联系电话 13700001111") { status } }', { id: road }), 'complete');
  must<any>(await secretary.gql('mutation($id: ID!) { confirmNeedDone(id: $id, note: "现场验收") { status } }', { id: road }), 'confirmNeedDone');
  // Open, a draft and a cancelled one.
  const lights = await need('红旗桥路灯安装');
  must<any>(await secretary.gql(PUBLISH_NEED, { id: lights }), 'publishNeed');
  await need('社区食堂筹建（草稿）');
  const cancelled = await need('已取消的需求');
  must<any>(await secretary.gql(PUBLISH_NEED, { id: cancelled }), 'publishNeed');
  must<any>(await secretary.gql('mutation($id: ID!) { cancelNeed(id: $id, reason: "重复") { status } }', { id: cancelled }), 'cancelNeed');

  // An elderly household and a need raised at its door: both about one family, so neither is public.
  const volunteer = await actAs(app, ['VOLUNTEER' as never], { communityId: community.id });
  const volunteerId = must<any>(await volunteer.caller.gql('mutation { registerVolunteer(input: { skills: ["敲门"] }) { id } }'), 'registerVolunteer').registerVolunteer.id;
  const team = must<any>(
    await secretary.gql('mutation($i: CreateTeamInput!) { createTeam(input: $i) { id } }', {
      i: { communityId: community.id, name: '红旗桥敲门组', kind: 'DOOR_KNOCKING', captainId: volunteerId },
    }),
    'createTeam',
  ).createTeam.id;
  const household = must<any>(
    await secretary.gql('mutation($i: HouseholdInput!) { addHousehold(input: $i) { id } }', {
      i: { communityId: community.id, residents: '游桂英老人', address: '红旗桥小区 3 栋 201', situation: '独居，腿脚不便', consent: true, teamId: team },
    }),
    'addHousehold',
  ).addHousehold.id;
  must<any>(
    await volunteer.caller.gql('mutation($i: RecordVisitInput!) { recordVisit(input: $i) { id raisedNeedId } }', {
      i: { householdId: household, concerns: '屋顶漏水', raiseNeed: { title: '游桂英老人家屋顶漏水' } },
    }),
    'recordVisit',
  );

  // This year's agreement.
  must<any>(
    await secretary.gql('mutation($i: SignAgreementInput!) { signAgreement(input: $i) { id } }', {
      i: { communityId: community.id, unitId: unit.id, commitments: '联系人 李科长 13611112222' },
    }),
    'signAgreement',
  );

  // A case reported, handled by the unit and closed; its reporter, address and notes stay private.
  const reported = must<any>(
    await gridWorker.gql(REPORT_CASE, { i: { title: '北渠边垃圾堆积', category: 'ENVIRONMENT', address: '北渠路 8 号张家门口', description: '住户张先生 13500003333 反映' } }),
    'reportCase',
  ).reportCase.id;
  must<any>(await officer.gql('mutation($id: ID!) { acceptCase(id: $id, note: "属实") { status } }', { id: reported }), 'acceptCase');
  must<any>(await officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { status } }', { id: reported, u: unit.id }), 'dispatchCase');
  must<any>(await rep.gql('mutation($id: ID!) { handleCase(id: $id, note: "已清运") { status } }', { id: reported }), 'handleCase');
  must<any>(await gridWorker.gql('mutation($id: ID!) { verifyCase(id: $id, passed: true, note: "已核查") { status } }', { id: reported }), 'verifyCase');
  must<any>(await officer.gql('mutation($id: ID!) { closeCase(id: $id) { status } }', { id: reported }), 'closeCase');

  const people = await Promise.all(
    [gridWorker, officer, rep, secretary, volunteer.caller].map(
      async (c) => must<any>(await c.gql('{ me { username displayName } }'), 'me').me as { username: string; displayName: string },
    ),
  );
  const personal = [
    ...people.flatMap((p) => [p.username, p.displayName]),
    secretaryUser.username,
    '王师傅',
    '13912345678',
    '13700001111',
    '红旗桥路 12 号',
    '游桂英',
    '红旗桥小区 3 栋',
    '独居',
    '屋顶漏水',
    '李科长',
    '13611112222',
    '北渠路 8 号',
    '张先生',
    '13500003333',
    '已清运',
    '北渠边垃圾堆积',
  ];
  return { community, unit, personal };
}

const month = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit' }).format(new Date());

describe('the public page of a community (公示), open to anyone', () => {
  it('a resident of 红旗桥 sees the road hardening claimed by 住建局 and finished, the street lights open, this year’s agreement and the closed case, and nothing personal', async () => {
    const { community, personal } = await hongqiqiao();
    const answer = await app.anonymous.gql(PAGE, { id: community.id });
    const page = must<any>(answer, 'publicCommunityPage').publicCommunityPage;
    expect(page.community).toEqual({ id: community.id, name: '红旗桥社区', subdistrict: '蒲圻办事处', publishedNeeds: 2, claimedNeeds: 1 });
    expect(page.needs.map((n: any) => [n.title, n.status, n.claimedBy, n.doneAt !== null])).toEqual([
      ['红旗桥路灯安装', 'PUBLISHED', [], false],
      ['红旗桥路背街小巷硬化', 'DONE', ['住房和城乡建设局'], true],
    ]);
    expect(page.agreements.map((a: any) => [a.unit, a.status])).toEqual([['住房和城乡建设局', 'ACTIVE']]);
    expect(page.closedCases).toEqual([{ month: month(), category: 'ENVIRONMENT', closed: 1 }]);
    // Every personal detail seeded around the page, looked for in the whole answer.
    const text = JSON.stringify(answer);
    expect(personal.filter((p) => text.includes(p))).toEqual([]);
  });

  it('the list of communities is public too; an unknown or malformed community is simply not there', async () => {
    const { community } = await communityWithSecretary(app, '六米桥社区');
    const list = must<any>(await app.anonymous.gql('{ publicCommunities { id name publishedNeeds claimedNeeds } }'), 'publicCommunities').publicCommunities;
    expect(list).toEqual(expect.arrayContaining([{ id: community.id, name: '六米桥社区', publishedNeeds: 0, claimedNeeds: 0 }]));
    expect(must<any>(await app.anonymous.gql(PAGE, { id: '00000000-0000-4000-8000-000000000000' }), 'page').publicCommunityPage).toBeNull();
    expect(must<any>(await app.anonymous.gql(PAGE, { id: 'not-an-id' }), 'page').publicCommunityPage).toBeNull();
  });

  it('the open data downloads (xlsx and CSV) hold the same rows, with labels and dates, and nothing personal', async () => {
    const { community, personal } = await hongqiqiao({ community: '新溪社区', unit: '交通运输局' });
    const xlsx = await fetch(`${app.url}/api/public/communities/${community.id}/open-data.xlsx`);
    expect([xlsx.status, xlsx.headers.get('content-type')]).toEqual([200, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheets = book.worksheets.map((ws) => ({
      name: ws.name,
      rows: ws
        .getSheetValues()
        .slice(1)
        .map((row) => (row as unknown[]).slice(1).map((cell) => (cell instanceof Date ? cell.toISOString().slice(0, 10) : cell))),
    }));
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
    expect(sheets.map((s) => s.name)).toEqual(['需求清单', '今年签订的共建协议', '近 12 个月办结案件']);
    expect(sheets[0].rows).toEqual([
      ['需求', '类别', '状态', '认领单位', '发布日期', '完成日期'],
      ['红旗桥路灯安装', '基础设施', '可认领', undefined, today],
      ['红旗桥路背街小巷硬化', '基础设施', '已完成', '交通运输局', today, today],
    ]);
    expect(sheets[1].rows).toEqual([
      ['共建单位', '签订日期', '状态'],
      ['交通运输局', today, '生效中'],
    ]);
    expect(sheets[2].rows).toEqual([
      ['月份', '类别', '办结数'],
      [month(), '环境卫生', 1],
    ]);
    const everything = JSON.stringify(sheets);

    const csv = await fetch(`${app.url}/api/public/communities/${community.id}/needs.csv`, { headers: { 'accept-language': 'en' } });
    expect([csv.status, csv.headers.get('content-type')]).toEqual([200, 'text/csv; charset=utf-8']);
    const body = await csv.text();
    expect(
      body
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n'),
    ).toEqual([
      'Need,Category,Status,Claimed by,Published,Done',
      `红旗桥路灯安装,Infrastructure,Open,,${today},`,
      `红旗桥路背街小巷硬化,Infrastructure,Done,交通运输局,${today},${today}`,
    ]);
    const tables = await Promise.all(['agreements', 'closed-cases'].map(async (t) => (await fetch(`${app.url}/api/public/communities/${community.id}/${t}.csv`)).text()));
    expect(personal.filter((p) => `${everything}${body}${tables.join('')}`.includes(p))).toEqual([]);
    expect((await fetch(`${app.url}/api/public/communities/${community.id}/users.csv`)).status).toBe(404);
    expect((await fetch(`${app.url}/api/public/communities/00000000-0000-4000-8000-000000000000/needs.csv`)).status).toBe(404);
  });

  it('a need title a spreadsheet would run as a formula is written as text in the CSV', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const id = must<any>(await secretary.gql(CREATE_NEED, { i: { communityId: community.id, title: '=HYPERLINK("http://x","点我")', category: 'OTHER' } }), 'createNeed').createNeed
      .id;
    must<any>(await secretary.gql(PUBLISH_NEED, { id }), 'publishNeed');
    const body = await (await fetch(`${app.url}/api/public/communities/${community.id}/needs.csv`)).text();
    expect(body.split('\r\n')[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/x"",""点我""\)",/);
  });

  it('signing in changes nothing: a unit representative reads the same page, and the page never needs a token', async () => {
    const { community, secretary } = await communityWithSecretary(app);
    const unit = await makeUnit(app);
    must<any>(await secretary.gql('mutation($i: SignAgreementInput!) { signAgreement(input: $i) { id } }', { i: { communityId: community.id, unitId: unit.id } }), 'signAgreement');
    const { rep } = await unitWithRep(app);
    const asRep = must<any>(await rep.gql(PAGE, { id: community.id }), 'page');
    const asAnyone = must<any>(await app.anonymous.gql(PAGE, { id: community.id }), 'page');
    expect(asRep).toEqual(asAnyone);
    expect(codeOf(await app.anonymous.gql('{ totals { agreements } }'))).toBe('UNAUTHENTICATED');
  });
});
