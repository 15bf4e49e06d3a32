import { storageSettingsFrom } from './storage-settings';

// Where photos go is read from the environment once; a half-set bucket must stop the start, not
// quietly leave each process with its own photos.
describe('STORAGE_URL and S3_*', () => {
  const settings = (env: NodeJS.ProcessEnv) => storageSettingsFrom(env, '/srv/gongjian');

  it('keeps photos under DATA_DIR/uploads when nothing is set, or in the folder a file: URL names', () => {
    expect(settings({})).toEqual({ kind: 'local', root: '/srv/gongjian/uploads' });
    expect(settings({ STORAGE_URL: '' })).toEqual({ kind: 'local', root: '/srv/gongjian/uploads' });
    expect(settings({ STORAGE_URL: 'file:///mnt/shared/photos' })).toEqual({ kind: 'local', root: '/mnt/shared/photos' });
  });

  it('reads a MinIO bucket with a prefix, path-style, with its keys', () => {
    const env = {
      STORAGE_URL: 's3://gongjian/chibi/photos/',
      S3_ENDPOINT: 'http://minio.internal:9000',
      S3_ACCESS_KEY_ID: 'gongjian',
      S3_SECRET_ACCESS_KEY: 'secret',
      S3_FORCE_PATH_STYLE: '1',
    };
    expect(settings(env)).toEqual({
      kind: 's3',
      bucket: 'gongjian',
      prefix: 'chibi/photos',
      endpoint: 'http://minio.internal:9000',
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'gongjian', secretAccessKey: 'secret' },
    });
  });

  it('reads an Aliyun OSS bucket at its root, virtual-hosted, and leaves credentials to the SDK when none are given', () => {
    expect(settings({ STORAGE_URL: 's3://chibi-photos', S3_ENDPOINT: 'https://oss-cn-hangzhou.aliyuncs.com', S3_REGION: 'oss-cn-hangzhou' })).toEqual({
      kind: 's3',
      bucket: 'chibi-photos',
      prefix: '',
      endpoint: 'https://oss-cn-hangzhou.aliyuncs.com',
      region: 'oss-cn-hangzhou',
      forcePathStyle: false,
      credentials: undefined,
    });
  });

  it('refuses S3_* without an s3:// STORAGE_URL, half a key pair, and values it cannot read', () => {
    expect(() => settings({ S3_ENDPOINT: 'http://minio:9000' })).toThrow('S3_ENDPOINT set, but STORAGE_URL is not an s3:// URL');
    expect(() => settings({ STORAGE_URL: 's3://b', S3_ACCESS_KEY_ID: 'k' })).toThrow('S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together');
    expect(() => settings({ STORAGE_URL: 'https://bucket.example/photos' })).toThrow('STORAGE_URL must be s3://bucket/prefix or file:///path');
    expect(() => settings({ STORAGE_URL: 's3:///photos' })).toThrow('STORAGE_URL names no bucket');
    expect(() => settings({ STORAGE_URL: 's3://b', S3_ENDPOINT: 'minio:9000' })).toThrow('S3_ENDPOINT must be an http(s):// URL');
    expect(() => settings({ STORAGE_URL: 's3://b', S3_FORCE_PATH_STYLE: 'yes' })).toThrow('S3_FORCE_PATH_STYLE must be 1 or 0');
  });
});
