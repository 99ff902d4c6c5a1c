// The XML scanner of the Word and Excel readers (xml-stream.ts, issue 28) gives the element events
// saxes gives, in the same order, or leaves the part to saxes (NotScanned) and the reader reads the
// file again with saxes: on every XML part of the Word and Excel files the tests keep or make, on
// what Office writes (line ends, entities, character references, whitespace in attribute values),
// and on random well-formed and broken XML. A file with a part the scanner does not read is read by
// saxes (a comment or a processing instruction), with the same blocks; a file saxes refuses stays
// unreadable.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../../src/import/document/docx.ts';
import { DEFAULT_LIMITS } from '../../../src/import/document/limits.ts';
import { NotScanned, parseXmlWithSaxes, scanXml, type XmlParse } from '../../../src/import/document/xml-stream.ts';
import { readXlsx } from '../../../src/import/document/xlsx.ts';
import { checkZip } from '../../../src/import/document/zip-limits.ts';
import { random as randomOf } from '../../helpers/fuzz-cases.ts';
import { docxParagraph, makeRawDocx, makeRawXlsx, xlsxRow } from '../../helpers/hostile-files.ts';
import { makeDocx, makeXlsx } from './make-files.ts';

/** The attributes every open event is asked for (what the readers ask, and names no tag has). */
const ASKED = ['w:val', 'w:id', 'w:type', 'w:styleId', 'w:ilvl', 'r', 's', 't', 'ref', 'name', 'state', 'r:id', 'Id', 'Type', 'Target', 'xml:space', 'xmlns', 'xmlns:w', 'q:val', 'a', 'b', 'constructor', 'toString'];

type Events = (string | (string | null)[])[][] | 'not scanned' | 'refused';

function eventsOf(parse: XmlParse, data: Buffer): Events {
  const events: (string | (string | null)[])[][] = [];
  try {
    parse(data, {
      open(name, attribute) {
        events.push(['open', name, ASKED.map((wanted) => attribute(wanted) ?? null)]);
      },
      close(name) {
        events.push(['close', name]);
      },
      text(value) {
        events.push(['text', value]);
      },
    });
  } catch (error) {
    return error instanceof NotScanned ? 'not scanned' : 'refused';
  }
  return events;
}

const xml = (text: string) => Buffer.from(text, 'utf8');

/** A seeded generator (mulberry32) and a pick from a list with it. */
function seeded(seed: number) {
  const random = randomOf(seed);
  return { random, pick: <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T };
}

/** The XML parts of a Word or Excel file. */
function xmlParts(bytes: Uint8Array): ReadonlyMap<string, Buffer> {
  const zip = checkZip(bytes, 100_000_000);
  if (!zip.ok) throw new Error(zip.reason);
  return zip.parts;
}

