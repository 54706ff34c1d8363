import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  describeAllowed,
  FILE_TYPES,
  looksLikeSvg,
  sniffBuffer,
  sniffFile,
  SVG_TYPE,
  type Sniffed,
} from '../../src/plugins/media/server/src/file-types';
import { sanitizeSvg } from '../../src/plugins/media/server/src/svg';
import * as files from '../helpers/files';

const ZIP_OTHER = 'ZIP archive (not an Office or OpenDocument file)';
const CFB_OTHER = 'Microsoft compound file (not a Word, Excel or PowerPoint document)';

let dir: string;
let written = 0;

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'file-types-'));
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes the bytes under the given name (whose extension must not matter) and sniffs the file. */
async function sniffAsFile(bytes: Buffer, name = 'upload.bin'): Promise<Sniffed> {
  written += 1;
  const file = path.join(dir, `${written}-${name}`);
  await fs.promises.writeFile(file, bytes);
  return sniffFile(file);
}

/** Both entry points, which must agree. */
async function sniffBoth(bytes: Buffer, name?: string): Promise<{ id: string | null; found: string }> {
  const inMemory = sniffBuffer(bytes);
  const onDisk = await sniffAsFile(bytes, name);
  expect(onDisk).toEqual(inMemory);
  return { id: inMemory.type?.id ?? null, found: inMemory.found };
}

describe('the allowlist', () => {
  it('lists the allowed types in order, without SVG', () => {
    expect(describeAllowed(FILE_TYPES)).toBe(
      'JPEG, PNG, WebP, GIF, AVIF, PDF, DOC, DOCX, XLS, XLSX, PPT, PPTX, ODT, ODS, MP3, MP4, WebM'
    );
    expect(FILE_TYPES).not.toContain(SVG_TYPE);
    expect(SVG_TYPE).toMatchObject({ id: 'svg', kind: 'image', mime: 'image/svg+xml' });
  });

  it('gives every type a unique id and lowercase dotted extensions, the canonical one first', () => {
    expect(new Set(FILE_TYPES.map((type) => type.id)).size).toBe(FILE_TYPES.length);
    for (const type of [...FILE_TYPES, SVG_TYPE]) {
      expect(type.extensions.length).toBeGreaterThan(0);
      for (const ext of type.extensions) expect(ext).toMatch(/^\.[a-z0-9]+$/);
    }
    expect(FILE_TYPES.find((type) => type.id === 'jpeg')?.extensions).toEqual(['.jpg', '.jpeg', '.jpe']);
  });
});

describe('sniffBuffer and sniffFile: every allowed type is recognised from its bytes', () => {
  it.each<[string, () => Buffer | Promise<Buffer>, string, string]>([
    ['JPEG', () => files.jpeg(), 'jpeg', 'JPEG'],
    ['PNG', () => files.png(), 'png', 'PNG'],
    ['GIF', () => files.gif(), 'gif', 'GIF'],
    ['WebP', () => files.webp(), 'webp', 'WebP'],
    ['AVIF', () => files.avif(), 'avif', 'AVIF'],
    ['PDF', () => files.pdf(), 'pdf', 'PDF'],
    ['DOC', () => files.doc(), 'doc', 'DOC'],
    ['DOCX', () => files.docx(), 'docx', 'DOCX'],
    ['XLS', () => files.xls(), 'xls', 'XLS'],
    ['XLSX', () => files.xlsx(), 'xlsx', 'XLSX'],
    ['PPT', () => files.ppt(), 'ppt', 'PPT'],
    ['PPTX', () => files.pptx(), 'pptx', 'PPTX'],
    ['ODT', () => files.odt(), 'odt', 'ODT'],
    ['ODS', () => files.ods(), 'ods', 'ODS'],
    ['MP3 with an ID3 tag', () => files.mp3(), 'mp3', 'MP3'],
    ['MP3 without a tag', () => files.mp3({ id3: false }), 'mp3', 'MP3'],
    ['MP3 whose first frame is past the first 8 KB', () => files.mp3({ tagPadding: 20_000 }), 'mp3', 'MP3'],
    ['MP4', () => files.mp4(), 'mp4', 'MP4'],
    ['MP4 of brand mp42', () => files.mp4({ brand: 'mp42', compatible: ['mp42', 'isom'] }), 'mp4', 'MP4'],
    ['WebM', () => files.webm(), 'webm', 'WebM'],
    [
      'PDF preceded by junk within the first kilobyte',
      () => Buffer.concat([Buffer.alloc(100, 0x20), files.pdf()]),
      'pdf',
      'PDF',
    ],
    ['DOCX whose central directory is beyond the last 64 KB', () => files.docx({ extraEntries: 2000 }), 'docx', 'DOCX'],
  ])('%s', async (_, make, id, found) => {
    const bytes = await make();
    // A misleading name: only the bytes count.
    expect(await sniffBoth(bytes, 'document.txt')).toEqual({ id, found });
  });

  it('makes distinct pictures on request', async () => {
    expect((await files.jpeg({ color: '#00c' })).equals(await files.jpeg({ color: '#0c0' }))).toBe(false);
  });

  it('pads a PDF to the size asked, still a PDF', async () => {
    const padded = files.pdf({ padTo: 50_000 });
    expect(padded.length).toBe(50_000);
    expect(await sniffBoth(padded)).toEqual({ id: 'pdf', found: 'PDF' });
  });
});

