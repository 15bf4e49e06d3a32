import type { Role } from '../../api/src/shared/auth/role';
import { startTestApp, type TestApp } from '../support/app';
import { actAs, caseCast, makeCommunity } from '../support/factories';
import { jpegSegment, jpegWithGps, PNG_SIGNATURE, pngChunk, pngImage, webpWithExif } from '../support/images';

// Photos from phones are decoded, not sniffed: the stored file is rebuilt from the parts of the image
// that were read (nothing after its end, no metadata), a damaged one is refused, and each person may
// upload 60 photos or 200 MB per China day.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

const MB = 1024 * 1024;

async function upload(token: string | null, body: Buffer, options: { type?: string; lang?: string } = {}) {
  const response = await fetch(`${app.url}/api/uploads`, {
    method: 'POST',
    headers: { 'content-type': options.type ?? 'image/jpeg', 'accept-language': options.lang ?? 'zh-CN', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return { status: response.status, json: (await response.json()) as any };
}

async function download(token: string | null, id: string): Promise<Buffer> {
  const response = await fetch(`${app.url}/api/photos/${id}`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}

const TRAILER = Buffer.from('PK\x03\x04 a zip hidden after the picture');

describe('an upload is decoded and rebuilt from what was read', () => {
  it('a JPEG with bytes after its end is stored without them', async () => {
    const { gridWorker } = await caseCast(app);
    const plain = await upload(gridWorker.token, jpegWithGps(29.7164, 113.8979));
    const trailing = await upload(gridWorker.token, Buffer.concat([jpegWithGps(29.7164, 113.8979), TRAILER]));
    expect(trailing.status).toBe(201);
    expect(trailing.json.latitude).toBeCloseTo(29.7164, 4);
    const stored = await download(gridWorker.token, trailing.json.id);
    expect(stored.includes(Buffer.from('hidden after'))).toBe(false);
    expect(stored.subarray(-2)).toEqual(Buffer.from([0xff, 0xd9]));
    expect(stored).toEqual(await download(gridWorker.token, plain.json.id));
    expect(trailing.json.size).toBe(stored.length);
  });

  it('a JPEG that is only its first bytes, cut short, or without a picture is refused', async () => {
    const { gridWorker } = await caseCast(app);
    const whole = jpegWithGps(29.7, 113.9);
    const disguised = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from('<?php echo "not a photo"; ?>')]);
    const cut = whole.subarray(0, whole.length - 40);
    const noFrame = Buffer.concat([Buffer.from([0xff, 0xd8]), jpegSegment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'binary')), Buffer.from([0xff, 0xd9])]);
    for (const bytes of [disguised, cut, noFrame]) {
      const r = await upload(gridWorker.token, bytes, { lang: 'en' });
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('BAD_USER_INPUT');
      expect(r.json.error.message).toMatch(/damaged or incomplete/);
    }
  });

  it('a PNG loses its text chunk and anything after IEND; a bad CRC, a cut file or pixel data of the wrong size is refused', async () => {
    const { gridWorker } = await caseCast(app);
    const png = pngImage(4, 3);
    const ok = await upload(gridWorker.token, Buffer.concat([png, TRAILER]), { type: 'image/png' });
    expect(ok.status).toBe(201);
    expect(ok.json.mimeType).toBe('image/png');
    const stored = await download(gridWorker.token, ok.json.id);
    const text = pngChunk('tEXt', Buffer.from('Comment\0camera serial 12345'));
    expect(stored).toEqual(Buffer.concat([png.subarray(0, 33), png.subarray(33 + text.length)]));

    const idat = png.indexOf('IDAT') - 4;
    const badCrc = Buffer.from(png);
    badCrc[png.indexOf('IEND') - 5] ^= 0xff;
    const cut = png.subarray(0, idat + 12);
    const header = Buffer.alloc(13);
    header.writeUInt32BE(4, 0);
    header.writeUInt32BE(3, 4);
    header.set([8, 2, 0, 0, 0], 8);
    const shortRows = pngImage(4, 3, Buffer.concat([Buffer.from([0]), Buffer.alloc(12, 7), Buffer.from([0]), Buffer.alloc(12, 7)]));
    const badFilter = pngImage(4, 3, Buffer.concat([0, 1, 9].map((f) => Buffer.concat([Buffer.from([f]), Buffer.alloc(12, 7)]))));
    const noImage = Buffer.concat([PNG_SIGNATURE, pngChunk('IHDR', header), pngChunk('IEND', Buffer.alloc(0))]);
    for (const bytes of [badCrc, cut, shortRows, badFilter, noImage]) {
      const r = await upload(gridWorker.token, bytes, { type: 'image/png' });
      expect(r.status).toBe(400);
      expect(r.json.error.code).toBe('BAD_USER_INPUT');
    }
  });

  it('a picture of absurd size is refused before its pixels are unpacked', async () => {
    const { gridWorker } = await caseCast(app);
    const header = Buffer.alloc(13);
    header.writeUInt32BE(100_000, 0);
    header.writeUInt32BE(100_000, 4);
    header.set([8, 6, 0, 0, 0], 8);
    const flood = Buffer.concat([
      PNG_SIGNATURE,
      pngChunk('IHDR', header),
      pngChunk('IDAT', Buffer.from([0x78, 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01])),
      pngChunk('IEND', Buffer.alloc(0)),
    ]);
    const r = await upload(gridWorker.token, flood, { type: 'image/png', lang: 'en' });
    expect(r.status).toBe(400);
    expect(r.json.error).toEqual({ code: 'BAD_USER_INPUT', message: expect.stringContaining('100000×100000') });
  });

  it('a WebP loses its EXIF chunk and flag; one whose RIFF size runs past the file is refused', async () => {
    const { gridWorker } = await caseCast(app);
    const webp = webpWithExif(5, 7);
    const ok = await upload(gridWorker.token, Buffer.concat([webp, TRAILER]), { type: 'image/webp' });
    expect(ok.status).toBe(201);
    const stored = await download(gridWorker.token, ok.json.id);
    expect(stored.includes(Buffer.from('EXIF'))).toBe(false);
    expect(stored.includes(Buffer.from('camera serial'))).toBe(false);
    expect(stored.readUInt32LE(4)).toBe(stored.length - 8);
    expect(stored[20] & 0x08).toBe(0);
    const long = Buffer.from(webp);
    long.writeUInt32LE(webp.length + 100, 4);
    expect((await upload(gridWorker.token, long, { type: 'image/webp' })).status).toBe(400);
  });
});

