// Word and Excel files are zip archives: before a reader inflates one, every entry is
// inflated here with a cap on the total, so a zip bomb (a few kB that inflate to gigabytes) is
// refused instead of eating the machine's memory (issue 17.6). Each part is capped too, and the
// cells of the sheets and the paragraphs of a Word document are counted in their XML, so a tiny
// file with a 200 MB shared string or a million rows is refused before a reader builds it (issue 22.5).
import { constants, inflateRawSync } from 'node:zlib';

export type ZipCheck =
  /**
   * `cells`: `<c>` elements in the worksheets; `paragraphs`: `<w:p>` elements in word/document.xml;
   * `parts`: the XML parts (.xml, .rels) as inflated here, by name (the first entry of a name), for
   * the readers, which would otherwise inflate them again (issue 28); at most `maxPart` inflated bytes
   * of them, in archive order (a few-kB file whose hidden parts inflate to 256 MB must not keep
   * them all alive while it is read: the readers inflate any other part themselves).
   */
  | { ok: true; names: string[]; cells: number; paragraphs: number; parts: ReadonlyMap<string, Buffer> }
  | { ok: false; reason: 'bomb' | 'damaged' | 'too-many-entries' }
  | { ok: false; reason: 'part-too-large'; name: string };

/** How often `needle` occurs in `data`. */
function occurrences(data: Buffer, needle: string): number {
  let count = 0;
  for (let at = data.indexOf(needle); at >= 0; at = data.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

const isSheet = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

const MAX_ENTRIES = 20_000;

/** The parts a reader may read: XML and relationships, not media. */
const XML_PART = /\.(?:xml|rels)$/i;

/** One entry as the central directory describes it, with its stored (maybe compressed) bytes. */
interface StoredEntry {
  name: string;
  /** 0: stored, 8: deflated; anything else is not inflated. */
  method: number;
  /** The size the directory declares once inflated. */
  declaredSize: number;
  data: Buffer;
}

/**
 * The entries of the archive in the central directory's order. `entries` is the count the end of
 * the directory declares (null when there is no end record: not a zip); the walk yields 'damaged'
 * (and ends) where a directory record or an entry's local header is not where it says.
 */
function storedEntries(bytes: Uint8Array): { count: number; entries: Iterable<StoredEntry | 'damaged'> } | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory: signature 0x06054b50 within the last 64 kB + 22 bytes.
  let eocd = -1;
  for (let i = buffer.length - 22; i >= Math.max(0, buffer.length - 65_557); i -= 1) {
    if (buffer.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  const count = buffer.readUInt16LE(eocd + 10);
  const start = buffer.readUInt32LE(eocd + 16);
  function* walk(): Generator<StoredEntry | 'damaged'> {
    let offset = start;
    for (let n = 0; n < count; n += 1) {
      if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== 0x02014b50) {
        yield 'damaged';
        return;
      }
      const method = buffer.readUInt16LE(offset + 10);
      const compressedSize = buffer.readUInt32LE(offset + 20);
      const declaredSize = buffer.readUInt32LE(offset + 24);
      const nameLength = buffer.readUInt16LE(offset + 28);
      const extraLength = buffer.readUInt16LE(offset + 30);
      const commentLength = buffer.readUInt16LE(offset + 32);
      const local = buffer.readUInt32LE(offset + 42);
      const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
      offset += 46 + nameLength + extraLength + commentLength;
      if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== 0x04034b50) {
        yield 'damaged';
        return;
      }
      const dataStart = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
      yield { name, method, declaredSize, data: buffer.subarray(dataStart, Math.min(buffer.length, dataStart + compressedSize)) };
    }
  }
  return { count, entries: walk() };
}

/** Deflate gives at most this many bytes per compressed byte (its longest match, 258 bytes, in under two bits, and a little more). */
const MAX_DEFLATE_RATIO = 1032;

/**
 * A deflated entry inflated (at most `maxOutputLength` bytes, else zlib's ERR_BUFFER_TOO_LARGE) into
 * one buffer of the size the directory declares: in zlib's 16 kB chunks, joined at the end, the
 * 12 MB document of a 10,000-row file was written twice (issue 28). The declared size is only a
 * hint: a wrong one gives the same bytes (in more chunks, joined), and the first buffer is never
 * larger than the entry can inflate to. Where the directory declares more than the entry holds,
 * the bytes are copied out of that buffer: a view of it would keep all of it alive (checkZip keeps
 * parts up to `maxPart` of their length, and a 20 MB file of small parts each declaring 32 MB held
 * 20 GB of buffers that way, each GC slowing the read).
 */
function inflatedEntry(entry: StoredEntry, maxOutputLength: number): Buffer {
  const first = Math.min(entry.declaredSize, entry.data.length * MAX_DEFLATE_RATIO + 64, maxOutputLength);
  // One byte more: a buffer the output fills exactly is followed by an empty one. Never smaller
  // than zlib's own chunk (a directory declaring 0 bytes must not make it inflate 64 at a time).
  const inflated = inflateRawSync(entry.data, { maxOutputLength, chunkSize: Math.max(constants.Z_DEFAULT_CHUNK, first + 1) });
  // (Up to one of zlib's own chunks unused, as each part had before issue 28's change.)
  return inflated.buffer.byteLength - inflated.length > constants.Z_DEFAULT_CHUNK ? Buffer.from(inflated) : inflated;
}

/**
 * One entry of the archive, inflated, or null when it is missing, damaged or larger than
 * `maxPart` bytes (checkZip has refused those before a reader asks). For the streaming readers:
 * they inflate only the parts they read (issue 22.5), or take them from `inflated`, the parts
 * checkZip inflated with the same `maxPart` (the same bytes: it refused every archive in which
 * this function would have failed).
 */
export function zipEntry(bytes: Uint8Array, wanted: string, maxPart: number, inflated?: ReadonlyMap<string, Buffer>): Buffer | null {
  const known = inflated?.get(wanted);
  if (known) return known;
  for (const entry of storedEntries(bytes)?.entries ?? []) {
    if (entry === 'damaged') return null;
    if (entry.name !== wanted) continue;
    if (entry.method === 0) return entry.data.length > maxPart ? null : entry.data;
    if (entry.method !== 8) return null;
    try {
      return inflatedEntry(entry, Math.max(1, maxPart));
    } catch {
      return null;
    }
  }
  return null;
}

/** Inflates every entry of the archive (counting, keeping nothing) and stops past `maxInflated` bytes. */
export function checkZip(bytes: Uint8Array, maxInflated: number, maxPart: number = maxInflated): ZipCheck {
  const archive = storedEntries(bytes);
  if (!archive) return { ok: false, reason: 'damaged' };
  if (archive.count > MAX_ENTRIES) return { ok: false, reason: 'too-many-entries' };
  const names: string[] = [];
  const parts = new Map<string, Buffer>();
  /** XML part names met so far (a later entry of a name is never the one zipEntry reads), and the inflated bytes kept. */
  const xmlNames = new Set<string>();
  let kept = 0;
  let total = 0;
  let cells = 0;
  let paragraphs = 0;
  for (const entry of archive.entries) {
    if (entry === 'damaged') return { ok: false, reason: 'damaged' };
    const { name, method, declaredSize, data } = entry;
    names.push(name);
    let content: Buffer | null = null;
    if (method === 0) {
      if (Math.max(data.length, declaredSize) > maxPart) return { ok: false, reason: 'part-too-large', name };
      total += Math.max(data.length, declaredSize);
      content = data;
    } else if (method === 8) {
      const room = Math.min(maxInflated - total, maxPart);
      try {
        content = inflatedEntry(entry, Math.max(1, room + 1));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') return { ok: false, reason: 'damaged' };
        return maxPart < maxInflated - total ? { ok: false, reason: 'part-too-large', name } : { ok: false, reason: 'bomb' };
      }
      if (content.length > maxPart) return { ok: false, reason: 'part-too-large', name };
      total += content.length;
    } else {
      if (declaredSize > maxPart) return { ok: false, reason: 'part-too-large', name };
      total += declaredSize;
    }
    if (total > maxInflated) return { ok: false, reason: 'bomb' };
    if (content && isSheet(name)) cells += occurrences(content, '<c ') + occurrences(content, '<c>') + occurrences(content, ':c ');
    if (content && name === 'word/document.xml') paragraphs += occurrences(content, '<w:p>') + occurrences(content, '<w:p ');
    if (content && !xmlNames.has(name) && XML_PART.test(name)) {
      xmlNames.add(name);
      // A stored entry is a view of the file's bytes (no memory of its own); an inflated one counts.
      const cost = method === 8 ? content.length : 0;
      if (kept + cost <= maxPart) {
        parts.set(name, content);
        kept += cost;
      }
    }
  }
  return { ok: true, names, cells, paragraphs, parts };
}
