import { AppError } from '../../shared/errors';
import { parseJpeg } from './image-jpeg';
import type { Decoded } from './image-parts';
import { parsePng } from './image-png';
import { parseWebp } from './image-webp';

// Image bytes as uploaded from phones: the type is read from the bytes, never the file name; the
// whole file is read and written again from its parts, so the stored copy carries no metadata
// (EXIF, XMP, text) and nothing after the picture, and a JPEG's GPS position is read out first.

export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

export function detectImage(bytes: Buffer): ImageType | null {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (bytes.length > 8 && bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return 'image/png';
  if (bytes.length > 12 && bytes.toString('ascii', 0, 4) === 'RIFF' && bytes.toString('ascii', 8, 12) === 'WEBP') return 'image/webp';
  return null;
}

export interface Position {
  latitude: number;
  longitude: number;
}

/** GPS latitude/longitude from a JPEG's EXIF, if it has them. */
export function jpegPosition(bytes: Buffer): Position | null {
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1];
    const length = bytes.readUInt16BE(offset + 2);
    if (marker === 0xe1 && bytes.toString('ascii', offset + 4, offset + 10) === 'Exif\0\0') {
      try {
        return exifPosition(bytes.subarray(offset + 10, offset + 2 + length));
      } catch {
        return null;
      }
    }
    if (marker === 0xda) break;
    offset += 2 + length;
  }
  return null;
}

function exifPosition(tiff: Buffer): Position | null {
  const little = tiff.toString('ascii', 0, 2) === 'II';
  const u16 = (o: number) => (little ? tiff.readUInt16LE(o) : tiff.readUInt16BE(o));
  const u32 = (o: number) => (little ? tiff.readUInt32LE(o) : tiff.readUInt32BE(o));
  const entries = (ifd: number) => {
    const count = u16(ifd);
    return Array.from({ length: count }, (_, i) => {
      const at = ifd + 2 + i * 12;
      return { tag: u16(at), type: u16(at + 2), count: u32(at + 4), value: at + 8 };
    });
  };
  const gps = entries(u32(4)).find((e) => e.tag === 0x8825);
  if (!gps) return null;
  const tags = new Map(entries(u32(gps.value)).map((e) => [e.tag, e]));
  const rational3 = (tag: number) => {
    const e = tags.get(tag);
    if (e?.type !== 5 || e.count !== 3) return null;
    const base = u32(e.value);
    const r = (k: number) => u32(base + k * 8) / (u32(base + k * 8 + 4) || 1);
    return r(0) + r(1) / 60 + r(2) / 3600;
  };
  const ref = (tag: number) => {
    const e = tags.get(tag);
    return e ? String.fromCharCode(tiff[e.value]) : '';
  };
  const lat = rational3(2);
  const lng = rational3(4);
  if (lat === null || lng === null) return null;
  const position = { latitude: ref(1) === 'S' ? -lat : lat, longitude: ref(3) === 'W' ? -lng : lng };
  return Math.abs(position.latitude) <= 90 && Math.abs(position.longitude) <= 180 ? position : null;
}

export const MAX_SIDE = 16_384;
export const MAX_MEGAPIXELS = 50;

const checkSize = (width: number, height: number) => {
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE || width * height > MAX_MEGAPIXELS * 1_000_000) {
    throw new AppError('BAD_USER_INPUT', 'photo.badSize', { width, height, side: MAX_SIDE, megapixels: MAX_MEGAPIXELS });
  }
};

export interface CleanImage extends Decoded {
  type: ImageType;
}

/** Reads the whole image and writes it again from what was read; BAD_USER_INPUT when it is not a sound JPEG, PNG or WebP of a sane size. */
export async function decodeImage(bytes: Buffer): Promise<CleanImage> {
  const type = detectImage(bytes);
  if (!type) throw new AppError('BAD_USER_INPUT', 'photo.notImage');
  try {
    const decoded = type === 'image/jpeg' ? parseJpeg(bytes, checkSize) : type === 'image/png' ? await parsePng(bytes, checkSize) : parseWebp(bytes, checkSize);
    return { type, ...decoded };
  } catch (error) {
    if (error instanceof AppError) throw error;
    // Any failure to read it (a reason, or a read past the end) means the file is damaged.
    throw new AppError('BAD_USER_INPUT', 'photo.corrupt');
  }
}

/** Metres between two points on the Earth (haversine). */
export function metresBetween(a: Position, b: Position): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
