import { lexer, type Token, type Tokens } from 'marked';
import { type Block, FIGURE_NAMES, type FigureName, type Inline } from '../../utils/dataset/types.ts';

/**
 * Turns an article's Markdown into MagLens' small block/inline tree at build time, so the extension never parses
 * Markdown nor renders HTML from data. Anything outside the supported subset is reported, not dropped silently.
 */

export interface MarkdownSection {
  id: string;
  heading: string;
  blocks: Block[];
}

export class MarkdownProblem extends Error {}

export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Decodes the few entities marked leaves in text, and joins wrapped source lines with a space. */
const decodeEntities = (text: string) =>
  text
    .replace(/[ \t]*\r?\n[ \t]*/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");

function inlines(tokens: Token[] | undefined, where: string): Inline[] {
  const out: Inline[] = [];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case 'text':
      case 'escape': {
        const t = token as Tokens.Text;
        if (t.tokens?.length) out.push(...inlines(t.tokens, where));
        else out.push({ t: 'text', v: decodeEntities(t.text) });
        break;
      }
      case 'codespan':
        out.push({ t: 'text', v: decodeEntities((token as Tokens.Codespan).text) });
        break;
      case 'br':
        out.push({ t: 'text', v: ' ' });
        break;
      case 'em':
        out.push({ t: 'em', c: inlines((token as Tokens.Em).tokens, where) });
        break;
      case 'strong':
        out.push({ t: 'strong', c: inlines((token as Tokens.Strong).tokens, where) });
        break;
      case 'link': {
        const link = token as Tokens.Link;
        const c = inlines(link.tokens, where);
        if (link.href.startsWith('term:')) out.push({ t: 'term', termId: link.href.slice(5), c });
        else if (/^https:\/\//.test(link.href)) out.push({ t: 'link', href: link.href, c });
        else throw new MarkdownProblem(`${where}: link "${link.href}" must start with https:// or term:`);
        break;
      }
      default:
        throw new MarkdownProblem(
          `${where}: unsupported Markdown (${token.type}): ${token.raw.trim().slice(0, 60)}`,
        );
    }
  }
  // Merge neighbouring text runs.
  return out.reduce<Inline[]>((acc, node) => {
    const last = acc[acc.length - 1];
    if (node.t === 'text' && last?.t === 'text') last.v += node.v;
    else acc.push(node);
    return acc;
  }, []);
}

function listItems(list: Tokens.List, where: string): Inline[][] {
  return list.items.map((item) => {
    const parts = item.tokens.filter((t) => t.type !== 'space');
    return parts.flatMap((t) =>
      t.type === 'text' || t.type === 'paragraph'
        ? inlines((t as Tokens.Text).tokens ?? [t], where)
        : (() => {
            throw new MarkdownProblem(`${where}: nested ${t.type} inside a list item is not supported`);
          })(),
    );
  });
}

function block(token: Token, where: string): Block | null {
  switch (token.type) {
    case 'space':
    case 'hr':
      return null;
    case 'paragraph': {
      const figure = (token as Tokens.Paragraph).text.trim().match(/^\{\{\s*figure:\s*([a-z0-9-]+)\s*\}\}$/);
      if (figure) {
        const name = figure[1] as FigureName;
        if (!FIGURE_NAMES.includes(name))
          throw new MarkdownProblem(`${where}: unknown figure "${name}" (known: ${FIGURE_NAMES.join(', ')})`);
        return { t: 'figure', name };
      }
      return { t: 'p', c: inlines((token as Tokens.Paragraph).tokens, where) };
    }
    case 'heading': {
      const h = token as Tokens.Heading;
      if (h.depth !== 3)
        throw new MarkdownProblem(`${where}: only ## (sections) and ### headings are allowed`);
      return { t: 'h3', c: inlines(h.tokens, where) };
    }
    case 'list': {
      const list = token as Tokens.List;
      return list.ordered
        ? { t: 'ol', items: listItems(list, where) }
        : { t: 'ul', items: listItems(list, where) };
    }
    case 'table': {
      const table = token as Tokens.Table;
      return {
        t: 'table',
        head: table.header.map((cell) => inlines(cell.tokens, where)),
        rows: table.rows.map((row) => row.map((cell) => inlines(cell.tokens, where))),
      };
    }
    case 'blockquote': {
      const quote = token as Tokens.Blockquote;
      const c = quote.tokens.flatMap((t) =>
        t.type === 'paragraph' ? inlines((t as Tokens.Paragraph).tokens, where) : [],
      );
      return { t: 'quote', c };
    }
    default:
      throw new MarkdownProblem(
        `${where}: unsupported Markdown (${token.type}): ${token.raw.trim().slice(0, 60)}`,
      );
  }
}

/** Splits Markdown into `##` sections. Text before the first `##` is an error: every word belongs to a section. */
export function parseArticleBody(markdown: string): MarkdownSection[] {
  const sections: MarkdownSection[] = [];
  for (const token of lexer(markdown)) {
    if (token.type === 'heading' && (token as Tokens.Heading).depth === 2) {
      const raw = (token as Tokens.Heading).text.trim();
      const explicit = raw.match(/\s*\{#([a-z0-9-]+)\}\s*$/);
      const heading = decodeEntities(explicit ? raw.slice(0, explicit.index).trim() : raw);
      sections.push({ id: explicit?.[1] ?? slugify(heading), heading, blocks: [] });
      continue;
    }
    const current = sections[sections.length - 1];
    const where = current ? `section "${current.id}"` : 'before the first ## heading';
    const b = block(token, where);
    if (!b) continue;
    if (!current) throw new MarkdownProblem(`${where}: text must come after a ## section heading`);
    current.blocks.push(b);
  }
  return sections;
}

export function inlineText(nodes: Inline[]): string {
  return nodes.map((n) => (n.t === 'text' ? n.v : inlineText(n.c))).join('');
}

export function blockText(b: Block): string {
  switch (b.t) {
    case 'p':
    case 'h3':
    case 'quote':
      return inlineText(b.c);
    case 'ul':
    case 'ol':
      return b.items.map(inlineText).join('; ');
    case 'table':
      return [b.head, ...b.rows].map((row) => row.map(inlineText).join(' ')).join(' ');
    case 'figure':
      return '';
  }
}

/** Every term id linked from the blocks, for link checking. */
export function linkedTermIds(blocks: Block[]): string[] {
  return collectInlines(blocks, (n) => (n.t === 'term' ? n.termId : null));
}

/** The web addresses a section's links point to. */
export function linkedUrls(blocks: Block[]): string[] {
  return collectInlines(blocks, (n) => (n.t === 'link' ? n.href : null));
}

function collectInlines(blocks: Block[], pick: (n: Inline) => string | null): string[] {
  const ids: string[] = [];
  const visit = (nodes: Inline[]) => {
    for (const n of nodes) {
      const picked = pick(n);
      if (picked !== null) ids.push(picked);
      if (n.t !== 'text') visit(n.c);
    }
  };
  for (const b of blocks) {
    if (b.t === 'p' || b.t === 'h3' || b.t === 'quote') visit(b.c);
    else if (b.t === 'ul' || b.t === 'ol') for (const item of b.items) visit(item);
    else if (b.t === 'table') for (const row of [b.head, ...b.rows]) for (const cell of row) visit(cell);
  }
  return ids;
}
