// One XML part of a Word or Excel file, read as a stream of element events: the streaming readers
// (docx.ts, xlsx.ts) keep what they need and never a DOM of the part (issue 22.5 / 28).
//
// Two parsers give the same events. The scanner (scanXml) reads the XML Office writes (elements,
// attributes, text, the five predefined entities and character references) in a few loops over
// the part (a UTF-8 part's bytes as a one-byte string, its texts and attribute values decoded one
// by one); a CDATA section is text (one text event, as saxes' cdata event is read). At
// anything else (a comment, a processing instruction, a DOCTYPE, a name outside ASCII, anything not
// well-formed) it stops with
// NotScanned, and the reader reads the whole file again with saxes (withXmlParser), which decides
// as before. saxes alone cost a 10,000-row sheet or table about 0.3 s of its read (issue 28).
// DOCTYPE entities are not expanded (saxes refuses an undeclared entity): the part fails to parse.
import { SaxesParser } from 'saxes';

const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  // Excel's main namespace is the default one: its elements have no prefix
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main': '',
  'http://purl.oclc.org/ooxml/spreadsheetml/main': '',
};

// eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 forbids
const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

export interface XmlHandler {
  /** `attribute` answers only during this call. */
  open(name: string, attribute: (name: string) => string | undefined): void;
  close(name: string): void;
  text(value: string): void;
}

/** Parses one XML part, giving its element events to the handler. */
export type XmlParse = (data: Buffer, handler: XmlHandler) => void;

/** The part is not one the scanner reads; saxes will. */
export class NotScanned extends Error {
  constructor(at: number) {
    super(`XML not scanned at ${at}`);
  }
}

/**
 * Names are given with the usual prefixes (w:, r:, mc:, v:) whatever prefix the part declares for
 * those namespaces; declarations count for the whole part (OOXML declares them on the root),
 * which keeps the parse fast.
 */
class Prefixes {
  /** Declared prefix → usual prefix, and back; names already usual need no translation. */
  private readonly usual = new Map<string, string>();
  private readonly declared = new Map<string, string>();
  private readonly names = new Map<string, string>();
  private translate = false;

  /** One namespace declaration of a tag (xmlns or xmlns:prefix), in the tag's order. */
  declare(key: string, value: string): void {
    const prefix = key.length > 5 ? key.slice(6) : '';
    const known = NAMESPACES[value];
    if (known === undefined || this.usual.get(prefix) === known) return;
    this.usual.set(prefix, known);
    this.declared.set(known, prefix);
    this.names.clear();
    if (prefix !== known) this.translate = true;
  }

  nameOf(raw: string): string {
    if (!this.translate) return raw;
    let name = this.names.get(raw);
    if (name === undefined) {
      const colon = raw.indexOf(':');
      const mapped = this.usual.get(colon < 0 ? '' : raw.slice(0, colon));
      const local = colon < 0 ? raw : raw.slice(colon + 1);
      name = mapped === undefined ? raw : mapped === '' ? local : `${mapped}:${local}`;
      this.names.set(raw, name);
    }
    return name;
  }

  /** The name to look a wanted attribute up by in the tag as written. */
  attributeName(wanted: string): string | undefined {
    if (!this.translate) return wanted;
    const colon = wanted.indexOf(':');
    if (colon < 0) return wanted;
    const prefix = this.declared.get(wanted.slice(0, colon));
    // an attribute without a prefix has no namespace (a default namespace does not apply to it)
    return prefix === undefined || prefix === '' ? wanted : `${prefix}${wanted.slice(colon)}`;
  }
}

/** The part's encoding, by its byte order mark. */
function encodingOf(data: Buffer): string {
  return data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe && data[1] === 0xff ? 'utf-16be' : 'utf-8';
}

// Characters XML forbids (U+FFFF, \x01 …) make saxes fail the whole part; mammoth and exceljs
// read such files, and the import strips those characters anyway (issue 22.12): dropped here.
const withoutForbidden = (text: string) => text.replace(XML_FORBIDDEN, '');

