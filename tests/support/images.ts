// Small image files made byte by byte, for upload tests: a JPEG whose EXIF carries a GPS position
// and a comment, a PNG with a text chunk.

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
  const scan = Buffer.concat([segment(0xda, Buffer.alloc(10, 0)), Buffer.alloc(Math.max(64, padTo), 0x55), Buffer.from([0xff, 0xd9])]);
  return Buffer.concat([Buffer.from([0xff, 0xd8]), jfif, exif, comment, quant, scan]);
}
