/**
 * What a file really is, read from its bytes: the media library's allowlist and the sniffing that
 * decides whether a file is on it. A file's name and declared Content-Type are chosen freely by
 * whoever sends it, so neither is ever consulted here. A type is accepted only on positive
 * identification; anything else comes back as `type: null` with a short description of what the
 * bytes are, for the refusal message.
 *
 * Pure Node (no Strapi imports) so that the upload guard, the audit of stored files and the unit
 * tests share one implementation.
 */
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

/** The four families of media; each has its own size limit. */
export type MediaKind = 'image' | 'document' | 'audio' | 'video';

/** One file type the media library can hold. */
export interface FileType {
  /** Stable identifier, e.g. 'jpeg'. */
  id: string;
  /** Short name shown to people, e.g. 'JPEG'; lists of allowed types are built from it. */
  label: string;
  kind: MediaKind;
  /** The MIME type the file is stored and served with. */
  mime: string;
  /** Lowercase, with the dot; the first is the canonical one given to files renamed to their real type. */
  extensions: string[];
}

/** What sniffing found. */
export interface Sniffed {
  /** The allowed type the bytes positively are, or null. */
  type: FileType | null;
  /**
   * A short description of what the bytes are, fit for "its content is a/an …": the type's label
   * when `type` is set, otherwise e.g. 'HTML document' or 'ZIP archive (not an Office or OpenDocument file)'.
   */
  found: string;
}

const fileType = (id: string, label: string, kind: MediaKind, mime: string, extensions: string[]): FileType => ({
  id,
  label,
  kind,
  mime,
  extensions,
});

const JPEG = fileType('jpeg', 'JPEG', 'image', 'image/jpeg', ['.jpg', '.jpeg', '.jpe']);
const PNG = fileType('png', 'PNG', 'image', 'image/png', ['.png']);
const WEBP = fileType('webp', 'WebP', 'image', 'image/webp', ['.webp']);
const GIF = fileType('gif', 'GIF', 'image', 'image/gif', ['.gif']);
const AVIF = fileType('avif', 'AVIF', 'image', 'image/avif', ['.avif']);
const PDF = fileType('pdf', 'PDF', 'document', 'application/pdf', ['.pdf']);
const DOC = fileType('doc', 'DOC', 'document', 'application/msword', ['.doc']);
const DOCX = fileType(
  'docx',
  'DOCX',
  'document',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  ['.docx']
);
const XLS = fileType('xls', 'XLS', 'document', 'application/vnd.ms-excel', ['.xls']);
const XLSX = fileType('xlsx', 'XLSX', 'document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', [
  '.xlsx',
]);
const PPT = fileType('ppt', 'PPT', 'document', 'application/vnd.ms-powerpoint', ['.ppt']);
const PPTX = fileType(
  'pptx',
  'PPTX',
  'document',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  ['.pptx']
);
const ODT = fileType('odt', 'ODT', 'document', 'application/vnd.oasis.opendocument.text', ['.odt']);
const ODS = fileType('ods', 'ODS', 'document', 'application/vnd.oasis.opendocument.spreadsheet', ['.ods']);
const MP3 = fileType('mp3', 'MP3', 'audio', 'audio/mpeg', ['.mp3']);
const MP4 = fileType('mp4', 'MP4', 'video', 'video/mp4', ['.mp4', '.m4v']);
const WEBM = fileType('webm', 'WebM', 'video', 'video/webm', ['.webm']);

/** The allowlist: every type the media library accepts, whatever the configuration. */
export const FILE_TYPES: readonly FileType[] = Object.freeze([
  JPEG,
  PNG,
  WEBP,
  GIF,
  AVIF,
  PDF,
  DOC,
  DOCX,
  XLS,
  XLSX,
  PPT,
  PPTX,
  ODT,
  ODS,
  MP3,
  MP4,
  WEBM,
]);

/**
 * SVG, accepted only when the configuration allows it, and then only after sanitising (see
 * svg.ts): it is markup that can carry script, so sniffing never returns it as a type.
 */
export const SVG_TYPE: FileType = fileType('svg', 'SVG', 'image', 'image/svg+xml', ['.svg']);

/** The labels of `types` as a list for a message, e.g. 'JPEG, PNG, WebP, GIF, AVIF, PDF, …'. */
export function describeAllowed(types: readonly FileType[]): string {
  return types.map((type) => type.label).join(', ');
}

/* ----------------------------------------------------------------------------------------------
 * Limits. Each bounds what one upload can make the server read or parse.
 * -------------------------------------------------------------------------------------------- */

