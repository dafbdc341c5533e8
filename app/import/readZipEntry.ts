import { inflateRawSync } from 'node:zlib';

const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const END_OF_DIRECTORY = 0x06054b50;

/**
 * The unpacked bytes of the entry `name` of a ZIP archive that `checkZipArchive` has passed, or null
 * where the archive has no such entry or stores it in a way this reader does not unpack.
 */
export function readZipEntry(data: Buffer, name: string): Buffer | null {
  let end = -1;
  for (let offset = data.length - 22; offset >= Math.max(0, data.length - 22 - 65_535); offset--) {
    if (data.readUInt32LE(offset) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) return null;
  const entries = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  for (let entry = 0; entry < entries && offset + 46 <= data.length; entry++) {
    if (data.readUInt32LE(offset) !== CENTRAL_HEADER) return null;
    const method = data.readUInt16LE(offset + 10);
    const packed = data.readUInt32LE(offset + 20);
    const nameLength = data.readUInt16LE(offset + 28);
    const local = data.readUInt32LE(offset + 42);
    const entryName = data.toString('utf8', offset + 46, offset + 46 + nameLength);
    offset += 46 + nameLength + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
    if (entryName !== name) continue;
    if (local + 30 > data.length || data.readUInt32LE(local) !== LOCAL_HEADER) return null;
    const start = local + 30 + data.readUInt16LE(local + 26) + data.readUInt16LE(local + 28);
    const bytes = data.subarray(start, start + packed);
    if (method === 0) return bytes;
    if (method !== 8) return null;
    try {
      return inflateRawSync(bytes, { maxOutputLength: 256 * 1024 * 1024 });
    } catch {
      return null;
    }
  }
  return null;
}
