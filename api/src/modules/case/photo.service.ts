import { createHash } from 'node:crypto';
import { type EntityManager, ref } from '@mikro-orm/postgresql';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError, notFound } from '../../shared/errors';
import { isId } from '../../shared/ids';
import type { FileStorage } from '../../shared/storage';
import { User } from '../org/user.entity';
import { CaseFile } from './case.entity';
import { caseFilter } from './case.policy';
import { decodeImage, jpegPosition } from './image';
import { CasePhoto, type PhotoStage } from './photo.entity';
import { reserveUpload } from './upload-quota';

export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;
export const MAX_PHOTOS_PER_STEP = 9;

/**
 * Stores an uploaded image: read whole and written again from its parts (no metadata, nothing
 * trailing), within the uploader's daily quota. Count, file and row happen under the quota's lock,
 * so a refused upload stores nothing and one person's uploads never write at the same moment.
 */
export async function storePhoto(em: EntityManager, storage: FileStorage, viewer: Viewer, bytes: Buffer): Promise<CasePhoto> {
  const image = await decodeImage(bytes);
  const position = image.type === 'image/jpeg' ? jpegPosition(bytes) : null;
  const sha256 = createHash('sha256').update(image.bytes).digest('hex');
  return em.transactional(async (tx) => {
    await reserveUpload(tx, viewer.userId, image.bytes.length);
    await storage.put(sha256, image.bytes);
    return tx.create(CasePhoto, {
      sha256,
      mimeType: image.type,
      size: image.bytes.length,
      uploader: tx.getReference(User, viewer.userId, { wrapped: true }),
      latitude: position?.latitude ?? null,
      longitude: position?.longitude ?? null,
    });
  });
}

/** Attaches the viewer's own, still loose uploads to a case at a stage; anything else is NOT_FOUND. */
export async function attachPhotos(em: EntityManager, viewer: Viewer, caseFile: CaseFile, ids: string[] | null | undefined, stage: PhotoStage): Promise<void> {
  const unique = [...new Set(ids ?? [])];
  if (!unique.length) return;
  if (unique.length > MAX_PHOTOS_PER_STEP) throw new AppError('BAD_USER_INPUT', 'photo.tooMany', { max: MAX_PHOTOS_PER_STEP });
  if (unique.some((id) => !isId(id))) throw notFound('photo');
  const photos = await em.find(CasePhoto, { id: { $in: unique }, uploader: viewer.userId, caseFile: null });
  if (photos.length !== unique.length) throw notFound('photo');
  for (const photo of photos) {
    photo.caseFile = ref(caseFile);
    photo.stage = stage;
  }
}

/** The photo's bytes and type, if the viewer may see its case (or uploaded it and it is still loose). */
export async function readPhoto(em: EntityManager, storage: FileStorage, viewer: Viewer, id: string): Promise<{ type: string; bytes: Buffer } | null> {
  if (!isId(id)) return null;
  const photo = await em.findOne(CasePhoto, id);
  if (!photo) return null;
  const allowed = photo.caseFile ? !!(await em.findOne(CaseFile, { $and: [{ id: photo.caseFile.id }, caseFilter(viewer)] })) : photo.uploader.id === viewer.userId;
  if (!allowed) return null;
  const bytes = await storage.get(photo.sha256);
  return bytes ? { type: photo.mimeType, bytes } : null;
}