describe('each person uploads at most 60 photos or 200 MB per China day', () => {
  it('the 61st photo of the day is refused with TOO_MANY_REQUESTS; a colleague is unaffected; tomorrow counts afresh', async () => {
    const community = await makeCommunity(app);
    const { user, caller: gridWorker } = await actAs(app, ['GRID_WORKER' as Role], { communityId: community.id });
    const { caller: colleague } = await actAs(app, ['GRID_WORKER' as Role], { communityId: community.id });
    for (let i = 0; i < 60; i++) expect((await upload(gridWorker.token, jpegWithGps(29.7, 113.9 + i / 1000))).status).toBe(201);
    const refused = await upload(gridWorker.token, jpegWithGps(29.7, 113.9));
    expect(refused.status).toBe(429);
    expect(refused.json.error.code).toBe('TOO_MANY_REQUESTS');
    expect(refused.json.error.message).toContain('60 张');
    const english = await upload(gridWorker.token, jpegWithGps(29.7, 113.9), { lang: 'en' });
    expect(english.json.error.message).toMatch(/uploaded 60 photos .* at most 60 photos or 200 MB a day/);
    // Refused before the body is read: an 11 MB body would otherwise be 413.
    expect((await upload(gridWorker.token, jpegWithGps(29.7, 113.9, 11 * MB))).status).toBe(429);

    expect((await upload(colleague.token, jpegWithGps(29.7, 113.9))).status).toBe(201);

    // The same photos, a day older: today's count starts from nothing.
    await app.orm.em.fork().getConnection().execute("UPDATE case_photo SET uploaded_at = uploaded_at - interval '1 day' WHERE uploader_id = ?", [user.id]);
    expect((await upload(gridWorker.token, jpegWithGps(29.7, 113.9))).status).toBe(201);
  });

  it('after twenty 10 MB photos the next large one is refused, and a small one still fits', async () => {
    const { gridWorker } = await caseCast(app);
    const large = jpegWithGps(29.7, 113.9, 10 * MB - 4096);
    for (let i = 0; i < 20; i++) expect((await upload(gridWorker.token, large)).status).toBe(201);
    const refused = await upload(gridWorker.token, large, { lang: 'en' });
    expect(refused.status).toBe(429);
    expect(refused.json.error.message).toContain('200 MB');
    expect((await upload(gridWorker.token, jpegWithGps(29.7, 113.9))).status).toBe(201);
  });

  it('five uploads at once with room for two: exactly two are stored', async () => {
    const { gridWorker } = await caseCast(app);
    for (let i = 0; i < 58; i++) await upload(gridWorker.token, jpegWithGps(29.7, 113.9));
    const statuses = await Promise.all(Array.from({ length: 5 }, () => upload(gridWorker.token, jpegWithGps(29.7, 113.9)).then((r) => r.status)));
    expect(statuses.sort()).toEqual([201, 201, 429, 429, 429]);
  });
});
