import { GetObjectCommand, HeadBucketCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { type FileStorage, isSha256, type S3Settings, storageKey } from './storage';

interface SdkError {
  name?: string;
  code?: string;
  message?: string;
  $metadata?: { httpStatusCode?: number };
}

const statusOf = (error: unknown): number | undefined => (error as SdkError)?.$metadata?.httpStatusCode;

/** Photos in an S3-compatible bucket under `prefix/aa/bb/<sha256>`, so every API process serves every photo. */
export class S3Storage implements FileStorage {
  private readonly client: S3Client;

  constructor(private readonly settings: S3Settings) {
    this.client = new S3Client({
      region: settings.region,
      endpoint: settings.endpoint,
      forcePathStyle: settings.forcePathStyle,
      credentials: settings.credentials,
      // The SDK's newer default checksums are refused by several S3-compatible services (OSS, COS, older MinIO).
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 30_000 },
    });
  }

  /** Where the objects are, for messages: never the credentials. */
  get location(): string {
    const url = `s3://${this.settings.bucket}${this.settings.prefix ? `/${this.settings.prefix}` : ''}`;
    return this.settings.endpoint ? `${url} at ${this.settings.endpoint}` : url;
  }

  private key(sha256: string): string {
    return this.settings.prefix ? `${this.settings.prefix}/${storageKey(sha256)}` : storageKey(sha256);
  }

  async put(sha256: string, bytes: Buffer): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.settings.bucket, Key: this.key(sha256), Body: bytes, ContentLength: bytes.length, ContentType: 'application/octet-stream' }),
    );
  }

  async get(sha256: string): Promise<Buffer | null> {
    if (!isSha256(sha256)) return null;
    try {
      const object = await this.client.send(new GetObjectCommand({ Bucket: this.settings.bucket, Key: this.key(sha256) }));
      return object.Body ? Buffer.from(await object.Body.transformToByteArray()) : null;
    } catch (error) {
      // A missing object is a missing photo (404 to the client); anything else is the store's trouble.
      if (statusOf(error) === 404 || (error as SdkError).name === 'NoSuchKey') return null;
      throw error;
    }
  }

  async check(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.settings.bucket }));
    } catch (error) {
      throw new Error(`object storage ${this.location}: ${explain(error)}`);
    }
  }
}

function explain(error: unknown): string {
  const status = statusOf(error);
  const { name, code, message } = (error ?? {}) as SdkError;
  if (status === undefined) return `unreachable (${code ?? name ?? 'error'}: ${message ?? error}): check S3_ENDPOINT and the network`;
  if (status === 401 || status === 403) return `access denied (HTTP ${status}): check S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, and that this key may use the bucket`;
  if (status === 404) return 'the bucket does not exist: create it, or fix the bucket name in STORAGE_URL';
  if (status === 301 || status === 307 || status === 400) return `the service refused the request (HTTP ${status}): check S3_REGION and S3_FORCE_PATH_STYLE`;
  return `HeadBucket failed (HTTP ${status}, ${name ?? 'error'})`;
}