/** Bytes read from the start of every file: magic numbers, ftyp/EBML headers, text prologs. */
const HEAD_BYTES = 8192;
/** Where markup is looked for in any file; browsers that sniff looked at about this much. */
const MARKUP_WINDOW = 1024;
/** The End Of Central Directory record (22 bytes) plus the longest possible ZIP comment. */
const EOCD_SEARCH_BYTES = 22 + 0xffff;
/** Far beyond any Office file's central directory (about 100 bytes an entry). */
const MAX_CENTRAL_DIRECTORY_BYTES = 16 * 1024 * 1024;
/** A compound file's directory can sit anywhere in it, so it is read whole: up to this size. */
const MAX_CFB_BYTES = 64 * 1024 * 1024;

/* ----------------------------------------------------------------------------------------------
 * The inspection is written once, as a generator that asks for byte ranges and receives them:
 * sniffBuffer answers from memory, sniffFile from disk, reading only the ranges asked for.
 * A short answer (past the end of the file) is possible and every parser allows for it.
 * -------------------------------------------------------------------------------------------- */

interface ReadRequest {
  offset: number;
  length: number;
}

type Inspection<T> = Generator<ReadRequest, T, Buffer>;

const accepted = (type: FileType): Sniffed => ({ type, found: type.label });
const refused = (found: string): Sniffed => ({ type: null, found });

/** Said of any file whose parsing threw: the inspection fails closed. */
const UNREADABLE = 'file that could not be read as any allowed type';

/**
 * What an in-memory file is, from its bytes.
 * @param bytes the whole file
 */
export function sniffBuffer(bytes: Buffer): Sniffed {
  const inspection = inspect(bytes.length);
  let step = advance(inspection);
  while (!step.done)
    step = advance(inspection, bytes.subarray(step.value.offset, step.value.offset + step.value.length));
  return step.value;
}

/**
 * What a file on disk is, from its bytes. Reads only what the decision needs: the head, for a ZIP
 * its tail and central directory, for an MP3 the first frames after the ID3 tag, and the whole
 * file only for a Microsoft compound file (DOC, XLS, PPT) of at most 64 MB.
 * @param filePath a regular file
 * @throws when the file cannot be opened or read, or is not a regular file
 */
export async function sniffFile(filePath: string): Promise<Sniffed> {
  // Non-blocking, so that a FIFO put in place of a file is refused below instead of hanging the open.
  const handle = await open(filePath, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) throw new Error(`${filePath} is not a regular file.`);
    const inspection = inspect(stats.size);
    let step = advance(inspection);
    while (!step.done) step = advance(inspection, await readRange(handle, step.value));
    return step.value;
  } finally {
    await handle.close();
  }
}

/**
 * The inspection's next request or its verdict. A parser that throws on bytes it did not expect
 * fails closed, as a refusal, rather than as a server error.
 */
function advance(inspection: Inspection<Sniffed>, bytes?: Buffer): IteratorResult<ReadRequest, Sniffed> {
  try {
    return bytes === undefined ? inspection.next() : inspection.next(bytes);
  } catch {
    return { done: true, value: refused(UNREADABLE) };
  }
}

async function readRange(handle: FileHandle, { offset, length }: ReadRequest): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let filled = 0;
  while (filled < length) {
    const { bytesRead } = await handle.read(buffer, filled, length - filled, offset + filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return buffer.subarray(0, filled);
}

function* inspect(size: number): Inspection<Sniffed> {
  if (size === 0) return refused('empty file');
  const head = yield { offset: 0, length: Math.min(size, HEAD_BYTES) };
  const identified = yield* identify(head, size);
  if (identified?.type) {
    // A file that is both, say, a GIF and an HTML page (a polyglot) is refused: some client could
    // still treat it as the page.
    const embedded = embeddedCode(head);
    return embedded ? refused(`${identified.type.label} file with embedded ${embedded}`) : identified;
  }
  return identified ?? refused(describeUnknown(head));
}

/** The allowed type the bytes are, a refusal that says what they are instead, or null when no format matched. */
function* identify(head: Buffer, size: number): Inspection<Sniffed | null> {
  if (startsWith(head, [0xff, 0xd8, 0xff])) return accepted(JPEG);
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) {
    return ascii(head, 12, 16) === 'IHDR' ? accepted(PNG) : refused('damaged PNG image');
  }
  if (ascii(head, 0, 6) === 'GIF87a' || ascii(head, 0, 6) === 'GIF89a') return accepted(GIF);
  if (ascii(head, 0, 4) === 'RIFF') return riff(head);
  if (ascii(head, 4, 8) === 'ftyp') return isoMedia(head);
  if (startsWith(head, [0x1a, 0x45, 0xdf, 0xa3])) return ebml(head);
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04])) return yield* inspectZip(size);
  if (startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return refused('empty ZIP archive');
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return yield* inspectCfb(size);
  if (ascii(head, 0, 3) === 'ID3') return yield* inspectId3(head, size);
  // FF FE also opens UTF-16LE text, which is left to the text checks below.
  const mpeg =
    head[0] === 0xff && (head[1] & 0xe0) === 0xe0 && !(head[1] === 0xfe && decodeText(head))
      ? mpegAudio(head, 0, size)
      : null;
  if (mpeg) return mpeg;
  if (/^%PDF-\d/.test(ascii(head, 0, 6))) return accepted(PDF);
  // Leading markup or script decides before a "%PDF-" further in: an HTML page that mentions
  // %PDF- is still a page.
  const markup = leadingMarkup(head);
  if (markup) return refused(markup);
  if (/%PDF-\d/.test(ascii(head, 0, MARKUP_WINDOW))) return accepted(PDF);
  return null;
}