describe('scanXml', () => {
  it("gives saxes' events on every XML part of the Word and Excel files the tests keep or make", async () => {
    const fixtures = ['docx', 'xlsx'].flatMap((dir) => readdirSync(join('tests/fixtures', dir)).filter((name) => name.endsWith(`.${dir}`)).map((name) => new Uint8Array(readFileSync(join('tests/fixtures', dir, name)))));
    const made = [
      await makeDocx([{ heading: 'Kop' }, { paragraph: 'Tekst & <meer> "aanhalingen" \'enkel\'' }, { table: { rows: [['a', { text: 'b\nc', merge: 'restart' }], ['d', { text: '', merge: 'continue' }], [{ text: 'e', span: 2 }]] } }]),
      await makeXlsx((sheet) => {
        sheet.addRow(['Tekst & <meer>', new Date(Date.UTC(2025, 3, 1)), 42.5, true]);
        sheet.addRow([{ richText: [{ text: 'vet', font: { bold: true } }, { text: ' en gewoon' }] }, { formula: 'C1*2', result: 85 }, 'regel 1\r\nregel 2']);
        sheet.mergeCells('A3:B4');
      }),
      makeRawDocx(docxParagraph('Gewoon') + docxParagraph('Met &, < en >')),
      makeRawXlsx(xlsxRow(1, { A: 'Soort', B: 'Tekst' }) + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>', ['gedeeld & samen']),
    ];
    const parts = [...fixtures, ...made].flatMap((bytes) => [...xmlParts(bytes).values()]);
    expect(parts.length).toBeGreaterThan(40);
    for (const data of parts) {
      const scanned = eventsOf(scanXml, data);
      expect(scanned).not.toBe('not scanned');
      expect(scanned).toEqual(eventsOf(parseXmlWithSaxes, data));
    }
  });

  it('reads line ends, entities, character references and whitespace in attribute values as saxes does', () => {
    const documents = [
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">\r\n<w:t>een\r\ntwee\rdrie\n</w:t></w:document>\r\n',
      '<a b="x&#10;y\tz\nw\r\nv" c=\'&quot;"&amp;&lt;&gt;&apos;\'>&amp;&lt;&gt;&quot;&apos;&#x41;&#65;&#xe9;&#13;&#x1F600;</a>',
      '  \n<root>\n  <leeg/>\n  <leeg a="1" />\n</root\n>\n ',
      // a prefix other than the usual one for a namespace the readers know
      '<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:q="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:p x:val="1" q:val="2"><x:t>a</x:t></x:p></x:document>',
      '<s:sst xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><s:si><s:t>a_x000D_b</s:t></s:si></s:sst>',
    ];
    for (const text of documents) {
      const scanned = eventsOf(scanXml, xml(text));
      expect(scanned).not.toBe('not scanned');
      expect(scanned).toEqual(eventsOf(parseXmlWithSaxes, xml(text)));
    }
  });

  it('drops the characters XML forbids as saxes\' reading does, whatever bytes stand around them', () => {
    const bytes = (...parts: (string | number[])[]) => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part))));
    const documents = [
      bytes('<a b="x', [0x01], 'y">t', [0x0b, 0x0c, 0x1f], 'u</a>'),
      bytes('<a>', [0xef, 0xbf, 0xbe], 'x', [0xef, 0xbf, 0xbf], 'y', [0xef, 0xbf, 0xbd], '</a>'),
      // not UTF-8: a lead byte before a control byte, an overlong NUL, a lone continuation byte
      bytes('<a>', [0xe2, 0x0b], 'x', [0xc0, 0x80], 'y', [0xbf], 'z', [0xef, 0xbf], '</a>'),
      bytes('<a>\t\n\r\n', [0x7f], '</a>'),
    ];
    for (const data of documents) {
      const scanned = eventsOf(scanXml, data);
      expect(scanned).not.toBe('not scanned');
      expect(scanned).toEqual(eventsOf(parseXmlWithSaxes, data));
    }
    expect(eventsOf(scanXml, documents[1] as Buffer)).toEqual([['open', 'a', ASKED.map(() => null)], ['text', 'xy\uFFFD'], ['close', 'a']]);
  });

  it('reads texts and attribute values as the whole part decoded as UTF-8: broken sequences, byte order marks, U+FFFE and U+FFFF, with or without a forbidden byte', () => {
    // The scanner reads a UTF-8 part byte by byte and decodes only the texts and attribute values
    // with bytes outside ASCII (issue 28): each must read as in the part decoded whole, whatever
    // bytes they hold and wherever a broken sequence ends (at a tag, a quote, an entity).
    const { random, pick } = seeded(2828);
    const pieces: number[][] = [
      [0x61], [0x20], [0x0a], [0x0d, 0x0a], [0x0d], [0x26, 0x61, 0x6d, 0x70, 0x3b], [0x26, 0x23, 0x32, 0x33, 0x33, 0x3b],
      [0xc3, 0xa9], [0xc3, 0xab], [0xe2, 0x80, 0x99], [0xe2, 0x80, 0x93], [0xf0, 0x9f, 0x98, 0x80], [0xc2, 0x85], [0xc2, 0xa0],
      [0xe2, 0x80], [0xf0, 0x9f, 0x98], [0xc3], [0x80], [0xbf], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0xff], [0xfe],
      [0xef, 0xbb, 0xbf], [0xef, 0xbf, 0xbe], [0xef, 0xbf, 0xbf], [0xef, 0xbf, 0xbd],
    ];
    const forbidden = [[0x01], [0x0b], [0x1f]];
    const run = (withForbidden: boolean) => {
      const bytes = (count: number) => Array.from({ length: count }, () => (withForbidden && random() < 0.1 ? pick(forbidden) : pick(pieces))).flat();
      const ascii = (text: string) => [...Buffer.from(text, 'latin1')];
      const element = (depth: number): number[] => {
        const name = pick(['a', 'w:t', 'b']);
        const attribute = random() < 0.5 ? [...ascii(` v${pick(['', ' '])}=${pick(['', ' '])}"`), ...bytes(Math.floor(random() * 4)), 0x22] : [];
        const body: number[] = [];
        for (let k = Math.floor(random() * 4); k > 0; k -= 1) {
          const r = random();
          if (r < 0.5) body.push(...bytes(1 + Math.floor(random() * 4)));
          else if (r < 0.65) body.push(...ascii('<![CDATA['), ...bytes(Math.floor(random() * 3)), ...ascii(']]>'));
          else if (depth < 3) body.push(...element(depth + 1));
        }
        return [...ascii(`<${name}`), ...attribute, ...ascii('>'), ...body, ...ascii(`</${name}>`)];
      };
      const outcome = { scanned: 0, differing: [] as string[] };
      for (let k = 0; k < 1500; k += 1) {
        const start = pick([[], [], [0xef, 0xbb, 0xbf], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], ascii('<?xml version="1.0" encoding="UTF-8"?>')]);
        const data = Buffer.from([...start, ...element(0)]);
        const ours = eventsOf(scanXml, data);
        if (ours === 'not scanned') continue;
        outcome.scanned += 1;
        if (JSON.stringify(ours) !== JSON.stringify(eventsOf(parseXmlWithSaxes, data))) outcome.differing.push(data.toString('hex'));
      }
      return outcome;
    };
    const plain = run(false);
    expect(plain.differing).toEqual([]);
    expect(plain.scanned).toBeGreaterThan(1100); // all but a fifth (two byte order marks: U+FEFF before the root): the scanner reads them itself
    const withForbidden = run(true);
    expect(withForbidden.differing).toEqual([]);
    expect(withForbidden.scanned).toBeGreaterThan(1000);
    // A text or attribute value of nothing but U+FFFE / U+FFFF is empty: no text event, as in the part decoded whole.
    const [fffe, ffff] = [Buffer.from([0xef, 0xbf, 0xbe]), Buffer.from([0xef, 0xbf, 0xbf])];
    const dropped = Buffer.concat([Buffer.from('<a v="'), ffff, Buffer.from('">'), fffe, Buffer.from('<b/><![CDATA['), ffff, Buffer.from(']]></a>')]);
    expect(eventsOf(scanXml, dropped)).toEqual([['open', 'a', ASKED.map(() => null)], ['open', 'b', ASKED.map(() => null)], ['close', 'b'], ['close', 'a']]);
  });

  it('reads a part where a dropped U+FFFE or U+FFFF joins what stands around it as saxes does: one line end of \\r and \\n, and "]]>" refused', () => {
    // parseXmlWithSaxes gives saxes the part with U+FFFE / U+FFFF dropped first: a \r, U+FFFF, \n is one line end,
    // and "]]", U+FFFF, ">" is the "]]>" it refuses in text. Read byte by byte, with the bytes
    // dropped only inside each decoded text, they were two line ends and a text (review r19).
    const ffff = '\xEF\xBF\xBF';
    const fffe = '\xEF\xBF\xBE';
    const documents = [
      `<a>x\r${ffff}\ny</a>`,
      `<a>x\r${fffe}${ffff}\ny\r${ffff}z</a>`,
      `<a a="1\r${ffff}\n2" b="\r${fffe}\n">t</a>`,
      `<a><![CDATA[1\r${fffe}\n2]]></a>`,
      `<a>x]]${ffff}>y</a>`,
      `<a><![CDATA[x]]${fffe}>y]]></a>`,
    ];
    for (const text of documents) {
      const data = Buffer.from(text, 'latin1');
      const saxes = eventsOf(parseXmlWithSaxes, data);
      const scanned = eventsOf(scanXml, data);
      if (saxes === 'refused') expect(scanned, JSON.stringify(text)).toBe('not scanned');
      else expect(scanned, JSON.stringify(text)).toEqual(saxes);
    }
    expect(eventsOf(scanXml, Buffer.from(`<a a="1\r${ffff}\n2">x\r${ffff}\ny</a>`, 'latin1'))).toEqual([
      ['open', 'a', ASKED.map((name) => (name === 'a' ? '1 2' : null))],
      ['text', 'x\ny'],
      ['close', 'a'],
    ]);
  });

  it("reads a CDATA section as text, as saxes' cdata event is read: its characters as written, one event, none when empty", () => {
    const documents = [
      '<a>voor <![CDATA[x < y & z &amp; "q"]]> na</a>',
      '<a><b><![CDATA[]]></b><![CDATA[een]]><![CDATA[twee]]>&amp;<c/><![CDATA[]]]]><![CDATA[>]]></a>',
      '<a>\r\n<![CDATA[regel\r\nverder\rdrie <b>geen tag</b>]]>\r\n</a>',
      '<s:sst xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><s:si><s:t><![CDATA[a_x000D_b]]></s:t></s:si></s:sst>',
    ];
    for (const text of documents) {
      const scanned = eventsOf(scanXml, xml(text));
      expect(scanned, text).not.toBe('not scanned');
      expect(scanned, text).toEqual(eventsOf(parseXmlWithSaxes, xml(text)));
    }
    const none = ASKED.map(() => null);
    const expected = [['open', 'a', none], ['text', 'voor '], ['text', 'x < y & z &amp; "q"'], ['text', ' na'], ['close', 'a']];
    expect(eventsOf(scanXml, xml(documents[0] as string))).toEqual(expected);
    expect(eventsOf(parseXmlWithSaxes, xml(documents[0] as string))).toEqual(expected);
    expect(eventsOf(scanXml, xml(documents[2] as string))).toContainEqual(['text', 'regel\nverder\ndrie <b>geen tag</b>']);
  });

  it('leaves comments, CDATA sections it cannot place, processing instructions, a DOCTYPE, "]]>" and names outside ASCII to saxes', () => {
    for (const text of [
      '<a><!-- opmerking --></a>',
      '<a><![CDATA[x</a>',
      '<a>x]]>y<![CDATA[z]]></a>',
      '<a><![CDATA[z]]>x]]>y</a>',
      '<a><![CDATA[z]]>x]]>y<![CDATA[w]]></a>',
      '<a b="]]>"><![CDATA[z]]></a>',
      '<![CDATA[x]]><a/>',
      '<a/><![CDATA[x]]>',
      '<a><?pi x?></a>',
      '<?xml version="1.0"?><!DOCTYPE a><a/>',
      '<a>x]]>y</a>',
      '<é/>',
      '<?xml version="1.1"?><a/>',
      '<a>&nbsp;</a>',
      '<a>&#0;</a>',
      '<a><b></a></b>',
      '<a b="1" b="2"/>',
      '<a/><b/>',
    ]) {
      expect(eventsOf(scanXml, xml(text)), text).toBe('not scanned');
    }
  });

  it('on random well-formed and broken XML: the events saxes gives, or the part left to saxes, and never a part saxes refuses', () => {
    const { random, pick } = seeded(28);
    const names = ['w:p', 'w:t', 'a', 'b', 'q:p', 'row', 'c', '_a', 'a.b-c', 'A1'];
    const attributes = ['w:val', 'r', 't', 'a', 'b', 'q:val', 'xml:space', 'xmlns:w', 'xmlns', 'xmlns:q'];
    const texts = ['hoi', ' ', '\n', '\t', '\r\n', '\r', 'a&amp;b', '&lt;', '&quot;&apos;', '&#10;', '&#13;', '&#x41;', '&#X41;', '&#0;', '&#xD800;', '&#1114111;', '&#1114112;', 'é«»', '\u0085', ']]', '>', '&nbsp;', '&;', '& b', '"', '=', '<![CDATA[a<b&amp;]]>', '<![CDATA[]]>', '<![CDATA[]]]]>', ']]>'];
    const values = ['', 'x', 'a b', 'a\tb', 'a\nb', 'a\r\nb', '&amp;', '&#9;', '&lt;', '<', '>', '&x;', 'urn:q', 'http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'];
    const space = () => pick(['', '', ' ', '\n', '\t', '\r\n', '\r']);
    const element = (depth: number): string => {
      const name = pick(names);
      let written = '';
      for (let k = Math.floor(random() * 3); k > 0; k -= 1) {
        const quote = pick(['"', "'"]);
        const value = pick(values);
        written += ` ${pick(attributes)}${pick(['', ' '])}=${pick(['', ' '])}${quote}${value.includes(quote) ? 'z' : value}${quote}`;
      }
      written += space();
      if (depth > 3 || random() < 0.3) return `<${name}${written}/>`;
      let body = '';
      for (let k = Math.floor(random() * 4); k > 0; k -= 1) body += random() < 0.5 ? pick(texts) + pick(texts) : element(depth + 1);
      return `<${name}${written}>${body}</${name}${pick(['', ' ', '\n'])}>`;
    };
    const declarations = ['', '<?xml version="1.0"?>', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>', "<?xml version='1.0'?>", '<?xml version="1.1"?>', ' <?xml version="1.0"?>', '<?xml version = "1.0"?>'];
    const mutated = (text: string): string => {
      let out = text;
      for (let k = random() < 0.5 ? 0 : 1 + Math.floor(random() * 2); k > 0; k -= 1) {
        const at = Math.floor(random() * (out.length + 1));
        const r = random();
        if (r < 0.3) out = out.slice(0, at) + out.slice(at + 1);
        else if (r < 0.7) out = out.slice(0, at) + pick(['<', '>', '/', '&', ';', '"', "'", '=', ' ', '!', '?', '<!-- c -->', '<![CDATA[x]]>', 'é', ':', '\r', ']]>', '<a>', '</a>']) + out.slice(at);
        else out = out.slice(0, at) + out.slice(at, at + 1).toUpperCase() + out.slice(at + 1);
      }
      return out;
    };
    let scanned = 0;
    let withCdata = 0;
    const differing: string[] = [];
    for (let k = 0; k < 4000; k += 1) {
      const text = mutated(pick(declarations) + space() + element(0) + space());
      const ours = eventsOf(scanXml, xml(text));
      if (ours === 'not scanned') continue;
      scanned += 1;
      if (text.includes('<![CDATA[')) withCdata += 1;
      if (JSON.stringify(ours) !== JSON.stringify(eventsOf(parseXmlWithSaxes, xml(text)))) differing.push(text);
    }
    expect(differing).toEqual([]);
    expect(scanned).toBeGreaterThan(500); // the scanner read a good part of them itself
    expect(withCdata).toBeGreaterThan(20); // and CDATA sections among them
  });
});

