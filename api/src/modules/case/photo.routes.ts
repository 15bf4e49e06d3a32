import type { FastifyInstance } from 'fastify';
import { route } from '../../http/routes';
import { sendError } from '../../request-context';
import { AppError, notFound } from '../../shared/errors';
import { MAX_PHOTO_BYTES, readPhoto, storePhoto } from './photo.service';
import { assertRoomToday } from './upload-quota';

// POST /api/uploads takes one image as the request body (any image/* or octet-stream type; the
// bytes decide), within the uploader's daily quota, and answers its ID, to attach to a report or a
// handling. GET /api/photos/:id serves it to those who may see the case.

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/gif', 'application/octet-stream', 'image/*'];

// A refusal's HTTP status by its contract code.
const STATUS: Partial<Record<AppError['code'], number>> = { BAD_USER_INPUT: 400, TOO_MANY_REQUESTS: 429 };

export function registerPhotoRoutes(app: FastifyInstance): void {
  app.addContentTypeParser(IMAGE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES }, (_request, body, done) => done(null, body));

  // Someone over today's quota is refused before their body (up to 10 MB) is read; storePhoto's count under a lock is the one that decides.
  app.addHook('preParsing', async (request, reply, payload) => {
    const ctx = request.signedIn;
    if (request.method !== 'POST' || request.routeOptions.url !== '/api/uploads' || !ctx) return payload;
    try {
      await assertRoomToday(ctx.em, ctx.viewer.userId);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      sendError(reply, 429, error, ctx.lang);
    }
    return payload;
  });

  route(app, {
    method: 'POST',
    url: '/api/uploads',
    bodyLimit: MAX_PHOTO_BYTES,
    access: 'anyAccount',
    handler: async (request, reply, ctx) => {
      if (!Buffer.isBuffer(request.body)) return sendError(reply, 415, new AppError('BAD_USER_INPUT', 'photo.notImage'), ctx.lang);
      try {
        const photo = await storePhoto(ctx.em, ctx.storage, ctx.viewer, request.body);
        return reply.code(201).send({ id: photo.id, mimeType: photo.mimeType, size: photo.size, latitude: photo.latitude, longitude: photo.longitude });
      } catch (error) {
        if (error instanceof AppError) return sendError(reply, STATUS[error.code] ?? 400, error, ctx.lang);
        throw error;
      }
    },
  });

  // Any account (residents see their own reports' photos) is the route's rule; whether this viewer may see this photo's case is the object's, checked by readPhoto.
  route<{ Params: { id: string } }>(app, {
    method: 'GET',
    url: '/api/photos/:id',
    access: 'anyAccount',
    handler: async (request, reply, ctx) => {
      const photo = await readPhoto(ctx.em, ctx.storage, ctx.viewer, request.params.id);
      if (!photo) return sendError(reply, 404, notFound('photo'), ctx.lang);
      return reply.header('Content-Type', photo.type).header('Cache-Control', 'private, max-age=86400').header('Content-Disposition', 'inline').send(photo.bytes);
    },
  });
}