/* ----------------------------------------------------------------------------------------------
 * Small byte helpers
 * -------------------------------------------------------------------------------------------- */

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((byte, index) => bytes[index] === byte);
}

/** Bytes as Latin-1 text (one character per byte), clipped to what is there. */
function ascii(bytes: Buffer, start: number, end: number): string {
  return bytes.toString('latin1', Math.min(start, bytes.length), Math.min(end, bytes.length));
}

/** A brand or DocType from a file, made safe to put in a message. */
function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?').trim();
}

/* ----------------------------------------------------------------------------------------------
 * RIFF (WebP; WAV and AVI for the description)
 * -------------------------------------------------------------------------------------------- */

function riff(head: Buffer): Sniffed {
  const form = ascii(head, 8, 12);
  if (form === 'WEBP')
    return ['VP8 ', 'VP8L', 'VP8X'].includes(ascii(head, 12, 16)) ? accepted(WEBP) : refused('damaged WebP image');
  if (form === 'WAVE') return refused('WAV audio');
  if (form === 'AVI ') return refused('AVI video');
  return refused(`RIFF file of type "${printable(form)}"`);
}

/* ----------------------------------------------------------------------------------------------
 * ISO base media (AVIF, MP4): the ftyp box's major and compatible brands
 * -------------------------------------------------------------------------------------------- */

/** Major brands of MP4 video. 3GPP, QuickTime, M4A audio and HEIF are other formats despite the shared box structure. */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso3',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'M4V ',
  'dash',
  'mmp4',
]);
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1', 'mif2']);

function isoMedia(head: Buffer): Sniffed {
  const boxSize = head.length >= 4 ? head.readUInt32BE(0) : 0;
  if (boxSize < 16 || boxSize > head.length || boxSize % 4 !== 0) return refused('damaged ISO media file');
  const major = ascii(head, 8, 12);
  const brands = new Set([major]);
  for (let offset = 16; offset + 4 <= boxSize; offset += 4) brands.add(ascii(head, offset, offset + 4));
  // AVIF files carry 'mif1' and 'miaf' too, so 'avif'/'avis' anywhere decides first.
  if (brands.has('avif') || brands.has('avis')) return accepted(AVIF);
  if (MP4_BRANDS.has(major)) return accepted(MP4);
  if (HEIF_BRANDS.has(major)) return refused('HEIF/HEIC image');
  if (major === 'qt  ') return refused('QuickTime movie');
  if (/^(M4[ABP]|F4A) $/.test(major)) return refused('MPEG-4 audio file (M4A)');
  if (/^3g[p2]/.test(major)) return refused('3GPP video');
  if (major === 'crx ') return refused('Canon raw image (CR3)');
  if (/^jp[2xm] $|^mjp2$/.test(major)) return refused('JPEG 2000 image');
  return refused(`ISO media file of brand "${printable(major)}"`);
}

/* ----------------------------------------------------------------------------------------------
 * EBML (WebM; Matroska for the description)
 * -------------------------------------------------------------------------------------------- */

interface Vint {
  value: number;
  length: number;
}

/**
 * An EBML variable-length integer at `offset`: a size (marker bit removed) or, with `keepMarker`,
 * an element ID (marker kept, as IDs are written). Null when it runs past the bytes or is invalid.
 */
function readVint(bytes: Buffer, offset: number, keepMarker: boolean): Vint | null {
  if (offset >= bytes.length || bytes[offset] === 0) return null;
  const first = bytes[offset];
  const length = Math.clz32(first) - 23;
  if (offset + length > bytes.length || (keepMarker && length > 4)) return null;
  let value = keepMarker ? first : first & (0xff >> length);
  // Multiplication, not shifts: sizes can exceed 32 bits.
  for (let index = 1; index < length; index += 1) value = value * 256 + bytes[offset + index];
  return { value, length };
}

const EBML_DOCTYPE = 0x4282;

