import type { MikroORM } from '@mikro-orm/postgresql';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Viewer } from '../../shared/auth/viewer';
import { AppError } from '../../shared/errors';
import { langFrom } from '../../shared/i18n/lang';
import type { FileStorage } from '../../shared/storage';
import { viewerFromToken } from '../org/auth.service';
import { MAX_PHOTO_BYTES, readPhoto, storePhoto } from './photo.service';

// POST /api/uploads takes one image as the request body (any image/* or octet-stream type; the
// bytes decide) and answers its ID, to attach to a report or a handling. GET /api/photos/:id
// serves it to those who may see the case.

const IMAGE_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/heic', 'image/gif', 'application/octet-stream', 'image/*'];

export function registerPhotoRoutes(app: FastifyInstance, deps: { orm: MikroORM; storage: FileStorage }): void {
  app.addContentTypeParser(IMAGE_TYPES, { parseAs: 'buffer', bodyLimit: MAX_PHOTO_BYTES }, (_request, body, done) => done(null, body));

  const viewerOf = async (request: FastifyRequest, reply: FastifyReply): Promise<Viewer | null> => {
    const header = request.headers.authorization;
    const viewer = await viewerFromToken(deps.orm.em.fork(), header?.startsWith('Bearer ') ? header.slice(7) : null);
    if (!viewer)
      await reply
        .code(401)
        .send({ error: { code: 'UNAUTHENTICATED', message: new AppError('UNAUTHENTICATED', 'auth.required').localize(langFrom(request.headers['accept-language'])) } });
    return viewer;
  };

  app.post('/api/uploads', { bodyLimit: MAX_PHOTO_BYTES }, async (request, reply) => {
    const viewer = await viewerOf(request, reply);
    if (!viewer) return reply;
    if (!Buffer.isBuffer(request.body)) {
      return reply
        .code(415)
        .send({ error: { code: 'BAD_USER_INPUT', message: new AppError('BAD_USER_INPUT', 'photo.notImage').localize(langFrom(request.headers['accept-language'])) } });
    }
    try {
      const photo = await storePhoto(deps.orm.em.fork(), deps.storage, viewer, request.body);
      return reply.code(201).send({ id: photo.id, mimeType: photo.mimeType, size: photo.size, latitude: photo.latitude, longitude: photo.longitude });
    } catch (error) {
      if (error instanceof AppError) return reply.code(400).send({ error: { code: error.code, message: error.localize(langFrom(request.headers['accept-language'])) } });
      throw error;
    }
  });

  app.get<{ Params: { id: string } }>('/api/photos/:id', async (request, reply) => {
    const viewer = await viewerOf(request, reply);
    if (!viewer) return reply;
    const photo = await readPhoto(deps.orm.em.fork(), deps.storage, viewer, request.params.id);
    if (!photo) return reply.code(404).send({ error: { code: 'NOT_FOUND' } });
    return reply.header('Content-Type', photo.type).header('Cache-Control', 'private, max-age=86400').header('Content-Disposition', 'inline').send(photo.bytes);
  });

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, request, reply) => {
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE') {
      const key = request.url.startsWith('/api/uploads') ? 'photo.tooLarge' : 'input.tooLarge';
      return reply.code(413).send({ error: { code: 'BAD_USER_INPUT', message: new AppError('BAD_USER_INPUT', key).localize(langFrom(request.headers['accept-language'])) } });
    }
    if (error.statusCode && error.statusCode < 500) return reply.code(error.statusCode).send({ error: { code: 'BAD_REQUEST', message: error.message } });
    request.log.error(error);
    return reply.code(500).send({ error: { code: 'INTERNAL_SERVER_ERROR' } });
  });
}
