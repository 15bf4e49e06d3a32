import { type CheckSize, type Decoded, damaged } from './image-parts';

// A JPEG read marker by marker to its end (EOI) and written again from what was read: the frame,
// tables and scans, JFIF and Adobe colour headers without thumbnails; no EXIF, XMP, comments, or
// anything after EOI. The entropy-coded scan data is copied, not Huffman-decoded.

const SOI = 0xd8;
const EOI = 0xd9;
const SOS = 0xda;
const DQT = 0xdb;
const DHT = 0xc4;
const DAC = 0xcc;
const DRI = 0xdd;
const APP0 = 0xe0;
const APP14 = 0xee;
const COM = 0xfe;

const isFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== DHT && m !== 0xc8 && m !== DAC;
const isRestart = (m: number) => m >= 0xd0 && m <= 0xd7;

interface Frame {
  width: number;
  height: number;
  components: Map<number, number>;
}

function segment(marker: number, body: Buffer): Buffer {
  const head = Buffer.from([0xff, marker, 0, 0]);
  head.writeUInt16BE(body.length + 2, 2);
  return Buffer.concat([head, body]);
}

function readFrame(marker: number, body: Buffer): Frame {
  const count = body[5];
  if (body.length !== 6 + 3 * count || count < 1 || count > 4) throw damaged('frame header');
  // Lossless frames (C3, C7, CB, CF) take 2–16 bits a sample; DCT frames 8 or 12.
  const precision = body[0];
  if ((marker & 3) === 3 ? precision < 2 || precision > 16 : precision !== 8 && precision !== 12) throw damaged('sample precision');
  const components = new Map<number, number>();
  for (let i = 0; i < count; i++) {
    const [id, sampling, table] = body.subarray(6 + 3 * i, 9 + 3 * i);
    const h = sampling >> 4;
    const v = sampling & 15;
    if (h < 1 || h > 4 || v < 1 || v > 4 || table > 3 || components.has(id)) throw damaged('frame component');
    components.set(id, table);
  }
  return { height: body.readUInt16BE(1), width: body.readUInt16BE(3), components };
}

function readQuantisation(body: Buffer, defined: Set<number>): void {
  let at = 0;
  while (at < body.length) {
    const precision = body[at] >> 4;
    const table = body[at] & 15;
    if (precision > 1 || table > 3) throw damaged('quantisation table');
    defined.add(table);
    at += 1 + 64 * (precision + 1);
  }
  if (at !== body.length) throw damaged('quantisation table length');
}

function checkHuffman(body: Buffer): void {
  let at = 0;
  while (at < body.length) {
    if (body[at] >> 4 > 1 || (body[at] & 15) > 3 || at + 17 > body.length) throw damaged('Huffman table');
    let symbols = 0;
    for (let i = 1; i <= 16; i++) symbols += body[at + i];
    if (symbols > 256) throw damaged('Huffman table');
    at += 17 + symbols;
  }
  if (at !== body.length) throw damaged('Huffman table length');
}

function checkScan(body: Buffer, frame: Frame, quantisation: Set<number>): void {
  const count = body[0];
  if (count < 1 || count > 4 || body.length !== 4 + 2 * count) throw damaged('scan header');
  for (let i = 0; i < count; i++) {
    const table = frame.components.get(body[1 + 2 * i]);
    if (table === undefined) throw damaged('scan of an unknown component');
    if (!quantisation.has(table)) throw damaged('scan before its quantisation table');
  }
}

/** Where the entropy-coded data that starts at `from` ends: the first marker that is not a restart. */
function scanEnd(bytes: Buffer, from: number): number {
  let at = from;
  for (;;) {
    const ff = bytes.indexOf(0xff, at);
    if (ff < 0) throw damaged('scan runs past the end');
    let code = ff + 1;
    while (bytes[code] === 0xff) code++;
    if (code >= bytes.length) throw damaged('scan runs past the end');
    if (bytes[code] !== 0x00 && !isRestart(bytes[code])) return ff;
    at = code + 1;
  }
}

/** The JPEG rebuilt from its parsed segments; throws when any part of it is missing, cut or malformed. */
export function parseJpeg(bytes: Buffer, checkSize: CheckSize): Decoded {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== SOI) throw damaged('no start of image');
  const out: Buffer[] = [Buffer.from([0xff, SOI])];
  const quantisation = new Set<number>();
  let frame: Frame | null = null;
  let scans = 0;
  let at = 2;
  for (;;) {
    if (bytes[at] !== 0xff) throw damaged('expected a marker');
    while (bytes[at] === 0xff) at++;
    if (at >= bytes.length) throw damaged('cut short');
    const marker = bytes[at++];
    if (marker === EOI) break;
    if (at + 2 > bytes.length) throw damaged('cut short');
    const length = bytes.readUInt16BE(at);
    if (length < 2 || at + length > bytes.length) throw damaged('segment runs past the end');
    const body = bytes.subarray(at + 2, at + length);
    at += length;
    if (isFrame(marker)) {
      if (frame) throw damaged('two frame headers');
      frame = readFrame(marker, body);
      if (frame.height === 0) throw damaged('height given later (DNL)');
      checkSize(frame.width, frame.height);
      out.push(segment(marker, body));
    } else if (marker === SOS) {
      if (!frame) throw damaged('scan before the frame header');
      checkScan(body, frame, quantisation);
      const end = scanEnd(bytes, at);
      if (end === at) throw damaged('empty scan');
      out.push(segment(marker, body), bytes.subarray(at, end));
      scans++;
      at = end;
    } else if (marker === DQT) {
      readQuantisation(body, quantisation);
      out.push(segment(marker, body));
    } else if (marker === DHT) {
      checkHuffman(body);
      out.push(segment(marker, body));
    } else if (marker === DRI || marker === DAC) {
      if (body.length % 2 !== 0 || (marker === DRI && body.length !== 2)) throw damaged('restart or arithmetic table');
      out.push(segment(marker, body));
    } else if (marker === APP0) {
      // JFIF's density, without its thumbnail; JFXX (thumbnails only) and others are dropped.
      if (body.length >= 14 && body.toString('latin1', 0, 5) === 'JFIF\0') out.push(segment(marker, Buffer.concat([body.subarray(0, 12), Buffer.from([0, 0])])));
    } else if (marker === APP14) {
      if (body.length >= 12 && body.toString('latin1', 0, 5) === 'Adobe') out.push(segment(marker, body.subarray(0, 12)));
    } else if (!((marker > APP0 && marker <= 0xef) || marker === COM)) {
      throw damaged(`marker ${marker.toString(16)} out of place`);
    }
  }
  if (!frame || scans === 0) throw damaged('no picture in it');
  out.push(Buffer.from([0xff, EOI]));
  return { width: frame.width, height: frame.height, bytes: Buffer.concat(out) };
}