function ebml(head: Buffer): Sniffed {
  const headerSize = readVint(head, 4, false);
  if (!headerSize) return refused('damaged WebM or Matroska file');
  let offset = 4 + headerSize.length;
  const end = Math.min(offset + headerSize.value, head.length);
  let docType: string | null = null;
  while (offset < end && docType === null) {
    const id = readVint(head, offset, true);
    const size = id && readVint(head, offset + id.length, false);
    if (!id || !size) break;
    offset += id.length + size.length;
    if (id.value === EBML_DOCTYPE)
      docType = ascii(head, offset, Math.min(offset + size.value, end)).replace(/\0+$/, '');
    offset += size.value;
  }
  if (docType === 'webm') return accepted(WEBM);
  if (docType === 'matroska') return refused('Matroska video');
  if (docType) return refused(`EBML file of type "${printable(docType)}"`);
  return refused('damaged WebM or Matroska file');
}

/* ----------------------------------------------------------------------------------------------
 * MPEG audio (MP3 is MPEG-1/2/2.5 Layer III)
 * -------------------------------------------------------------------------------------------- */

const LAYER3_KBPS_MPEG1 = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const LAYER3_KBPS_MPEG2 = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
const SAMPLE_RATES: Record<number, readonly number[]> = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

interface MpegFrame {
  /** The version bits: 3 MPEG-1, 2 MPEG-2, 0 MPEG-2.5. */
  version: number;
  layer: 1 | 2 | 3;
  /** Bytes in the frame, header included (Layer III only; 0 otherwise). */
  length: number;
}

/** The MPEG audio frame header at `offset`, or null when any field is a reserved or unusable value. */
function mpegFrameAt(bytes: Buffer, offset: number): MpegFrame | null {
  if (offset + 4 > bytes.length || bytes[offset] !== 0xff || (bytes[offset + 1] & 0xe0) !== 0xe0) return null;
  const version = (bytes[offset + 1] >> 3) & 3;
  const layerBits = (bytes[offset + 1] >> 1) & 3;
  const bitrateIndex = bytes[offset + 2] >> 4;
  const rateIndex = (bytes[offset + 2] >> 2) & 3;
  const padding = (bytes[offset + 2] >> 1) & 1;
  const emphasis = bytes[offset + 3] & 3;
  // 1 is a reserved version, layer 0 reserved, bitrate 0 "free format" (no frame length) and 15
  // invalid, sample rate 3 reserved, emphasis 2 reserved.
  if (
    version === 1 ||
    layerBits === 0 ||
    bitrateIndex === 0 ||
    bitrateIndex === 15 ||
    rateIndex === 3 ||
    emphasis === 2
  )
    return null;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  if (layer !== 3) return { version, layer, length: 0 };
  const kbps = (version === 3 ? LAYER3_KBPS_MPEG1 : LAYER3_KBPS_MPEG2)[bitrateIndex];
  const rate = SAMPLE_RATES[version][rateIndex];
  const length = Math.floor(((version === 3 ? 144 : 72) * kbps * 1000) / rate) + padding;
  return { version, layer, length };
}

/**
 * MP3 when a valid Layer III frame starts at `offset` and, if the file goes on past it, another
 * frame of the same version follows: one header-like pair of bytes is not proof enough. Null when
 * no MPEG audio frame header is there.
 * @param available the bytes from `offset` on that exist in the file (may exceed `bytes`)
 */
function mpegAudio(bytes: Buffer, offset: number, available: number): Sniffed | null {
  // ADTS (AAC) shares the 12-bit sync but has layer bits 00.
  if (bytes[offset] === 0xff && (bytes[offset + 1] & 0xf6) === 0xf0) return refused('AAC audio');
  const frame = mpegFrameAt(bytes, offset);
  if (!frame) return null;
  if (frame.layer !== 3) return refused(`MPEG audio Layer ${frame.layer === 1 ? 'I' : 'II'} (not MP3)`);
  const next = offset + frame.length;
  if (next + 4 > available) return accepted(MP3);
  const following = mpegFrameAt(bytes, next);
  return following && following.layer === 3 && following.version === frame.version
    ? accepted(MP3)
    : refused('damaged MPEG audio');
}

function* inspectId3(head: Buffer, size: number): Inspection<Sniffed> {
  const sizeBytes = [6, 7, 8, 9].map((index) => head[index] ?? 0xff);
  if (head.length < 10 || head[3] < 2 || head[3] > 4 || head[4] === 0xff || sizeBytes.some((byte) => byte >= 0x80)) {
    return refused('damaged ID3 tag');
  }
  // Sizes in ID3v2 are "synchsafe": 7 bits a byte. A footer (flag 0x10) adds 10 bytes.
  const tagSize = sizeBytes.reduce((total, byte) => total * 128 + byte, 0);
  const audioStart = 10 + tagSize + (head[5] & 0x10 ? 10 : 0);
  if (audioStart >= size) return refused('ID3 tag without audio');
  const audio = yield { offset: audioStart, length: Math.min(size - audioStart, HEAD_BYTES) };
  // Some encoders pad with zeros after the tag instead of inside it.
  let offset = 0;
  while (offset < audio.length && audio[offset] === 0) offset += 1;
  if (offset >= audio.length) return refused('ID3 tag without audio');
  return mpegAudio(audio, offset, size - audioStart) ?? refused('audio with an ID3 tag (not MP3)');
}

