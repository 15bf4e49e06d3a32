import { type CheckSize, type Decoded, damaged } from './image-parts';

// A still WebP read chunk by chunk to the end its RIFF header gives, its VP8 or VP8L header checked
// against the canvas, and written again from the chunks that draw the picture (colour profile,
// alpha, image): no EXIF, XMP, unknown chunks or bytes after the RIFF size. Animations are refused.

interface Chunk {
  type: string;
  data: Buffer;
}

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, Buffer.alloc(data.length % 2)]);
}

function chunks(bytes: Buffer): Chunk[] {
  if (bytes.length < 20 || bytes.toString('latin1', 0, 4) !== 'RIFF' || bytes.toString('latin1', 8, 12) !== 'WEBP') throw damaged('no RIFF WEBP header');
  const end = 8 + bytes.readUInt32LE(4);
  if (end > bytes.length) throw damaged('RIFF size runs past the end');
  const found: Chunk[] = [];
  let at = 12;
  while (at < end) {
    if (at + 8 > end) throw damaged('cut short');
    const size = bytes.readUInt32LE(at + 4);
    const next = at + 8 + size + (size % 2);
    if (next > end) throw damaged('chunk runs past the RIFF size');
    found.push({ type: bytes.toString('latin1', at, at + 4), data: bytes.subarray(at + 8, at + 8 + size) });
    at = next;
  }
  return found;
}

/** Width and height from a VP8 (lossy) or VP8L (lossless) bitstream's header. */
function bitstreamSize({ type, data }: Chunk): { width: number; height: number } {
  if (type === 'VP8 ') {
    if (data.length < 10) throw damaged('VP8 header');
    const tag = data.readUIntLE(0, 3);
    const keyFrame = (tag & 1) === 0;
    const shown = (tag >> 4) & 1;
    if (!keyFrame || !shown || ((tag >> 1) & 7) > 3 || tag >> 5 > data.length - 10) throw damaged('VP8 frame tag');
    if (data[3] !== 0x9d || data[4] !== 0x01 || data[5] !== 0x2a) throw damaged('VP8 start code');
    return { width: data.readUInt16LE(6) & 0x3fff, height: data.readUInt16LE(8) & 0x3fff };
  }
  if (data.length < 5 || data[0] !== 0x2f) throw damaged('VP8L signature');
  const bits = data.readUInt32LE(1);
  if (bits >>> 29 !== 0) throw damaged('VP8L version');
  return { width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
}

const isImage = (c: Chunk) => c.type === 'VP8 ' || c.type === 'VP8L';

/** The WebP rebuilt from its picture chunks; throws when a chunk is cut, missing or disagrees with the canvas. */
export function parseWebp(bytes: Buffer, checkSize: CheckSize): Decoded {
  const [first, ...rest] = chunks(bytes);
  const kept: Buffer[] = [];
  let size: { width: number; height: number };
  if (first && isImage(first)) {
    if (rest.some(isImage)) throw damaged('two image chunks');
    size = bitstreamSize(first);
    checkSize(size.width, size.height);
    kept.push(chunk(first.type, first.data));
  } else if (first?.type === 'VP8X' && first.data.length === 10) {
    const flags = first.data[0];
    size = { width: first.data.readUIntLE(4, 3) + 1, height: first.data.readUIntLE(7, 3) + 1 };
    if (flags & 0x02 || rest.some((c) => c.type === 'ANIM' || c.type === 'ANMF')) throw damaged('animated');
    checkSize(size.width, size.height);
    const images = rest.filter(isImage);
    if (images.length !== 1) throw damaged('not one image chunk');
    const [image] = images;
    const inner = bitstreamSize(image);
    if (inner.width !== size.width || inner.height !== size.height) throw damaged('canvas and image disagree');
    const profile = rest.find((c) => c.type === 'ICCP');
    const alpha = image.type === 'VP8 ' ? rest.find((c) => c.type === 'ALPH') : undefined;
    const header = Buffer.from(first.data);
    // Only the colour-profile and alpha flags stay, and only when what they announce does.
    header[0] = (profile ? 0x20 : 0) | (alpha || (image.type === 'VP8L' && flags & 0x10) ? 0x10 : 0);
    kept.push(chunk('VP8X', header));
    if (profile) kept.push(chunk('ICCP', profile.data));
    if (alpha) kept.push(chunk('ALPH', alpha.data));
    kept.push(chunk(image.type, image.data));
  } else {
    throw damaged('no image chunk first');
  }
  const body = Buffer.concat([Buffer.from('WEBP', 'latin1'), ...kept]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(body.length, 4);
  return { ...size, bytes: Buffer.concat([head, body]) };
}
