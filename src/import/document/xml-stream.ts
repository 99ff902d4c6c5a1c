// A SAX parse of one XML part of a Word or Excel file (saxes, fed in chunks): the streaming
// readers (docx.ts, xlsx.ts) keep what they need and never a DOM of the part (issue 22.5 / 28).
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
  open(name: string, attribute: (name: string) => string | undefined): void;
  close(name: string): void;
  text(value: string): void;
}

/**
 * Parses one XML part with saxes, in chunks. Names are given with the usual prefixes (w:, r:, mc:,
 * v:) whatever prefix the part declares for those namespaces; declarations count for the whole
 * part (OOXML declares them on the root), which keeps the parse fast.
 */
export function parseXml(data: Buffer, handler: XmlHandler): void {
  const parser = new SaxesParser({ position: false });
  /** Declared prefix → usual prefix, and back; names already usual need no translation. */
  const usual = new Map<string, string>();
  const declared = new Map<string, string>();
  const names = new Map<string, string>();
  let translate = false;
  const nameOf = (raw: string): string => {
    if (!translate) return raw;
    let name = names.get(raw);
    if (name === undefined) {
      const colon = raw.indexOf(':');
      const mapped = usual.get(colon < 0 ? '' : raw.slice(0, colon));
      const local = colon < 0 ? raw : raw.slice(colon + 1);
      name = mapped === undefined ? raw : mapped === '' ? local : `${mapped}:${local}`;
      names.set(raw, name);
    }
    return name;
  };
  // The tag's namespace declarations, in their order, as saxes reports each attribute before the
  // tag: a walk over every tag's attributes (for…in over saxes' dictionary objects) cost a
  // 10,000-row sheet about a tenth of its parse (issue 28).
  const declarations: { name: string; value: string }[] = [];
  parser.on('attribute', (attribute) => {
    if (attribute.name.startsWith('xmlns')) declarations.push(attribute);
  });
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    for (const { name: key, value } of declarations) {
      const prefix = key.length > 5 ? key.slice(6) : '';
      const known = NAMESPACES[value];
      if (known === undefined || usual.get(prefix) === known) continue;
      usual.set(prefix, known);
      declared.set(known, prefix);
      names.clear();
      if (prefix !== known) translate = true;
    }
    declarations.length = 0;
    handler.open(nameOf(tag.name), (wanted) => {
      if (!translate) return attributes[wanted];
      const colon = wanted.indexOf(':');
      if (colon < 0) return attributes[wanted];
      const prefix = declared.get(wanted.slice(0, colon));
      // an attribute without a prefix has no namespace (a default namespace does not apply to it)
      return prefix === undefined || prefix === '' ? attributes[wanted] : attributes[`${prefix}${wanted.slice(colon)}`];
    });
  });
  parser.on('closetag', (tag) => {
    handler.close(nameOf(tag.name));
  });
  parser.on('text', (text) => {
    handler.text(text);
  });
  parser.on('error', (error) => {
    throw error;
  });
  const encoding = data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe && data[1] === 0xff ? 'utf-16be' : 'utf-8';
  const decoder = new TextDecoder(encoding);
  const CHUNK = 256 * 1024;
  // Characters XML forbids (U+FFFF, \x01 …) make saxes fail the whole part; mammoth and exceljs
  // read such files, and the import strips those characters anyway (issue 22.12): drop them here.
  const clean = (text: string) => text.replace(XML_FORBIDDEN, '');
  for (let at = 0; at < data.length; at += CHUNK) parser.write(clean(decoder.decode(data.subarray(at, at + CHUNK), { stream: true })));
  parser.write(clean(decoder.decode()));
  parser.close();
}

