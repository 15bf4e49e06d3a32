// Image bytes as uploaded from phones: the type is read from the bytes, never the file name; the
// stored copy carries no metadata (EXIF, XMP, text), and a JPEG's GPS position is read out first.

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

function stripJpeg(bytes: Buffer): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 2)];
  let offset = 2;
  while (offset + 4 <= bytes.length && bytes[offset] === 0xff) {
    const marker = bytes[offset + 1];
    if (marker === 0xda) break;
    const length = bytes.readUInt16BE(offset + 2);
    // Keep JFIF (APP0), Adobe colour info (APP14) and everything that is not an application or comment segment.
    const metadata = (marker >= 0xe1 && marker <= 0xef && marker !== 0xee) || marker === 0xfe;
    if (!metadata) parts.push(bytes.subarray(offset, offset + 2 + length));
    offset += 2 + length;
  }
  parts.push(bytes.subarray(offset));
  return Buffer.concat(parts);
}

const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(bytes: Buffer): Buffer {
  const parts: Buffer[] = [bytes.subarray(0, 8)];
  let offset = 8;
  while (offset + 12 <= bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    const end = offset + 12 + length;
    if (!PNG_METADATA.has(type)) parts.push(bytes.subarray(offset, end));
    offset = end;
    if (type === 'IEND') break;
  }
  return Buffer.concat(parts);
}

function stripWebp(bytes: Buffer): Buffer {
  const chunks: Buffer[] = [];
  let offset = 12;
  while (offset + 8 <= bytes.length) {
    const type = bytes.toString('ascii', offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const end = offset + 8 + size + (size % 2);
    if (type !== 'EXIF' && type !== 'XMP ') {
      const chunk = Buffer.from(bytes.subarray(offset, Math.min(end, bytes.length)));
      // VP8X carries flags saying EXIF/XMP follow: clear them.
      if (type === 'VP8X') chunk[8] &= ~0b1100;
      chunks.push(chunk);
    }
    offset = end;
  }
  const body = Buffer.concat(chunks);
  const header = Buffer.alloc(12);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(body.length + 4, 4);
  header.write('WEBP', 8, 'ascii');
  return Buffer.concat([header, body]);
}

export function stripMetadata(type: ImageType, bytes: Buffer): Buffer {
  if (type === 'image/jpeg') return stripJpeg(bytes);
  if (type === 'image/png') return stripPng(bytes);
  return stripWebp(bytes);
}

/** Metres between two points on the Earth (haversine). */
export function metresBetween(a: Position, b: Position): number {
  const rad = (d: number) => (d * Math.PI) / 180;
  const h = Math.sin(rad(b.latitude - a.latitude) / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(rad(b.longitude - a.longitude) / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.sqrt(h));
}
