/** The shapes the body converter reads and returns: Strapi 5 blocks, upload files, and what an old body refers to. */

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
}

export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}

export type InlineNode = TextNode | LinkNode;

export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}

export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: InlineNode[];
}

export interface QuoteBlock {
  type: 'quote';
  children: InlineNode[];
}

export interface CodeBlock {
  type: 'code';
  language?: string | null;
  children: TextNode[];
}

export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}

export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  children: (ListItemNode | ListBlock)[];
}

/** An upload file as Strapi's media library stores it: what an image block needs, and its `url`. */
export interface StoredFile {
  id?: number;
  documentId?: string;
  name: string;
  alternativeText: string | null;
  caption: string | null;
  width: number | null;
  height: number | null;
  formats: Record<string, unknown> | null;
  hash: string;
  ext: string | null;
  mime: string;
  size: number;
  url: string;
  previewUrl: string | null;
  provider: string;
  provider_metadata: unknown;
  createdAt: string | Date;
  updatedAt: string | Date;
}

/** The file object inside an image block: StoredFile with the fields the blocks validator requires filled. */
export interface BlockImage {
  name: string;
  alternativeText: string | null;
  url: string;
  caption: string | null;
  width: number;
  height: number;
  formats: Record<string, unknown> | null;
  hash: string;
  ext: string;
  mime: string;
  size: number;
  previewUrl: string | null;
  provider: string;
  provider_metadata: unknown;
  createdAt: string;
  updatedAt: string;
}

export interface ImageBlock {
  type: 'image';
  image: BlockImage;
  children: InlineNode[];
}

export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | CodeBlock | ListBlock | ImageBlock;

/** A picture or a linked file met in a body. */
export interface MediaRef {
  kind: 'image' | 'file';
  /** As written in the body, entity-decoded. */
  src: string;
  /** Site-relative, percent-decoded, NFC, no leading slash (`images/tin tức/ảnh 1.jpg`); null on a foreign host. */
  path: string | null;
  alt: string | null;
  caption: string | null;
}

/** A link to another old article. */
export interface ArticleLink {
  /** As written in the body, entity-decoded: the key of `ConvertOptions.links`. */
  href: string;
  oldId: number;
  alias: string | null;
}

/** A Joomla plugin tag (`{loadposition user1}`, `{gallery}folder{/gallery}`). */
export interface Shortcode {
  name: string;
  raw: string;
}

/** Joomla's `images` column: the intro and full-text pictures with their alt texts and captions. */
export interface JoomlaImages {
  image_intro?: string | null;
  image_intro_alt?: string | null;
  image_intro_caption?: string | null;
  image_fulltext?: string | null;
  image_fulltext_alt?: string | null;
  image_fulltext_caption?: string | null;
}

export interface AnalyseOptions {
  /** Host names of the old site (`bandanvan.angiang.org.vn`); `www.` is optional. */
  oldHosts: string[];
  /** The article's `images` column (JSON text or parsed): its pictures are added to `refs`. */
  images?: JoomlaImages | string | null;
}

export interface BodyAnalysis {
  refs: MediaRef[];
  /** Folder names of `{gallery}folder{/gallery}`. */
  galleries: string[];
  articleLinks: ArticleLink[];
  shortcodes: Shortcode[];
  /** A table or an embedded video: the article needs `bodyHtml`. */
  hasRich: boolean;
}

export interface ConvertOptions {
  oldHosts: string[];
  /** By `MediaRef.src` or `MediaRef.path`: the imported file, or null when the file was missing. */
  media: Map<string, StoredFile | null>;
  /** By gallery folder name: its imported pictures, in order. */
  galleries: Map<string, StoredFile[]>;
  /** By `ArticleLink.href`: the article's new address. */
  links: Map<string, string>;
  /** The article's `images` column: alt texts and captions for body pictures that have none. */
  images?: JoomlaImages | string | null;
}

export interface Signature {
  name: string;
  titles: string[];
}

export interface ConvertedBody {
  blocks: Block[];
  /** The body as sanitised HTML, only when it has a table or a video; addresses rewritten. */
  html: string | null;
  /** Plain text of the body (blocks), for search. */
  text: string;
  repairs: string[];
  removedShortcodes: Shortcode[];
  warnings: string[];
  signature: Signature | null;
  firstImage: StoredFile | null;
}
