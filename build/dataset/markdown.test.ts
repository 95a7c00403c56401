import { describe, expect, it } from 'vitest';
import { MarkdownProblem, parseArticleBody } from './markdown';

describe('parseArticleBody figures', () => {
  it('turns a {{figure: name}} paragraph into a figure block', () => {
    const [section] = parseArticleBody('## Food\n\nText.\n\n{{figure: food}}\n');
    expect(section!.blocks).toEqual([
      { t: 'p', c: [{ t: 'text', v: 'Text.' }] },
      { t: 'figure', name: 'food' },
    ]);
  });

  it('names an unknown figure and lists the known ones', () => {
    expect(() => parseArticleBody('## Food\n\n{{figure: pie-of-everything}}\n')).toThrow(MarkdownProblem);
    expect(() => parseArticleBody('## Food\n\n{{figure: pie-of-everything}}\n')).toThrow(
      /unknown figure "pie-of-everything".*medicine-spacing/,
    );
  });

  it('keeps a sentence that merely mentions a figure as text', () => {
    const [section] = parseArticleBody('## Food\n\nSee {{figure: food}} below.\n');
    expect(section!.blocks[0]!.t).toBe('p');
  });
});
