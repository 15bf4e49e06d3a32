import { crc32, deflateSync } from 'node:zlib';

// Small image files made byte by byte, for upload tests: a JPEG whose EXIF carries a GPS position
// and a comment, a PNG with a text chunk, a WebP with EXIF. Each is a well-formed file of its kind.

function rational(values: [number, number][]): Buffer {
  const b = Buffer.alloc(values.length * 8);
  values.forEach(([num, den], i) => {
    b.writeUInt32LE(num, i * 8);
    b.writeUInt32LE(den, i * 8 + 4);
  });
  return b;
}

function dms(value: number): [number, number][] {
  const deg = Math.floor(value);
  const minutes = (value - deg) * 60;
  const min = Math.floor(minutes);
  return [
    [deg, 1],
    [min, 1],
    [Math.round((minutes - min) * 60 * 100), 100],
  ];
}

function tiffWithGps(latitude: number, longitude: number): Buffer {
  const header = Buffer.from([0x49, 0x49, 0x2a, 0x00, 0x08, 0x00, 0x00, 0x00]);
  const ifd0 = Buffer.alloc(2 + 12 + 4);
  ifd0.writeUInt16LE(1, 0);
  ifd0.writeUInt16LE(0x8825, 2);
  ifd0.writeUInt16LE(4, 4);
  ifd0.writeUInt32LE(1, 6);
  ifd0.writeUInt32LE(26, 10);
  const gps = Buffer.alloc(2 + 4 * 12 + 4);
  gps.writeUInt16LE(4, 0);
  const entry = (i: number, tag: number, type: number, count: number, value: Buffer | number) => {
    const at = 2 + i * 12;
    gps.writeUInt16LE(tag, at);
    gps.writeUInt16LE(type, at + 2);
    gps.writeUInt32LE(count, at + 4);
    if (typeof value === 'number') gps.writeUInt32LE(value, at + 8);
    else value.copy(gps, at + 8);
  };
  entry(0, 1, 2, 2, Buffer.from('N\0'));
  entry(1, 2, 5, 3, 80);
  entry(2, 3, 2, 2, Buffer.from('E\0'));
  entry(3, 4, 5, 3, 104);
  return Buffer.concat([header, ifd0, gps, rational(dms(latitude)), rational(dms(longitude))]);
}

const segment = (marker: number, body: Buffer) => {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
};

export function jpegWithGps(latitude: number, longitude: number, padTo = 0): Buffer {
  const exif = segment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'binary'), tiffWithGps(latitude, longitude)]));
  const comment = segment(0xfe, Buffer.from('camera serial 12345'));
  const jfif = segment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'binary'));
  const quant = segment(0xdb, Buffer.alloc(65, 1));
  // 16×16, one component using quantisation table 1; one Huffman table; one scan of it.
  const frame = segment(0xc0, Buffer.from([8, 0, 16, 0, 16, 1, 1, 0x11, 1]));
  const huffman = segment(0xc4, Buffer.concat([Buffer.from([0x00, 1]), Buffer.alloc(15, 0), Buffer.from([0])]));
  const scan = Buffer.concat([segment(0xda, Buffer.from([1, 1, 0x00, 0, 63, 0])), Buffer.alloc(Math.max(64, padTo), 0x55), Buffer.from([0xff, 0xd9])]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, exif, comment, quant, frame, huffman, scan]);
}

/** A JPEG segment, for tests that build a broken one. */
export const jpegSegment = segment;

/** A PNG chunk with its length and CRC (or a wrong CRC, to test refusal). */
export function pngChunk(type: string, data: Buffer, badCrc = false): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE((crc32(Buffer.concat([head.subarray(4), data])) ^ (badCrc ? 1 : 0)) >>> 0, 0);
  return Buffer.concat([head, data, crc]);
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** An 8-bit RGB PNG of width×height with a tEXt chunk; `pixels` overrides the inflated scanlines. */
export function pngImage(width = 4, height = 3, pixels?: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const rows = pixels ?? Buffer.concat(Array.from({ length: height }, (_, y) => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, y * 40)])));
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk('IHDR', header),
    pngChunk('tEXt', Buffer.from('Comment\0camera serial 12345')),
    pngChunk('IDAT', deflateSync(rows)),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

const riffChunk = (type: string, data: Buffer) => {
  const head = Buffer.alloc(8);
  head.write(type, 0, 'ascii');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
};

/** An extended lossless WebP of width×height carrying an EXIF chunk (the bitstream after its header is filler). */
export function webpWithExif(width = 5, height = 7): Buffer {
  const vp8x = Buffer.alloc(10);
  vp8x[0] = 0x08;
  vp8x.writeUIntLE(width - 1, 4, 3);
  vp8x.writeUIntLE(height - 1, 7, 3);
  const vp8l = Buffer.alloc(21, 0x11);
  vp8l[0] = 0x2f;
  vp8l.writeUInt32LE(((width - 1) | ((height - 1) << 14)) >>> 0, 1);
  const body = Buffer.concat([Buffer.from('WEBP'), riffChunk('VP8X', vp8x), riffChunk('VP8L', vp8l), riffChunk('EXIF', Buffer.from('Exif\0\0camera serial 12345'))]);
  const head = Buffer.alloc(8);
  head.write('RIFF', 0, 'ascii');
  head.writeUInt32LE(body.length, 4);
  return Buffer.concat([head, body]);
}