/* ----------------------------------------------------------------------------------------------
 * ZIP (DOCX, XLSX, PPTX, ODT, ODS): the central directory's entry names
 * -------------------------------------------------------------------------------------------- */

const ZIP_OTHER = 'ZIP archive (not an Office or OpenDocument file)';
const ZIP_DAMAGED = 'damaged or incomplete ZIP archive';

interface CentralDirectory {
  /** Where the End Of Central Directory record starts. */
  eocdOffset: number;
  entries: number;
  offset: number;
  size: number;
}

interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  localHeaderOffset: number;
}

/**
 * The End Of Central Directory record nearest the end of `tail` whose comment fits in the file;
 * 'zip64' when its fields are saturated (ZIP64 is not parsed: no Office file comes near 4 GB).
 */
function findCentralDirectory(tail: Buffer, tailStart: number): CentralDirectory | 'zip64' | null {
  for (let offset = tail.length - 22; offset >= 0; offset -= 1) {
    if (tail.readUInt32LE(offset) !== 0x06054b50) continue;
    if (offset + 22 + tail.readUInt16LE(offset + 20) > tail.length) continue;
    const disk = tail.readUInt16LE(offset + 4);
    const entries = tail.readUInt16LE(offset + 10);
    const size = tail.readUInt32LE(offset + 12);
    const start = tail.readUInt32LE(offset + 16);
    if (entries === 0xffff || size === 0xffffffff || start === 0xffffffff) return 'zip64';
    if (disk !== 0) return null;
    return { eocdOffset: tailStart + offset, entries, offset: start, size };
  }
  return null;
}

function parseCentralDirectory(bytes: Buffer, count: number): ZipEntry[] | null {
  const entries: ZipEntry[] = [];
  let offset = 0;
  for (let index = 0; index < count; index += 1) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const nameEnd = offset + 46 + bytes.readUInt16LE(offset + 28);
    if (nameEnd > bytes.length) return null;
    entries.push({
      // Latin-1 keeps every byte; the names that matter are ASCII whichever encoding the flags declare.
      name: bytes.toString('latin1', offset + 46, nameEnd),
      flags: bytes.readUInt16LE(offset + 8),
      method: bytes.readUInt16LE(offset + 10),
      compressedSize: bytes.readUInt32LE(offset + 20),
      localHeaderOffset: bytes.readUInt32LE(offset + 42),
    });
    offset = nameEnd + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return entries;
}

const OPEN_DOCUMENT_OTHERS: Record<string, string> = {
  'application/vnd.oasis.opendocument.presentation': 'OpenDocument presentation (ODP)',
  'application/vnd.oasis.opendocument.graphics': 'OpenDocument drawing (ODG)',
  'application/epub+zip': 'EPUB e-book',
};

/** Each Office Open XML type by its main part; with a VBA project it is the macro-enabled sibling, not the allowed type. */
const OFFICE_OPEN_XML: ReadonlyArray<{ main: string; vba: string; type: FileType; withMacros: string }> = [
  { main: 'word/document.xml', vba: 'word/vbaproject.bin', type: DOCX, withMacros: 'Word document with macros (DOCM)' },
  { main: 'xl/workbook.xml', vba: 'xl/vbaproject.bin', type: XLSX, withMacros: 'Excel workbook with macros (XLSM)' },
  {
    main: 'ppt/presentation.xml',
    vba: 'ppt/vbaproject.bin',
    type: PPTX,
    withMacros: 'PowerPoint presentation with macros (PPTM)',
  },
];

