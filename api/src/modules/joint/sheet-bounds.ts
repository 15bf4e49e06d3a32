import { crc32, inflateRawSync } from 'node:zlib';
import { AppError } from '../../shared/errors';

// An .xlsx is a zip: 100 KB can unpack to gigabytes, and exceljs builds every row it finds. Before
// exceljs sees the file, each part is inflated here under a cap, checked against the size and CRC the
// zip declares, and its XML elements counted, so the work exceljs does afterwards is bounded.

export const MAX_UNPACKED_MB = 20;
const MAX_UNPACKED = MAX_UNPACKED_MB * 1024 * 1024;
const MAX_PARTS = 200;
// Far above a 500-row need list (about 3,500 cells), far below what costs exceljs 100 MB.
const MAX_ROW_ELEMENTS = 10_000;
const MAX_CELL_ELEMENTS = 50_000;
const MAX_ELEMENTS = 300_000;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

class Unreadable extends Error {}

interface Entry {
  name: string;
  method: number;
  crc: number;
  packedSize: number;
  size: number;
  dataStart: number;
}

function entries(zip: Buffer): Entry[] {
  const from = Math.max(0, zip.length - 22 - 0xffff);
  let end = -1;
  for (let at = zip.length - 22; at >= from; at--) {
    if (zip.readUInt32LE(at) === EOCD) {
      end = at;
      break;
    }
  }
  if (end < 0) throw new Unreadable('no end of central directory');
  const count = zip.readUInt16LE(end + 10);
  const directoryStart = zip.readUInt32LE(end + 16);
  if (zip.readUInt16LE(end + 4) !== 0 || count === 0xffff || directoryStart === 0xffffffff) throw new Unreadable('multi-disk or zip64');
  if (count > MAX_PARTS) throw new AppError('BAD_USER_INPUT', 'import.unpackedTooLarge', { mb: MAX_UNPACKED_MB });
  const found: Entry[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || zip.readUInt32LE(at) !== CENTRAL) throw new Unreadable('bad central directory');
    const flags = zip.readUInt16LE(at + 8);
    const method = zip.readUInt16LE(at + 10);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (flags & 1 || (method !== 0 && method !== 8)) throw new Unreadable('encrypted or unknown compression');
    if (local + 30 > zip.length || zip.readUInt32LE(local) !== LOCAL) throw new Unreadable('bad local header');
    const entry: Entry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method,
      crc: zip.readUInt32LE(at + 16),
      packedSize: zip.readUInt32LE(at + 20),
      size: zip.readUInt32LE(at + 24),
      dataStart: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28),
    };
    if (entry.dataStart + entry.packedSize > zip.length) throw new Unreadable('part runs past the file');
    found.push(entry);
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return found;
}

function unpack(zip: Buffer, entry: Entry): Buffer {
  const packed = zip.subarray(entry.dataStart, entry.dataStart + entry.packedSize);
  let data: Buffer;
  try {
    // Never more than the zip declared: a part that inflates past its declared size stops here.
    data = entry.method === 0 ? packed : inflateRawSync(packed, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    throw new Unreadable(`${entry.name} does not inflate to its declared size`);
  }
  if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc) throw new Unreadable(`${entry.name}: size or CRC differs from the directory`);
  return data;
}

const count = (text: string, pattern: RegExp) => text.match(pattern)?.length ?? 0;

/** Throws BAD_USER_INPUT when the workbook unpacks past the bounds; any other throw means it is not a readable zip. */
export function checkXlsxBounds(zip: Buffer, maxRows: number): void {
  const parts = entries(zip);
  const declared = parts.reduce((sum, p) => sum + p.size, 0);
  const tooLarge = () => new AppError('BAD_USER_INPUT', 'import.unpackedTooLarge', { mb: MAX_UNPACKED_MB });
  if (declared > MAX_UNPACKED) throw tooLarge();
  let rows = 0;
  let cells = 0;
  let elements = 0;
  for (const p of parts) {
    const data = unpack(zip, p);
    if (!/\.(xml|rels)$/i.test(p.name)) continue;
    const text = data.toString('latin1');
    rows += count(text, /<row[\s/>]/g);
    cells += count(text, /<c[\s/>]/g);
    elements += count(text, /<[A-Za-z]/g);
    if (rows > MAX_ROW_ELEMENTS) throw new AppError('BAD_USER_INPUT', 'import.tooManyRows', { max: maxRows });
    if (cells > MAX_CELL_ELEMENTS || elements > MAX_ELEMENTS) throw tooLarge();
  }
}
