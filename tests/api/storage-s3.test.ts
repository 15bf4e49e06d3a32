import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, ListObjectsV2Command, S3Client } from '@aws-sdk/client-s3';
import { backup } from '../../api/src/backup/backup';
import { loadConfig } from '../../api/src/config';
import { buildServer } from '../../api/src/server';
import { freePort } from '../../api/src/shared/db/embedded-postgres';
import { startPeerServer, startTestApp, type TestApp } from '../support/app';
import { caseCast } from '../support/factories';
import { jpegWithGps } from '../support/images';

// Two API processes on one database share photos through an S3-compatible bucket: a real one,
// s3rver (the S3 REST API over a folder), started here on 127.0.0.1.

// s3rver ships no types: the little of it used here.
const S3rver: new (options: Record<string, unknown>) => { run(): Promise<{ port: number }>; close(): Promise<void> } = require('s3rver');

const BUCKET = 'gongjian-photos';
const PREFIX = 'chibi/case-photos';

const work = mkdtempSync(join(tmpdir(), 'gongjian-s3-'));
let s3: InstanceType<typeof S3rver>;
let endpoint: string;
let bucket: S3Client;
let app: TestApp;
let dataDir: string;
let peer: { url: string; close: () => Promise<void> };

const storageEnv = (overrides: Record<string, string> = {}) => ({
  STORAGE_URL: `s3://${BUCKET}/${PREFIX}`,
  S3_ENDPOINT: endpoint,
  S3_REGION: 'us-east-1',
  S3_ACCESS_KEY_ID: 'S3RVER',
  S3_SECRET_ACCESS_KEY: 'S3RVER',
  S3_FORCE_PATH_STYLE: '1',
  ...overrides,
});

beforeAll(async () => {
  s3 = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(join(work, 'bucket-')), configureBuckets: [{ name: BUCKET }] });
  endpoint = `http://127.0.0.1:${(await s3.run()).port}`;
  bucket = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
  dataDir = mkdtempSync(join(work, 'app-'));
  app = await startTestApp({ ...storageEnv(), DATA_DIR: dataDir });
  peer = await startPeerServer(app, storageEnv());
});
afterAll(async () => {
  await peer?.close();
  await app?.close();
  bucket?.destroy();
  await s3?.close();
  rmSync(work, { recursive: true, force: true });
});

async function upload(token: string | null, body: Buffer): Promise<{ status: number; json: any }> {
  const response = await fetch(`${app.url}/api/uploads`, { method: 'POST', headers: { 'content-type': 'image/jpeg', authorization: `Bearer ${token}` }, body });
  return { status: response.status, json: await response.json() };
}