function* inspectZip(size: number): Inspection<Sniffed> {
  const tailLength = Math.min(size, EOCD_SEARCH_BYTES);
  const tail = yield { offset: size - tailLength, length: tailLength };
  const directory = findCentralDirectory(tail, size - tailLength);
  if (directory === 'zip64') return refused('ZIP64 archive (too large to inspect)');
  if (
    !directory ||
    directory.offset + directory.size > directory.eocdOffset ||
    directory.size > MAX_CENTRAL_DIRECTORY_BYTES
  ) {
    return refused(ZIP_DAMAGED);
  }
  const centralDirectory = yield { offset: directory.offset, length: directory.size };
  const entries = parseCentralDirectory(centralDirectory, directory.entries);
  if (!entries) return refused(ZIP_DAMAGED);

  // Part names of Office Open XML packages compare case-insensitively (ECMA-376 part 2).
  const names = new Set(entries.map((entry) => entry.name.toLowerCase()));
  if (names.has('[content_types].xml')) {
    const office = OFFICE_OPEN_XML.find(({ main }) => names.has(main));
    if (!office) return refused('Office file of another kind (not Word, Excel or PowerPoint)');
    return names.has(office.vba) ? refused(office.withMacros) : accepted(office.type);
  }

  const mimetype = entries.find((entry) => entry.name === 'mimetype');
  // OpenDocument stores its "mimetype" entry uncompressed, so its content can be read in place.
  if (mimetype && mimetype.method === 0 && (mimetype.flags & 1) === 0 && mimetype.compressedSize <= 256) {
    const local = yield { offset: mimetype.localHeaderOffset, length: 30 };
    if (local.length < 30 || local.readUInt32LE(0) !== 0x04034b50) return refused(ZIP_DAMAGED);
    const contentStart = mimetype.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    const content = (yield { offset: contentStart, length: mimetype.compressedSize }).toString('latin1');
    if (content === ODT.mime) return accepted(ODT);
    if (content === ODS.mime) return accepted(ODS);
    if (OPEN_DOCUMENT_OTHERS[content]) return refused(OPEN_DOCUMENT_OTHERS[content]);
    if (content.startsWith('application/vnd.oasis.opendocument.'))
      return refused('OpenDocument file of another kind (not ODT or ODS)');
  }
  return refused(ZIP_OTHER);
}

/* ----------------------------------------------------------------------------------------------
 * Microsoft compound files (DOC, XLS, PPT): the root storage's stream names.
 *
 * Parsed here rather than with a library: only the header, the FAT sectors and the directory
 * chain are needed, and every chain is followed with a visited set, so a crafted file with a loop
 * in its FAT or its directory tree is refused instead of spinning (the `cfb` package's reader
 * follows some chains without such a guard and reads every stream into memory).
 * -------------------------------------------------------------------------------------------- */

const CFB_OTHER = 'Microsoft compound file (not a Word, Excel or PowerPoint document)';
const CFB_DAMAGED = 'damaged Microsoft compound file';
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const NO_STREAM = 0xffffffff;
/** Real documents have dozens of directory entries; this bounds the memory a crafted directory takes. */
const MAX_CFB_ENTRIES = 65_536;

interface CfbEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  kind: number;
}

/** The entries directly under the root storage, or null when the structure is not sound. */
function cfbRootEntries(file: Buffer): CfbEntry[] | null {
  if (file.length < 512) return null;
  const major = file.readUInt16LE(0x1a);
  const shift = file.readUInt16LE(0x1e);
  if (file.readUInt16LE(0x1c) !== 0xfffe || !((major === 3 && shift === 9) || (major === 4 && shift === 12)))
    return null;
  const sectorSize = 2 ** shift;
  const perSector = sectorSize / 4;
  const sectorCount = Math.floor(file.length / sectorSize) - 1;
  // Sector n follows the header, which takes the place of sector -1.
  const sectorOffset = (sector: number): number | null => (sector < sectorCount ? (sector + 1) * sectorSize : null);

  // The FAT's own sectors: 109 listed in the header, the rest in the DIFAT chain.
  const fatSectorTotal = file.readUInt32LE(0x2c);
  const fatSectors: number[] = [];
  const addFatSector = (sector: number): boolean => {
    if (sector === FREE_SECTOR || sector === END_OF_CHAIN || fatSectors.length >= fatSectorTotal) return true;
    if (sectorOffset(sector) === null) return false;
    fatSectors.push(sector);
    return true;
  };
  for (let index = 0; index < 109; index += 1) if (!addFatSector(file.readUInt32LE(0x4c + index * 4))) return null;
  const seenDifat = new Set<number>();
  for (let sector = file.readUInt32LE(0x44); sector !== END_OF_CHAIN && sector !== FREE_SECTOR;) {
    const offset = sectorOffset(sector);
    if (offset === null || seenDifat.has(sector)) return null;
    seenDifat.add(sector);
    for (let index = 0; index < perSector - 1; index += 1)
      if (!addFatSector(file.readUInt32LE(offset + index * 4))) return null;
    sector = file.readUInt32LE(offset + sectorSize - 4);
  }

  const nextSector = (sector: number): number | null => {
    const fatSector = fatSectors[Math.floor(sector / perSector)];
    const offset = fatSector === undefined ? null : sectorOffset(fatSector);
    return offset === null ? null : file.readUInt32LE(offset + (sector % perSector) * 4);
  };

  // The directory: 128-byte entries in the chain that starts at the header's first directory sector.
  const entries: Array<CfbEntry & { left: number; right: number; child: number }> = [];
  const seenDirectory = new Set<number>();
  let sector: number | null = file.readUInt32LE(0x30);
  while (sector !== END_OF_CHAIN) {
    const offset = sector === null ? null : sectorOffset(sector);
    if (sector === null || offset === null || seenDirectory.has(sector) || entries.length >= MAX_CFB_ENTRIES)
      return null;
    seenDirectory.add(sector);
    for (let entry = offset; entry < offset + sectorSize; entry += 128) {
      const nameBytes = Math.min(file.readUInt16LE(entry + 64), 64);
      entries.push({
        name: file.toString('utf16le', entry, entry + Math.max(nameBytes - 2, 0)),
        kind: file[entry + 66],
        left: file.readUInt32LE(entry + 68),
        right: file.readUInt32LE(entry + 72),
        child: file.readUInt32LE(entry + 76),
      });
    }
    sector = nextSector(sector);
  }
  if (entries[0]?.kind !== 5) return null;

  // The root's children form a red-black tree reached through its child pointer.
  const children: CfbEntry[] = [];
  const seenEntries = new Set<number>();
  const pending = [entries[0].child];
  while (pending.length > 0) {
    const id = pending.pop() as number;
    if (id === NO_STREAM) continue;
    const entry = entries[id];
    if (!entry || seenEntries.has(id)) return null;
    seenEntries.add(id);
    children.push({ name: entry.name, kind: entry.kind });
    pending.push(entry.left, entry.right);
  }
  return children;
}