describe('sniffBuffer and sniffFile: everything else is refused, saying what it is', () => {
  it.each<[string, () => Buffer | Promise<Buffer>, string]>([
    ['an empty file', () => Buffer.alloc(0), 'empty file'],
    ['an HTML page', () => files.html(), 'HTML document'],
    [
      'an HTML page in UTF-16',
      () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(files.html().toString('utf8'), 'utf16le')]),
      'HTML document',
    ],
    [
      'an HTML fragment with a script further in',
      () => Buffer.from(`hello\n${' '.repeat(300)}<script>alert(1)</script>`),
      'HTML document',
    ],
    ['an HTML page that mentions %PDF-', () => Buffer.from('<html><body>%PDF-1.7</body></html>'), 'HTML document'],
    ['JavaScript', () => files.js(), 'JavaScript or plain text'],
    ['an SVG picture with script', () => files.svgWithScript(), 'SVG image'],
    ['an SVG picture with a prolog', () => files.svg({ prolog: true }), 'SVG image'],
    ['an XML document', () => Buffer.from('<?xml version="1.0"?>\n<note><to>x</to></note>'), 'XML document'],
    ['a PHP script', () => Buffer.from('<?php system($_GET["c"]); ?>'), 'PHP script'],
    ['a shell script', () => Buffer.from('#!/bin/sh\nrm -rf /\n'), 'shell script'],
    ['a Windows executable', () => files.exe(), 'Windows executable'],
    ['an ELF executable', () => files.elf(), 'ELF executable'],
    ['a ZIP holding a script', () => files.zip(), ZIP_OTHER],
    ['a truncated DOCX', () => files.docx().subarray(0, 300), 'damaged or incomplete ZIP archive'],
    ['a macro-enabled Word document', () => files.docx({ macros: true }), 'Word document with macros (DOCM)'],
    ['a macro-enabled workbook', () => files.xlsx({ macros: true }), 'Excel workbook with macros (XLSM)'],
    [
      'an OpenDocument presentation',
      () => files.odt({ mimetype: 'application/vnd.oasis.opendocument.presentation' }),
      'OpenDocument presentation (ODP)',
    ],
    ['an installer-like compound file (MSI)', () => files.msi(), CFB_OTHER],
    [
      'a password-protected Office document',
      () => files.compoundFile({ EncryptionInfo: Buffer.alloc(8), EncryptedPackage: Buffer.alloc(8) }),
      'password-protected Office document',
    ],
    ['a Matroska video', () => files.mkv(), 'Matroska video'],
    ['a QuickTime movie', () => files.mp4({ brand: 'qt  ', compatible: ['qt  '] }), 'QuickTime movie'],
    ['a HEIC picture', () => files.mp4({ brand: 'heic', compatible: ['mif1', 'heic'] }), 'HEIF/HEIC image'],
    [
      'an M4A audio file',
      () => files.mp4({ brand: 'M4A ', compatible: ['M4A ', 'mp42', 'isom'] }),
      'MPEG-4 audio file (M4A)',
    ],
    [
      'a GIF that is also an HTML page',
      () => Buffer.from('GIF89a<html><script>alert(1)</script></html>'),
      'GIF file with embedded HTML',
    ],
    [
      'a JPEG carrying PHP',
      async () =>
        Buffer.concat([
          (await files.jpeg()).subarray(0, 20),
          Buffer.from('<?php eval($_POST[1]); ?>'),
          (await files.jpeg()).subarray(20),
        ]),
      'JPEG file with embedded PHP code',
    ],
    [
      'an ID3 tag followed by a script',
      () => Buffer.concat([files.mp3({ frames: 0 }), files.js()]),
      'audio with an ID3 tag (not MP3)',
    ],
    [
      'random bytes',
      () => Buffer.from(Array.from({ length: 256 }, (_, index) => (index * 151 + 7) % 256)),
      'unknown binary data',
    ],
  ])('%s', async (_, make, found) => {
    expect(await sniffBoth(await make(), 'photo.jpg')).toEqual({ id: null, found });
  });

  it('refuses a .jpg whose bytes are an HTML page', async () => {
    expect(await sniffAsFile(files.html(), 'avatar.jpg')).toEqual({ type: null, found: 'HTML document' });
  });

  it('refuses a compound file whose directory chain loops, without hanging', async () => {
    const bytes = Buffer.from(files.doc());
    // Point the first directory sector's FAT entry at itself.
    const directoryStart = bytes.readUInt32LE(0x30);
    const firstFatSector = bytes.readUInt32LE(0x4c);
    bytes.writeUInt32LE(directoryStart, (firstFatSector + 1) * 512 + directoryStart * 4);
    expect(await sniffBoth(bytes)).toEqual({ id: null, found: 'damaged Microsoft compound file' });
  });

  it('refuses a compound file over 64 MB without reading it', async () => {
    const header = files.doc().subarray(0, 512);
    const file = path.join(dir, 'huge.doc');
    await fs.promises.writeFile(file, header);
    await fs.promises.truncate(file, 65 * 1024 * 1024); // sparse: no real disk use
    const found = 'Microsoft compound file over 64 MB (too large to inspect)';
    expect(await sniffFile(file)).toEqual({ type: null, found });
    expect(sniffBuffer(Buffer.concat([header, Buffer.alloc(65 * 1024 * 1024)]))).toEqual({ type: null, found });
  });

  it('rejects what is not a regular file', async () => {
    await expect(sniffFile(dir)).rejects.toThrow('not a regular file');
  });
});

