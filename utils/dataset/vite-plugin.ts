import { join } from 'node:path';
import type { Plugin } from 'vite';
import { toBackgroundDataset, toCardDataset, toPageDataset } from './content-dataset.ts';
import { loadDataset } from './load-files.ts';
import type { ReaderDataset } from './types.ts';

/** Each virtual module and the part of the compiled dataset it serves. */
const MODULES: Record<string, (dataset: ReaderDataset) => unknown> = {
  // every frame's content script: wordings, matcher index, term → topic; no card text
  'virtual:maglens/content-data': toPageDataset,
  // the card chunk, loaded on a page's first card
  'virtual:maglens/card-data': toCardDataset,
  // the background, re-read on every service-worker wake
  'virtual:maglens/background-data': toBackgroundDataset,
  // popup, reader, options: everything
  'virtual:maglens/reader-data': (dataset) => dataset,
};

/**
 * Compiles data/ at build time and serves it as virtual modules, each with only what its importer needs.
 * A broken entry fails the build with the file, the field and what is wrong.
 */
export function datasetPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'maglens-dataset',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id in MODULES ? `\0${id}` : undefined;
    },
    load(id) {
      const part = id.startsWith('\0') ? MODULES[id.slice(1)] : undefined;
      if (!part) return undefined;
      this.addWatchFile(join(root, 'data/topics'));
      this.addWatchFile(join(root, 'data/articles'));
      let dataset: ReaderDataset;
      try {
        dataset = loadDataset(root);
      } catch (error) {
        this.error((error as Error).message);
      }
      // JSON.parse of a string literal is parsed faster than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(part(dataset)))});`;
    },
  };
}