function* inspectCfb(size: number): Inspection<Sniffed> {
  if (size > MAX_CFB_BYTES) return refused('Microsoft compound file over 64 MB (too large to inspect)');
  const file = yield { offset: 0, length: size };
  const entries = cfbRootEntries(file);
  if (!entries) return refused(CFB_DAMAGED);
  // Compound file names compare case-insensitively ([MS-CFB] 2.6.4).
  const streams = new Set(entries.filter((entry) => entry.kind === 2).map((entry) => entry.name.toUpperCase()));
  if (streams.has('WORDDOCUMENT')) return accepted(DOC);
  if (streams.has('WORKBOOK') || streams.has('BOOK')) return accepted(XLS);
  if (streams.has('POWERPOINT DOCUMENT')) return accepted(PPT);
  if (streams.has('ENCRYPTEDPACKAGE')) return refused('password-protected Office document');
  return refused(CFB_OTHER);
}

/* ----------------------------------------------------------------------------------------------
 * Text: markup and scripts, for the refusal description (and SVG, allowed by configuration)
 * -------------------------------------------------------------------------------------------- */

interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16';
}

/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape; and DEL. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is looked for
const NON_TEXT = /[\u0000-\u0008\u000e-\u001a\u001c-\u001f\u007f]/;

/** The bytes as text when they are printable UTF-8 (or UTF-16 with a byte order mark), without the BOM; else null. */
function decodeText(bytes: Buffer): DecodedText | null {
  let text: string;
  let encoding: DecodedText['encoding'] = 'utf-8';
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) {
      encoding = 'utf-16';
      text = new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1)), {
        stream: true,
      });
    } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
      encoding = 'utf-16';
      const swapped = Buffer.from(bytes.subarray(2, 2 + ((bytes.length - 2) & ~1))).swap16();
      text = new TextDecoder('utf-16le', { fatal: true }).decode(swapped, { stream: true });
    } else {
      // `stream: true` tolerates a character cut in two at the end of the head.
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    }
  } catch {
    return null;
  }
  return NON_TEXT.test(text) ? null : { text, encoding };
}

/** Where the root element starts, past whitespace, the XML declaration, processing instructions, comments and a DOCTYPE. */
export interface XmlProlog {
  /** The text from the first element (or other content) on. */
  rest: string;
  /** The DOCTYPE's root name, e.g. 'svg' or 'html', if there is one. */
  doctype: string | null;
  /** True when the DOCTYPE has an internal subset ("[ … ]"), where entities are declared. */
  internalSubset: boolean;
}

/**
 * Skips the XML prolog of `text` (which must not start with a BOM).
 * @returns null when a prolog construct is not closed within `text`
 */