/** Parses one XML part with saxes, in chunks. */
export function parseXmlWithSaxes(data: Buffer, handler: XmlHandler): void {
  const parser = new SaxesParser({ position: false });
  const prefixes = new Prefixes();
  // The tag's namespace declarations, in their order, as saxes reports each attribute before the
  // tag: a walk over every tag's attributes (for…in over saxes' dictionary objects) cost a
  // 10,000-row sheet about a tenth of its parse (issue 28).
  const declarations: { name: string; value: string }[] = [];
  parser.on('attribute', (attribute) => {
    if (attribute.name.startsWith('xmlns')) declarations.push(attribute);
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    for (const { name, value } of declarations) prefixes.declare(name, value);
    declarations.length = 0;
    handler.open(prefixes.nameOf(tag.name), (wanted) => {
      const name = prefixes.attributeName(wanted);
      return name === undefined ? undefined : attributes[name];
    });
  });
  parser.on('closetag', (tag) => {
    handler.close(prefixes.nameOf(tag.name));
  });
  parser.on('text', (text) => {
    handler.text(text);
  });
  // A CDATA section is text: Office does not write one, other tools may (`<t><![CDATA[…]]></t>`).
  parser.on('cdata', (text) => {
    if (text !== '') handler.text(text);
  });
  parser.on('error', (error) => {
    throw error;
  });
  const decoder = new TextDecoder(encodingOf(data));
  const CHUNK = 256 * 1024;
  for (let at = 0; at < data.length; at += CHUNK) parser.write(withoutForbidden(decoder.decode(data.subarray(at, at + CHUNK), { stream: true })));
  parser.write(withoutForbidden(decoder.decode()));
  parser.close();
}

// ---------------------------------------------------------------------------------------------
// The scanner.

const GT = 0x3e;
const SLASH = 0x2f;
const EQUALS = 0x3d;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;
const AMPERSAND = 0x26;
const TAB = 0x09;
const LINE_FEED = 0x0a;
const BANG = 0x21;
const CDATA_START = '<![CDATA[';

/** ASCII: 1 starts a name (letters, _), 2 continues one (also digits, '-', '.', ':'), 4 whitespace (\r is gone by then). */
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c += 1) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z_]/.test(ch)) CLASS[c] = 1 | 2;
  else if (/[0-9.:-]/.test(ch)) CLASS[c] = 2;
  else if (ch === ' ' || ch === '\t' || ch === '\n') CLASS[c] = 4;
}
/** The class of the character at `at` (0 past the end or outside ASCII). */
const classAt = (text: string, at: number): number => {
  const code = text.charCodeAt(at);
  return code < 128 ? (CLASS[code] ?? 0) : 0;
};

/** An XML declaration as Office writes it (saxes reads it; it gives no event). */
const XML_DECLARATION = /^<\?xml[ \t\n]+version=(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding=(?:"[A-Za-z][A-Za-z0-9._-]*"|'[A-Za-z][A-Za-z0-9._-]*'))?(?:[ \t\n]+standalone=(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/;
const ONLY_WHITESPACE = /^[ \t\n]*$/;
const HEX_REFERENCE = /^#x[0-9a-fA-F]{1,6}$/;
const DECIMAL_REFERENCE = /^#[0-9]{1,7}$/;

/** The character an entity names (between & and ;): a predefined one or a character reference to a character XML allows. */
function entityValue(name: string, at: number): string {
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
  }
  const code = HEX_REFERENCE.test(name) ? parseInt(name.slice(2), 16) : DECIMAL_REFERENCE.test(name) ? parseInt(name.slice(1), 10) : NaN;
  if (code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff)) return String.fromCodePoint(code);
  throw new NotScanned(at);
}

/** Text or an attribute value with its entities replaced; an attribute value's tabs and line feeds become spaces, as saxes makes them. */
function decoded(raw: string, attribute: boolean, at: number): string {
  let out = '';
  let from = 0;
  for (let amp = raw.indexOf('&'); amp >= 0; amp = raw.indexOf('&', from)) {
    const semicolon = raw.indexOf(';', amp + 1);
    if (semicolon < 0) throw new NotScanned(at + amp);
    const part = raw.slice(from, amp);
    out += (attribute ? part.replace(/[\t\n]/g, ' ') : part) + entityValue(raw.slice(amp + 1, semicolon), at + amp);
    from = semicolon + 1;
  }
  const rest = raw.slice(from);
  return out + (attribute ? rest.replace(/[\t\n]/g, ' ') : rest);
}

/**
 * Reads one XML part as saxes does, giving the same events in the same order (text between two
 * tags as one event, whitespace outside the root element included), or stops with NotScanned.
 */
export function scanXml(data: Buffer, handler: XmlHandler): void {
  const encoding = encodingOf(data);
  if (encoding === 'utf-8') {
    // The part's bytes as a one-byte string (one character per byte, its markup ASCII as written):
    // only the texts and attribute values with bytes outside ASCII are decoded, each on its own.
    // Decoded whole, a part with one character above U+00FF (a curly quote, an en dash) was a
    // two-byte string, twice the inflated part, and so was every text cut from it: a 10,000-row
    // Word table 25 MB where the bytes are 12.5 (issue 28).
    const bytes = data.toString('latin1', data[0] === 0xef && data[1] === 0xbb && data[2] === 0xbf ? 3 : 0);
    // Dropping a forbidden character can join what stands around it: the bytes of one character,
    // a \r and a \n into one line end, ']]' and '>' into the end saxes refuses in text. Such a
    // part (rare) is decoded whole, as before.
    if (!DROPPED.test(bytes)) {
      scanText(bytes, handler, true);
      return;
    }
  }
  scanText(withoutForbidden(new TextDecoder(encoding).decode(data)), handler, false);
}

