import { crc32, createInflate } from 'node:zlib';
import { type CheckSize, DamagedImage, type Decoded, damaged } from './image-parts';

// A PNG read chunk by chunk to IEND, every CRC checked, its pixel data inflated (streamed, never
// held) to exactly the size its header implies with a valid filter on every row, and written again
// from the chunks that draw the picture: no text, time, EXIF, unknown chunks or bytes after IEND.

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
// Ancillary chunks that change how the picture looks; every other ancillary chunk is dropped.
const KEPT = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'bKGD', 'pHYs']);
// Bit depths each colour type allows, and its channels.
const DEPTHS: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
// Adam7: x start, y start, x step, y step of each pass.
const PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
];

interface Header {
  width: number;
  height: number;
  depth: number;
  colour: number;
  interlaced: boolean;
}

function readHeader(data: Buffer): Header {
  if (data.length !== 13) throw damaged('IHDR length');
  const header = { width: data.readUInt32BE(0), height: data.readUInt32BE(4), depth: data[8], colour: data[9], interlaced: data[12] === 1 };
  if (!DEPTHS[header.colour]?.includes(header.depth) || data[10] !== 0 || data[11] !== 0 || data[12] > 1) throw damaged('IHDR values');
  return header;
}

/** Each pass's rows and their length in bytes (a filter byte, then the pixels). */
function layout({ width, height, depth, colour, interlaced }: Header): { rows: number; length: number }[] {
  const bits = depth * CHANNELS[colour];
  const pass = ([x0, y0, dx, dy]: number[]) => {
    const w = width > x0 ? Math.ceil((width - x0) / dx) : 0;
    const h = height > y0 ? Math.ceil((height - y0) / dy) : 0;
    return { rows: w ? h : 0, length: 1 + Math.ceil((w * bits) / 8) };
  };
  return (interlaced ? PASSES.map(pass) : [pass([0, 0, 1, 1])]).filter((p) => p.rows > 0);
}

/** Inflates the image data as a stream, checking its length and every row's filter type on the way. */
async function checkPixels(data: Buffer, header: Header): Promise<void> {
  const passes = layout(header);
  const total = passes.reduce((sum, p) => sum + p.rows * p.length, 0);
  let pass = 0;
  let rowsLeft = passes[0].rows;
  let nextRow = 0;
  let seen = 0;
  const inflate = createInflate({ chunkSize: 64 * 1024 });
  inflate.end(data);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      if (seen + chunk.length > total) throw damaged('more pixel data than the header says');
      while (nextRow < seen + chunk.length) {
        if (chunk[nextRow - seen] > 4) throw damaged('unknown row filter');
        nextRow += passes[pass].length;
        if (--rowsLeft === 0 && ++pass < passes.length) rowsLeft = passes[pass].rows;
      }
      seen += chunk.length;
    }
  } catch (error) {
    throw error instanceof DamagedImage ? error : damaged('pixel data does not inflate');
  }
  if (seen !== total) throw damaged('less pixel data than the header says');
}

/** The PNG rebuilt from its picture chunks; throws when any chunk is missing, cut, out of order or fails its CRC. */
export async function parsePng(bytes: Buffer, checkSize: CheckSize): Promise<Decoded> {
  if (!bytes.subarray(0, 8).equals(SIGNATURE)) throw damaged('no PNG signature');
  const out: Buffer[] = [SIGNATURE];
  const data: Buffer[] = [];
  let header: Header | null = null;
  let palette = false;
  let dataEnded = false;
  let at = 8;
  for (;;) {
    if (at + 12 > bytes.length) throw damaged('cut short');
    const length = bytes.readUInt32BE(at);
    const end = at + 12 + length;
    if (length > 0x7fffffff || end > bytes.length) throw damaged('chunk runs past the end');
    const type = bytes.toString('latin1', at + 4, at + 8);
    if (!/^[A-Za-z]{4}$/.test(type)) throw damaged('chunk type');
    if (crc32(bytes.subarray(at + 4, end - 4)) >>> 0 !== bytes.readUInt32BE(end - 4)) throw damaged(`${type} CRC`);
    const chunk = bytes.subarray(at, end);
    const body = bytes.subarray(at + 8, end - 4);
    at = end;
    if (!header) {
      if (type !== 'IHDR') throw damaged('IHDR is not first');
      header = readHeader(body);
      checkSize(header.width, header.height);
      out.push(chunk);
      continue;
    }
    if (data.length && type !== 'IDAT') dataEnded = true;
    if (type === 'IEND') {
      if (length !== 0) throw damaged('IEND with data');
      break;
    }
    if (type === 'IHDR') throw damaged('second IHDR');
    if (type === 'PLTE') {
      if (palette || data.length || body.length === 0 || body.length % 3 !== 0 || body.length > 768 || header.colour === 0 || header.colour === 4) throw damaged('PLTE');
      palette = true;
      out.push(chunk);
    } else if (type === 'IDAT') {
      if (dataEnded) throw damaged('IDAT chunks apart');
      data.push(body);
      out.push(chunk);
    } else if (type.charCodeAt(0) < 0x61) {
      throw damaged(`unknown critical chunk ${type}`);
    } else if (KEPT.has(type) && !data.length) {
      out.push(chunk);
    }
  }
  if (!data.length) throw damaged('no IDAT');
  if (header.colour === 3 && !palette) throw damaged('no PLTE for a palette image');
  await checkPixels(Buffer.concat(data), header);
  out.push(Buffer.from([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82]));
  return { width: header.width, height: header.height, bytes: Buffer.concat(out) };
}