export function skipXmlProlog(text: string): XmlProlog | null {
  let rest = text;
  let doctype: string | null = null;
  let internalSubset = false;
  for (;;) {
    rest = rest.replace(/^[\s]+/, '');
    if (rest.startsWith('<?') && !/^<\?php/i.test(rest)) {
      const end = rest.indexOf('?>');
      if (end < 0) return null;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->', 4);
      if (end < 0) return null;
      rest = rest.slice(end + 3);
    } else if (/^<!doctype[\s>]/i.test(rest)) {
      // Scanned only up to the DOCTYPE's own end, so that the whole is linear in the text's length.
      const declaration = /^<!doctype\s*([^\s>[]*)[^>[]*(\[?)/i.exec(rest) as RegExpExecArray;
      doctype = declaration[1].toLowerCase();
      let end = rest.indexOf('>', declaration[0].length);
      if (declaration[2]) {
        internalSubset = true;
        const subsetEnd = rest.indexOf(']', declaration[0].length);
        end = subsetEnd < 0 ? -1 : rest.indexOf('>', subsetEnd);
      }
      if (end < 0) return null;
      rest = rest.slice(end + 1);
    } else {
      return { rest, doctype, internalSubset };
    }
  }
}

const SVG_ROOT = /^<svg[\s/>]/;
/** The start patterns of HTML in the WHATWG MIME sniffing standard, after the prolog. */
const HTML_START = /^<(?:html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p)[\s/>]/i;

/**
 * True when the bytes are a UTF-8 SVG document: an `<svg>` root element, possibly after an XML
 * declaration, comments and a DOCTYPE. Only the first 8 KB are looked at. Sniffing never returns
 * SVG as a type; a caller that allows SVG uses this to treat such a file as SVG_TYPE (and
 * sanitises it).
 */
export function looksLikeSvg(bytes: Buffer): boolean {
  const decoded = decodeText(bytes.subarray(0, HEAD_BYTES));
  if (!decoded || decoded.encoding !== 'utf-8') return false;
  const prolog = skipXmlProlog(decoded.text);
  return !!prolog && (prolog.doctype === null || prolog.doctype === 'svg') && SVG_ROOT.test(prolog.rest);
}

/** What a text file is by its start: HTML, SVG, XML, PHP, a script with "#!"; null for other text and for binary data. */
function leadingMarkup(head: Buffer): string | null {
  const decoded = decodeText(head);
  if (!decoded) return null;
  const text = decoded.text.replace(/^\s+/, '');
  if (/^<\?php/i.test(text)) return 'PHP script';
  if (text.startsWith('#!')) return 'shell script';
  const prolog = skipXmlProlog(text);
  if (!prolog) return text.startsWith('<') ? 'XML document' : null;
  if (prolog.doctype === 'html' || HTML_START.test(prolog.rest)) return 'HTML document';
  if (SVG_ROOT.test(prolog.rest))
    return decoded.encoding === 'utf-8' ? 'SVG image' : 'SVG image in UTF-16 (only UTF-8 is accepted)';
  if (/^<[A-Za-z_:]/.test(prolog.rest) || prolog.rest !== text) return 'XML document';
  return null;
}

const EMBEDDED_HTML = /<(?:!doctype\s+html|html|head|body|script|iframe)(?=[\s/>]|$)/i;

/** Markup a browser or server might act on, anywhere in the first kilobyte. */
function embeddedCode(head: Buffer): string | null {
  const start = ascii(head, 0, MARKUP_WINDOW);
  if (EMBEDDED_HTML.test(start)) return 'HTML';
  if (/<\?php/i.test(start)) return 'PHP code';
  return null;
}

/** A description of bytes that matched none of the allowed formats. */
function describeUnknown(head: Buffer): string {
  const magic = ascii(head, 0, 8);
  if (magic.startsWith('MZ') && head.subarray(2, 64).includes(0)) return 'Windows executable';
  if (magic.startsWith('\x7fELF')) return 'ELF executable';
  if (/^(\xfe\xed\xfa[\xce\xcf]|[\xce\xcf]\xfa\xed\xfe)/.test(magic)) return 'Mach-O executable';
  if (magic.startsWith('Rar!\x1a\x07')) return 'RAR archive';
  if (magic.startsWith("7z\xbc\xaf'\x1c")) return '7-Zip archive';
  if (magic.startsWith('\x1f\x8b')) return 'gzip archive';
  if (magic.startsWith('\xfd7zXZ\x00')) return 'XZ archive';
  if (magic.startsWith('BZh')) return 'bzip2 archive';
  if (magic.startsWith('OggS')) return 'Ogg audio or video';
  if (magic.startsWith('fLaC')) return 'FLAC audio';
  if (magic.startsWith('8BPS')) return 'Photoshop document';
  if (magic.startsWith('II*\x00') || magic.startsWith('MM\x00*')) return 'TIFF image';
  if (magic.startsWith('BM') && head.length >= 18 && [12, 40, 52, 56, 108, 124].includes(head.readUInt32LE(14)))
    return 'BMP image';
  if (magic.startsWith('{\\rtf')) return 'RTF document';
  const embedded = embeddedCode(head);
  if (embedded === 'HTML') return 'HTML document';
  if (embedded) return 'PHP script';
  if (decodeText(head)) return 'JavaScript or plain text';
  return 'unknown binary data';
}