/** The bytes of a character XML forbids: an ASCII control, or U+FFFE / U+FFFF (EF BF BE / EF BF BF, whatever precedes them). */
// eslint-disable-next-line no-control-regex -- the characters XML forbids that are one byte in UTF-8
const DROPPED = /[\x00-\x08\x0B\x0C\x0E-\x1F]|\xEF\xBF[\xBE\xBF]/;
const NOT_ASCII = /[\x80-\xff]/;
/** Decodes one text's bytes; a U+FEFF at its start is a character of the text, not a byte order mark. */
const PIECE_DECODER = new TextDecoder('utf-8', { ignoreBOM: true });
/**
 * A text or attribute value of a part read byte by byte, as its UTF-8 characters: a character the
 * whole part's decoding would give, as its pieces start and end at ASCII markup ('<', '>', a quote),
 * where a broken sequence ends either way. (A part read so has no character XML forbids: nothing to drop.)
 */
const utf8Of = (raw: string): string => PIECE_DECODER.decode(Buffer.from(raw, 'latin1'));

/**
 * `bytes`: `written` holds the part's bytes, one character each; texts and attribute values with a
 * byte outside ASCII are decoded as UTF-8 before their entities are replaced.
 */
function scanText(written: string, handler: XmlHandler, bytes: boolean): void {
  // Line ends as saxes (XML 1.0) reads them: \r\n and a lone \r are \n, in text and attribute values alike.
  const s = written.includes('\r') ? written.replace(/\r\n?/g, '\n') : written;
  const n = s.length;
  let i = 0;
  if (s.startsWith('<?')) {
    const declaration = XML_DECLARATION.exec(s);
    if (!declaration) throw new NotScanned(0);
    i = declaration[0].length;
  } else {
    while (classAt(s, i) & 4) i += 1; // whitespace before the root, without a declaration: no event (saxes skips it)
  }
  // saxes refuses "]]>" in text: not scanned. The first "]]>" after a CDATA section's start ends it;
  // any other is left to saxes (one before the first section here, one after a section at its end).
  let brackets = s.indexOf(']]>');
  if (brackets >= 0) {
    const cdata = s.indexOf(CDATA_START, i);
    if (cdata < 0 || brackets < cdata) throw new NotScanned(brackets);
  }
  const prefixes = new Prefixes();
  const open: string[] = [];
  let depth = 0;
  let sawRoot = false;
  // The current tag's attributes, as written.
  const names: string[] = [];
  const values: string[] = [];
  let count = 0;
  const attribute = (wanted: string): string | undefined => {
    const name = prefixes.attributeName(wanted);
    for (let k = 0; k < count; k += 1) if (names[k] === name) return values[k];
    return undefined;
  };
  /** The next '&' at or after i (n: none): a text before it has no entity. */
  let amp = s.indexOf('&', i);
  if (amp < 0) amp = n;
  let lt = s.indexOf('<', i);
  /** With `bytes`: where the first byte outside ASCII at or after `from` is (n: none). */
  const notAscii = /[\x80-\xff]/g;
  const nextNotAscii = (from: number): number => {
    notAscii.lastIndex = from;
    return notAscii.exec(s)?.index ?? n;
  };
  /** Where the next byte outside ASCII is (n: none), looked for again once the scan has passed it. */
  let high = -1;
  for (;;) {
    const end = lt < 0 ? n : lt;
    if (end > i) {
      let raw = s.slice(i, end);
      if (depth === 0) {
        if (!ONLY_WHITESPACE.test(raw)) throw new NotScanned(i);
        handler.text(raw);
      } else {
        if (bytes) {
          if (high < i) high = nextNotAscii(i);
          if (high < end) raw = utf8Of(raw);
        }
        if (amp < end) {
          handler.text(decoded(raw, false, i));
          amp = s.indexOf('&', end);
          if (amp < 0) amp = n;
        } else handler.text(raw);
      }
    }
    if (lt < 0) break;
    let j = lt + 1;
    if (s.charCodeAt(j) === BANG && s.startsWith(CDATA_START, lt)) {
      // A CDATA section: its text as written (no entities), as one event; saxes gives none for an empty one.
      const start = lt + CDATA_START.length;
      const close = s.indexOf(']]>', start);
      if (depth === 0 || close < 0 || (brackets >= 0 && brackets < lt)) throw new NotScanned(lt);
      const section = s.slice(start, close);
      const text = bytes && NOT_ASCII.test(section) ? utf8Of(section) : section;
      if (text !== '') handler.text(text);
      brackets = s.indexOf(']]>', close + 3);
      i = close + 3;
      lt = s.indexOf('<', i);
      if (amp < i) {
        amp = s.indexOf('&', i);
        if (amp < 0) amp = n;
      }
      continue;
    }
    // The tag ends before the next '<' (none in an attribute value).
    let next = s.indexOf('<', lt + 1);
    if (next < 0) next = n;
    if (s.charCodeAt(j) === SLASH) {
      const start = j + 1;
      if (!(classAt(s, start) & 1)) throw new NotScanned(start);
      j = start + 1;
      while (classAt(s, j) & 2) j += 1;
      const raw = s.slice(start, j);
      while (classAt(s, j) & 4) j += 1;
      if (s.charCodeAt(j) !== GT || depth === 0 || open[depth - 1] !== raw) throw new NotScanned(j);
      depth -= 1;
      handler.close(prefixes.nameOf(raw));
      i = j + 1;
      lt = next < n ? next : -1;
      continue;
    }
    if ((depth === 0 && sawRoot) || !(classAt(s, j) & 1)) throw new NotScanned(j);
    const start = j;
    j += 1;
    while (classAt(s, j) & 2) j += 1;
    const raw = s.slice(start, j);
    count = 0;
    let selfClosing = false;
    for (;;) {
      let code = s.charCodeAt(j);
      if (code === GT) {
        j += 1;
        break;
      }
      if (code === SLASH) {
        if (s.charCodeAt(j + 1) !== GT) throw new NotScanned(j);
        selfClosing = true;
        j += 2;
        break;
      }
      if (!(classAt(s, j) & 4)) throw new NotScanned(j);
      while (classAt(s, j) & 4) j += 1;
      code = s.charCodeAt(j);
      if (code === GT || code === SLASH) continue;
      if (!(classAt(s, j) & 1)) throw new NotScanned(j);
      const nameStart = j;
      j += 1;
      while (classAt(s, j) & 2) j += 1;
      const name = s.slice(nameStart, j);
      while (classAt(s, j) & 4) j += 1;
      if (s.charCodeAt(j) !== EQUALS) throw new NotScanned(j);
      j += 1;
      while (classAt(s, j) & 4) j += 1;
      const quote = s.charCodeAt(j);
      if (quote !== QUOTE && quote !== APOSTROPHE) throw new NotScanned(j);
      const valueStart = j + 1;
      // Whether the value has an entity, a tab or a line feed: then it is not the slice as written.
      let plain = true;
      let ascii = true;
      for (j = valueStart; j < next; j += 1) {
        const c = s.charCodeAt(j);
        if (c === quote) break;
        if (c === AMPERSAND || c === TAB || c === LINE_FEED) plain = false;
        else if (c > 0x7f) ascii = false;
      }
      if (j >= next) throw new NotScanned(valueStart); // no closing quote before the next '<'
      const value = bytes && !ascii ? utf8Of(s.slice(valueStart, j)) : s.slice(valueStart, j);
      for (let k = 0; k < count; k += 1) if (names[k] === name) throw new NotScanned(nameStart);
      names[count] = name;
      values[count] = plain ? value : decoded(value, true, valueStart);
      count += 1;
      j += 1;
    }
    if (j > next) throw new NotScanned(j);
    sawRoot = true;
    for (let k = 0; k < count; k += 1) {
      const name = names[k] ?? '';
      if (name.startsWith('xmlns')) prefixes.declare(name, values[k] ?? '');
    }
    handler.open(prefixes.nameOf(raw), attribute);
    if (selfClosing) handler.close(prefixes.nameOf(raw));
    else open[depth++] = raw;
    if (amp < j) {
      amp = s.indexOf('&', j);
      if (amp < 0) amp = n;
    }
    i = j;
    lt = next < n ? next : -1;
  }
  if (depth !== 0 || !sawRoot || brackets >= 0) throw new NotScanned(n);
}

/**
 * Runs a reader with the scanner, and again with saxes when the scanner met a part it does not
 * read (the reader starts over: what the first run kept is dropped with it).
 */
export function withXmlParser<T>(read: (parse: XmlParse) => T): T {
  try {
    return read(scanXml);
  } catch (error) {
    if (!(error instanceof NotScanned)) throw error;
    return read(parseXmlWithSaxes);
  }
}
