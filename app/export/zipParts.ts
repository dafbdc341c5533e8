import zlib from 'node:zlib';

/** A file of a package, as the docx library's compiler gives it: XML text or bytes. */
export type PartData = string | Uint8Array;

const UTF8_NAMES = 0x0800;
const DEFLATED = 8;
const VERSION = 20;

let crcTable: Int32Array | undefined;

/** CRC-32 of `data` in JavaScript, for Node versions before 20.15 (which have no `zlib.crc32`). */
function crc32InScript(data: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let byte = 0; byte < 256; byte++) {
      let value = byte;
      for (let bit = 0; bit < 8; bit++) value = value & 1 ? 0xedb88320 ^ (value >>> 1) : value >>> 1;
      crcTable[byte] = value;
    }
  }
  let crc = -1;
  for (let index = 0; index < data.length; index++) crc = crcTable[(crc ^ data[index]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
const crc32 = nativeCrc32 ?? crc32InScript;

/** The date and time of `date` (local time) as a zip entry stores them. */
function dosDateTime(date: Date): { time: number; date: number } {
  return {
    time: (date.getHours() << 11) | (date.getMinutes() << 5) | (date.getSeconds() >> 1),
    date: (Math.max(0, date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate(),
  };
}

/**
 * The parts of a package (a DOCX) as a zip file, in the order given, each deflated by Node's zlib: the same zip the
 * docx library writes, several times faster than its deflate in JavaScript.
 */
export function zipParts(parts: Iterable<readonly [string, PartData]>, modified = new Date()): Buffer {
  const stamp = dosDateTime(modified);
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const [path, data] of parts) {
    const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
    const name = Buffer.from(path, 'utf8');
    const packed = zlib.deflateRawSync(bytes);
    const crc = crc32(bytes);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(VERSION, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(DEFLATED, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(bytes.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    local.copy(central, 6, 4, 28);
    central.writeUInt32LE(offset, 42);
    chunks.push(local, name, packed);
    directory.push(central, name);
    offset += local.length + name.length + packed.length;
    count++;
  }
  const directorySize = directory.reduce((size, chunk) => size + chunk.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directorySize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, ...directory, end]);
}
