import * as Y from 'yjs';

/** Hocuspocus's message types a client may send. */
const SYNC = 0;
const AWARENESS = 1;
const AUTH = 2;
const QUERY_AWARENESS = 3;
const SYNC_REPLY = 4;
const STATELESS = 5;
const CLOSE = 7;
const ALLOWED = new Set([SYNC, AWARENESS, AUTH, QUERY_AWARENESS, SYNC_REPLY, STATELESS, CLOSE]);
const SYNC_STEP_1 = 0;

/** A reader of the variable-length integers and byte arrays of the Yjs wire format. */
class Reader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  uint(): number {
    let value = 0;
    for (let shift = 0; shift < 53; shift += 7) {
      const byte = this.bytes[this.offset++];
      if (byte === undefined) throw new Error('truncated');
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
    }
    throw new Error('integer too long');
  }

  bytesOf(): Uint8Array {
    const length = this.uint();
    if (this.offset + length > this.bytes.length) throw new Error('truncated');
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }

  text(): string {
    return new TextDecoder().decode(this.bytesOf());
  }

  get done(): boolean {
    return this.offset === this.bytes.length;
  }
}

/**
 * Why a client's message is refused (too large, not of a kind a client sends, or a document update that does not
 * decode), or undefined when it may be applied. Checked before Hocuspocus touches the document.
 */
export function checkIncomingMessage(message: Uint8Array, maxBytes: number): string | undefined {
  if (message.length > maxBytes) return `message of ${message.length} bytes is over the limit of ${maxBytes}`;
  try {
    const reader = new Reader(message);
    reader.bytesOf();
    const type = reader.uint();
    if (!ALLOWED.has(type)) return `message type ${type} is not one a client sends`;
    if (type !== SYNC && type !== SYNC_REPLY) return undefined;
    const step = reader.uint();
    const payload = reader.bytesOf();
    if (!reader.done) return 'a sync message with bytes after its payload';
    if (step === SYNC_STEP_1) {
      Y.decodeStateVector(payload);
      return undefined;
    }
    if (step !== 1 && step !== 2) return `sync step ${step} is unknown`;
    Y.decodeUpdate(payload);
    return undefined;
  } catch (error) {
    return `malformed message (${error instanceof Error ? error.message : String(error)})`;
  }
}

/** A presence state in a client's awareness message: whose connection, its clock, and the member name it claims. */
export interface AwarenessClaim {
  clientId: number;
  clock: number;
  name: string | null;
}

function claimedName(state: string): string | null {
  try {
    const name = (JSON.parse(state) as { user?: { name?: unknown } } | null)?.user?.name;
    return typeof name === 'string' ? name : null;
  } catch {
    return null;
  }
}

/** The states an awareness message carries, or undefined when the message is of another kind (or does not decode). */
export function awarenessClaims(message: Uint8Array): AwarenessClaim[] | undefined {
  try {
    const reader = new Reader(message);
    reader.bytesOf();
    if (reader.uint() !== AWARENESS) return undefined;
    const update = new Reader(reader.bytesOf());
    const count = update.uint();
    const claims: AwarenessClaim[] = [];
    for (let index = 0; index < count; index++) {
      claims.push({ clientId: update.uint(), clock: update.uint(), name: claimedName(update.text()) });
    }
    return claims;
  } catch {
    return undefined;
  }
}
