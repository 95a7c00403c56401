import { describe, expect, it } from 'vitest';
import type { PageDataset } from '@/utils/dataset/types';
import { toFrameDataset, toPageDataset, toWordingsDataset } from './content-dataset';
import { loadDataset } from './load-files';
import { asciiOutputPlugin, contentModule, frameModule } from './vite-plugin';

/** A module's default export, evaluated the way a bundle would. */
const evaluate = (source: string): unknown =>
  new Function(source.replace('export default', 'return'))() as unknown;

describe('the content script dataset module', () => {
  const dataset = toPageDataset(loadDataset(process.cwd()));

  it('gives every frame the same dataset as the compiler, its long strings behind getters', () => {
    const module = evaluate(contentModule(dataset)) as PageDataset;
    expect(JSON.parse(JSON.stringify(module))).toEqual(JSON.parse(JSON.stringify(dataset)));
    for (const field of ['trie', 'wordings'] as const) {
      expect(Object.getOwnPropertyDescriptor(module.matcher, field)?.get).toBeTypeOf('function');
    }
  });

  it("gives every frame the prefilter but not the trie, the wordings or each term's topic", () => {
    const module = evaluate(frameModule(toFrameDataset(dataset))) as PageDataset;
    expect(Object.keys(module.matcher)).toEqual(['prefilter']);
    expect(module.matcher.prefilter?.keys).toBe(dataset.matcher.prefilter?.keys);
    expect(Object.getOwnPropertyDescriptor(module.matcher.prefilter, 'keys')?.get).toBeTypeOf('function');
    expect(toWordingsDataset(dataset).termTopics).toEqual(dataset.matcher.termTopics);
    expect({ ...toFrameDataset(dataset).matcher, ...toWordingsDataset(dataset) }).toEqual(dataset.matcher);
  });

  it('is written in ASCII with no control character once built', () => {
    const source = contentModule(dataset);
    // Raw in the code, as a minifier may write them: a separator and an en dash.
    const chunk = { type: 'chunk' as const, code: 'export default `a\u0001b\u2013c\td`;' };
    const plugin = asciiOutputPlugin() as unknown as { generateBundle: (o: unknown, b: unknown) => void };
    plugin.generateBundle({}, { chunk, module: { type: 'chunk', code: source } });
    const unsafe = [...chunk.code].filter((c) => c > '~' || (c < ' ' && c !== '\n' && c !== '\t'));
    expect(unsafe).toEqual([]);
    expect(evaluate(chunk.code)).toBe('a\u0001b\u2013c\td');
  });
});