describe('a Word or Excel file with a part the scanner leaves to saxes', () => {
  const docxLimits = { maxPartBytes: DEFAULT_LIMITS.maxPartBytes, maxParagraphChars: DEFAULT_LIMITS.maxParagraphChars };

  it('is read again with saxes, to the blocks it has without the comment and the processing instruction', () => {
    const plain = makeRawDocx(docxParagraph('Eerste') + docxParagraph('Tweede & laatste'));
    const commented = makeRawDocx(`<!-- opmerking -->${docxParagraph('Eerste')}<w:p><w:r><w:t>Tweede &amp; <?pi x?>laatste</w:t></w:r></w:p>`);
    const part = xmlParts(commented).get('word/document.xml');
    expect(part && eventsOf(scanXml, part)).toBe('not scanned');
    expect(readDocx(commented, docxLimits)).toEqual(readDocx(plain, docxLimits));
    expect(readDocx(plain, docxLimits)).toEqual([
      { type: 'paragraph', text: 'Eerste', line: 1 },
      { type: 'paragraph', text: 'Tweede & laatste', line: 2 },
    ]);

    const sheet = makeRawXlsx(xlsxRow(1, { A: 'Soort', B: 'Tekst' }) + xlsxRow(2, { A: 'Motie', B: 'Een & twee' }));
    const commentedSheet = makeRawXlsx(`${xlsxRow(1, { A: 'Soort', B: 'Tekst' })}<!-- opmerking -->${xlsxRow(2, { A: 'Motie', B: 'Een & twee' })}`);
    expect(readXlsx(commentedSheet, DEFAULT_LIMITS)).toEqual(readXlsx(sheet, DEFAULT_LIMITS));
    expect(readXlsx(sheet, DEFAULT_LIMITS)).toEqual([{ type: 'table', rows: [['Soort', 'Tekst'], ['Motie', 'Een & twee']], line: 1, sheet: 'Moties' }]);
  });

  it('stays unreadable when saxes refuses it', () => {
    const broken = makeRawDocx('<w:p><w:r><w:t>a</w:r></w:p>');
    const part = xmlParts(broken).get('word/document.xml');
    expect(part && eventsOf(scanXml, part)).toBe('not scanned');
    expect(part && eventsOf(parseXmlWithSaxes, part)).toBe('refused');
    expect(() => readDocx(broken, docxLimits)).toThrow();
  });
});
