import type { SeedBlock } from './types';

type TextNode = { type: 'text'; text: string };

/** Strapi "blocks" rich text, as far as the demo content uses it. */
export type BlockNode =
  | { type: 'paragraph'; children: TextNode[] }
  | { type: 'heading'; level: 2 | 3; children: TextNode[] }
  | { type: 'quote'; children: TextNode[] }
  | { type: 'list'; format: 'ordered' | 'unordered'; children: { type: 'list-item'; children: TextNode[] }[] };

const text = (value: string): TextNode[] => [{ type: 'text', text: value }];

/** Turns the dataset's compact body notation into Strapi blocks. */
export const toBlocks = (body: SeedBlock[]): BlockNode[] =>
  body.map((block): BlockNode => {
    if (typeof block === 'string') return { type: 'paragraph', children: text(block) };
    if ('heading' in block) return { type: 'heading', level: 3, children: text(block.heading) };
    if ('quote' in block) return { type: 'quote', children: text(block.quote) };
    return {
      type: 'list',
      format: block.ordered ? 'ordered' : 'unordered',
      children: block.list.map((item) => ({ type: 'list-item', children: text(item) })),
    };
  });