async function photoFrom(url: string, id: string, token: string | null): Promise<{ status: number; bytes: Buffer }> {
  const response = await fetch(`${url}/api/photos/${id}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
}

async function keysInBucket(): Promise<string[]> {
  const listed = await bucket.send(new ListObjectsV2Command({ Bucket: BUCKET, Prefix: `${PREFIX}/` }));
  return (listed.Contents ?? []).map((object) => object.Key ?? '');
}

const keyOf = (bytes: Buffer) => {
  const sha = createHash('sha256').update(bytes).digest('hex');
  return `${PREFIX}/${sha.slice(0, 2)}/${sha.slice(2, 4)}/${sha}`;
};

async function reportedWithPhoto(cast: Awaited<ReturnType<typeof caseCast>>, photo: Buffer): Promise<string> {
  const up = await upload(cast.gridWorker.token, photo);
  expect(up.status).toBe(201);
  const reported = await cast.gridWorker.gql('mutation($i: ReportCaseInput!) { reportCase(input: $i) { id } }', {
    i: { title: '北渠垃圾', latitude: 29.7164, longitude: 113.8979, photoIds: [up.json.id] },
  });
  expect(reported.errors).toBeUndefined();
  return up.json.id;
}

describe('photos in an S3-compatible bucket', () => {
  it("a grid worker's photo uploaded through one API process is served, byte for byte, by another that never saw the upload", async () => {
    const cast = await caseCast(app);
    const id = await reportedWithPhoto(cast, jpegWithGps(29.7164, 113.8979));

    const fromPeer = await photoFrom(peer.url, id, cast.officer.token);
    expect(fromPeer.status).toBe(200);
    const fromUploader = await photoFrom(app.url, id, cast.officer.token);
    expect(fromUploader.status).toBe(200);
    expect(fromPeer.bytes.equals(fromUploader.bytes)).toBe(true);
    // The object sits in the bucket under its content hash, and nothing went to the uploader's disk.
    expect(await keysInBucket()).toContain(keyOf(fromPeer.bytes));
    expect(existsSync(join(dataDir, 'uploads'))).toBe(false);
  });

  it('the same photo uploaded twice is two photos and one object in the bucket', async () => {
    const cast = await caseCast(app);
    const bytes = jpegWithGps(29.72, 113.9);
    const first = await upload(cast.gridWorker.token, bytes);
    const second = await upload(cast.gridWorker.token, bytes);
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.json.id).not.toBe(second.json.id);
    const served = await photoFrom(peer.url, second.json.id, cast.gridWorker.token);
    expect(served.status).toBe(200);
    expect((await keysInBucket()).filter((key) => key === keyOf(served.bytes))).toHaveLength(1);
  });

  it('a photo whose object has gone from the bucket answers 404 NOT_FOUND, not a server error', async () => {
    const cast = await caseCast(app);
    const id = await reportedWithPhoto(cast, jpegWithGps(29.73, 113.91));
    const served = await photoFrom(peer.url, id, cast.officer.token);
    expect(served.status).toBe(200);
    await bucket.send(new DeleteObjectCommand({ Bucket: BUCKET, Key: keyOf(served.bytes) }));

    const response = await fetch(`${peer.url}/api/photos/${id}`, { headers: { authorization: `Bearer ${cast.officer.token}` } });
    expect(response.status).toBe(404);
    expect(((await response.json()) as any).error.code).toBe('NOT_FOUND');
  });

  it('a backup leaves the photos in the bucket and says how to back the bucket up', async () => {
    const target = join(work, 'backup');
    const manifest = await backup(loadConfig({ DATABASE_URL: app.databaseUrl, DATA_DIR: dataDir, ...storageEnv() }), target);
    expect(manifest.photos).toEqual({ storage: 's3', location: `s3://${BUCKET}/${PREFIX}`, note: expect.stringContaining('back the bucket up with its own tools') });
    expect(manifest.database.tables.find((table) => table.name === 'case_photo')?.rows).toBeGreaterThanOrEqual(3);
    expect(existsSync(join(target, 'manifest.json'))).toBe(true);
    expect(existsSync(join(target, 'photos'))).toBe(false);
  });

  it('a server pointed at a bucket it cannot use refuses to start and says what to fix', async () => {
    const startWith = async (env: Record<string, string>) => {
      const config = { ...loadConfig({ DATA_DIR: mkdtempSync(join(work, 'bad-')), ...storageEnv(env) }), port: 0 };
      const server = await buildServer({ orm: app.orm, config, logError: () => undefined });
      await server.close();
      return server;
    };

    const nobodyListens = `http://127.0.0.1:${await freePort()}`;
    await expect(startWith({ S3_ENDPOINT: nobodyListens })).rejects.toThrow(`object storage s3://${BUCKET}/${PREFIX} at ${nobodyListens}: unreachable`);
    await expect(startWith({ S3_ENDPOINT: nobodyListens })).rejects.toThrow('check S3_ENDPOINT');
    const wrongKey = startWith({ S3_ACCESS_KEY_ID: 'NOT-OUR-KEY', S3_SECRET_ACCESS_KEY: 'a-secret-never-printed' });
    await expect(wrongKey).rejects.toThrow('access denied (HTTP 403): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
    await expect(wrongKey).rejects.not.toThrow('a-secret-never-printed');
    await expect(startWith({ STORAGE_URL: 's3://no-such-bucket/photos' })).rejects.toThrow('the bucket does not exist');
  });
});
