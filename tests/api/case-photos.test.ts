import { codeOf, startTestApp, type TestApp } from '../support/app';
import { caseCast, REPORT_CASE, unitWithRep } from '../support/factories';
import { jpegWithGps } from '../support/images';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

async function upload(token: string | null, body: Buffer, type = 'image/jpeg') {
  const response = await fetch(`${app.url}/api/uploads`, { method: 'POST', headers: { 'content-type': type, ...(token ? { authorization: `Bearer ${token}` } : {}) }, body });
  return { status: response.status, json: (await response.json()) as any };
}

describe('case photos', () => {
  it("a grid worker's photo keeps its GPS position, loses its metadata, and is shown only to those who may see the case", async () => {
    const cast = await caseCast(app);
    const up = await upload(cast.gridWorker.token, jpegWithGps(29.7164, 113.8979));
    expect(up.status).toBe(201);
    expect(up.json.mimeType).toBe('image/jpeg');
    expect(up.json.latitude).toBeCloseTo(29.7164, 4);
    expect(up.json.longitude).toBeCloseTo(113.8979, 4);
    const reported = await cast.gridWorker.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id photos { id url stage latitude } } }', {
      i: { title: '北渠垃圾', latitude: 29.7164, longitude: 113.8979, photoIds: [up.json.id] },
    });
    const photo = reported.data?.reportCase.photos[0];
    expect(photo).toMatchObject({ id: up.json.id, stage: 'REPORT', url: `/api/photos/${up.json.id}` });

    const served = await fetch(`${app.url}${photo.url}`, { headers: { authorization: `Bearer ${cast.officer.token}` } });
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    const bytes = Buffer.from(await served.arrayBuffer());
    expect(bytes.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(bytes.includes(Buffer.from('Exif'))).toBe(false);
    expect(bytes.includes(Buffer.from('camera serial'))).toBe(false);
    expect(bytes.includes(Buffer.from('JFIF'))).toBe(true);

    const stranger = await unitWithRep(app);
    expect((await fetch(`${app.url}${photo.url}`, { headers: { authorization: `Bearer ${stranger.rep.token}` } })).status).toBe(404);
    expect((await fetch(`${app.url}${photo.url}`)).status).toBe(401);
    // A photo already attached, or someone else's, cannot be attached again.
    expect(codeOf(await stranger.rep.gql(REPORT_CASE, { i: { title: '借用照片', photoIds: [up.json.id] } }))).toBe('NOT_FOUND');
  });

  it('refuses 11 MB, and a text file named .jpg, from the bytes', async () => {
    const cast = await caseCast(app);
    const big = await upload(cast.gridWorker.token, jpegWithGps(29.7, 113.9, 11 * 1024 * 1024));
    expect(big.status).toBe(413);
    expect(big.json.error.code).toBe('BAD_USER_INPUT');
    const text = await upload(cast.gridWorker.token, Buffer.from('这不是图片，只是改了扩展名的文本文件'));
    expect(text.status).toBe(400);
    expect(text.json.error.code).toBe('BAD_USER_INPUT');
    expect((await upload(null, jpegWithGps(29.7, 113.9))).status).toBe(401);
  });

  it('the verifier is warned when the after photo was taken far from the case', async () => {
    const cast = await caseCast(app);
    const id = (await cast.gridWorker.gql(REPORT_CASE, { i: { title: '河渠漂浮物', latitude: 29.7164, longitude: 113.8979 } })).data?.reportCase.id;
    await cast.officer.gql('mutation($id: ID!) { acceptCase(id: $id) { id } }', { id });
    await cast.officer.gql('mutation($id: ID!, $u: ID!) { dispatchCase(id: $id, unitId: $u) { id } }', { id, u: cast.unit.id });
    const after = await upload(cast.rep.token, jpegWithGps(29.7264, 113.8979));
    const handled = await cast.rep.gql(
      'mutation($id: ID!, $p: [ID!]) { handleCase(id: $id, note: "已清理", photoIds: $p) { status afterPhotoDistance afterPhotoFarFromCase photos { stage } } }',
      { id, p: [after.json.id] },
    );
    expect(handled.data?.handleCase).toMatchObject({ status: 'HANDLED', afterPhotoFarFromCase: true, photos: [{ stage: 'HANDLING' }] });
    expect(handled.data?.handleCase.afterPhotoDistance).toBeGreaterThan(1000);
  });
});