describe('looksLikeSvg', () => {
  it('recognises SVG documents, with or without a prolog', () => {
    expect(looksLikeSvg(files.svg())).toBe(true);
    expect(looksLikeSvg(files.svg({ prolog: true }))).toBe(true);
    expect(looksLikeSvg(files.svgWithScript())).toBe(true);
    expect(looksLikeSvg(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), files.svg()]))).toBe(true);
  });

  it('does not take other files for SVG', async () => {
    expect(looksLikeSvg(files.html())).toBe(false);
    expect(looksLikeSvg(files.js())).toBe(false);
    expect(looksLikeSvg(await files.png())).toBe(false);
    expect(looksLikeSvg(Buffer.from('<?xml version="1.0"?><note><svg/></note>'))).toBe(false);
    expect(looksLikeSvg(Buffer.from('<!DOCTYPE html><svg></svg>'))).toBe(false);
  });
});

describe('sanitizeSvg', () => {
  const clean = (body: string): string => sanitizeSvg(files.svg({ body }).toString('utf8'));

  it('keeps the picture: root, viewBox, shapes, gradients and local references', () => {
    const out = clean(
      '<defs><linearGradient id="g"><stop offset="0" stop-color="#c00"/></linearGradient><symbol id="s"><circle r="1"/></symbol></defs>' +
        '<rect width="8" height="8" fill="url(#g)"/><path d="M0 0L10 10"/><use href="#s"/><use xlink:href="#s"/>'
    );
    expect(out).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(out).toContain('viewBox="0 0 10 10"');
    expect(out).toContain('<linearGradient id="g">');
    expect(out).toContain('fill="url(#g)"');
    expect(out).toContain('<path d="M0 0L10 10"/>');
    expect(out).toContain('<use href="#s"/>');
    expect(out).toContain('<use xlink:href="#s"/>');
    expect(looksLikeSvg(Buffer.from(out))).toBe(true);
  });

  it('removes <script>, event handlers and javascript: links, keeping the linked shapes', () => {
    const out = sanitizeSvg(files.svgWithScript().toString('utf8'));
    expect(out).not.toMatch(/script|onload|alert|javascript:|<a[\s>]/i);
    expect(out).toContain('<rect width="10" height="10"/>');
    expect(out).toContain('<circle cx="5" cy="5" r="2"/>');
  });

  it('removes <foreignObject> and the HTML inside it', () => {
    const out = clean(
      '<foreignObject width="10" height="10"><body xmlns="http://www.w3.org/1999/xhtml"><iframe src="https://attacker.example/"/><p>hi</p></body></foreignObject><circle r="3"/>'
    );
    expect(out).not.toMatch(/foreignObject|iframe|<body|<p>/i);
    expect(out).toContain('<circle r="3"/>');
  });

  it('removes references to anything outside the picture', () => {
    const out = clean(
      '<use href="https://attacker.example/sprite.svg#icon"/>' +
        '<use xlink:href="data:image/svg+xml;base64,PHN2Zy8+#x"/>' +
        '<image href="https://tracker.example/pixel.png" width="1" height="1"/>' +
        '<rect width="1" height="1" style="fill: url(https://tracker.example/a.svg#p)"/>' +
        '<rect width="2" height="2" fill="url(https://tracker.example/b.svg#p)"/>' +
        '<rect width="3" height="3" style="fill:u\\72l(https://tracker.example/)"/>' +
        '<style>@import url("https://attacker.example/x.css"); rect { fill: red }</style>' +
        '<style><![CDATA[ circle { fill: url(#g) } ]]></style>' +
        '<animate attributeName="href" to="javascript:alert(1)"/><set attributeName="href" to="https://x"/>'
    );
    expect(out).not.toMatch(/attacker|tracker|data:image\/svg|@import|\\72|<animate|<set/);
    expect(out).toContain('<rect width="1" height="1"/>');
    expect(out).toContain('<rect width="2" height="2"/>');
    expect(out).toContain('<style> circle { fill: url(#g) } </style>');
  });

  it('keeps a raster picture embedded in an <image>', () => {
    const raster = 'data:image/png;base64,iVBORw0KGgo=';
    expect(clean(`<image href="${raster}" width="4" height="4"/>`)).toContain(`href="${raster}"`);
  });

  it('accepts the prolog drawing programs write, and drops it', () => {
    const out = sanitizeSvg(files.svg({ prolog: true }).toString('utf8'));
    expect(out).toMatch(/^<svg /);
    expect(out).toContain('<rect x="1" y="1" width="8" height="8" fill="#c00"/>');
  });

  it('refuses, before parsing, pictures too deeply nested or with too many elements', () => {
    const ns = 'xmlns="http://www.w3.org/2000/svg"';
    const started = Date.now();
    expect(() => sanitizeSvg(`<svg ${ns}>${'<g>'.repeat(20_000)}${'</g>'.repeat(20_000)}</svg>`)).toThrow(
      'nested more than 256 deep'
    );
    // Closing tags inside a comment do not hide the nesting.
    expect(() =>
      sanitizeSvg(`<svg ${ns}><!-- ${'</g>'.repeat(500)} -->${'<g>'.repeat(300)}${'</g>'.repeat(300)}</svg>`)
    ).toThrow('nested');
    expect(() => sanitizeSvg(`<svg ${ns}>${'<g/>'.repeat(50_001)}</svg>`)).toThrow('more than 50000 elements');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(sanitizeSvg(`<svg ${ns}>${'<g>'.repeat(100)}<rect/>${'</g>'.repeat(100)}</svg>`)).toContain('<rect/>');
  });

  it.each([
    ['an HTML page', files.html().toString('utf8')],
    ['plain text', 'hello'],
    ['an empty string', ''],
    ['malformed XML', '<svg xmlns="http://www.w3.org/2000/svg"><rect></svg>'],
    ['two roots', '<svg xmlns="http://www.w3.org/2000/svg"/><svg xmlns="http://www.w3.org/2000/svg"/>'],
    [
      'declared entities',
      '<!DOCTYPE svg [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><svg xmlns="http://www.w3.org/2000/svg"><text>&b;</text></svg>',
    ],
  ])('throws on %s', (_, input) => {
    expect(() => sanitizeSvg(input)).toThrow(/SVG|entities/);
  });
});
