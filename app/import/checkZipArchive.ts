import { invalidInput } from '../model/errors';

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_DIRECTORY = 0x06054b50;
const MAX_ENTRIES = 10_000;
const MAX_UNPACKED_BYTES = 256 * 1024 * 1024;

/**
 * Checks, before anything unpacks it, that `data` is a ZIP archive whose directory is intact and
 * whose entries would not unpack to more than 256 MB (a guard against ZIP bombs).
 */
export function checkZipArchive(data: Buffer, name: string): void {
  const refuse = (reason: string) => invalidInput(`${name}: ${reason}`);
  if (data.length < 22 || data.readUInt32LE(0) !== LOCAL_HEADER) {
    throw refuse(`the file is not a ${name} document (a ${name} file is a ZIP archive).`);
  }
  let end = -1;
  for (let offset = data.length - 22; offset >= Math.max(0, data.length - 22 - 65_535); offset--) {
    if (data.readUInt32LE(offset) === END_OF_DIRECTORY) {
      end = offset;
      break;
    }
  }
  if (end < 0) throw refuse('the ZIP archive has no directory; the file is truncated or damaged.');
  const entries = data.readUInt16LE(end + 10);
  let offset = data.readUInt32LE(end + 16);
  if (entries > MAX_ENTRIES) throw refuse(`the ZIP archive has more than ${MAX_ENTRIES} entries.`);
  let unpacked = 0;
  for (let entry = 0; entry < entries; entry++) {
    if (offset + 46 > data.length || data.readUInt32LE(offset) !== CENTRAL_HEADER) {
      throw refuse('the ZIP directory is damaged.');
    }
    unpacked += data.readUInt32LE(offset + 24);
    if (unpacked > MAX_UNPACKED_BYTES) throw refuse('the archive would unpack to more than 256 MB.');
    offset += 46 + data.readUInt16LE(offset + 28) + data.readUInt16LE(offset + 30) + data.readUInt16LE(offset + 32);
  }
}
