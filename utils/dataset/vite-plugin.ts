import { join } from 'node:path';
import type { Plugin } from 'vite';
import { toContentDataset } from './content-dataset.ts';
import { loadDataset } from './load-files.ts';
import type { ContentDataset } from './types.ts';

const CONTENT = 'virtual:maglens/content-data';
const READER = 'virtual:maglens/reader-data';

/**
 * Compiles data/ at build time and serves it as two virtual modules: the compact part the content script
 * needs, and everything (articles, search index) for the popup, reader and options pages. A broken entry
 * fails the build with the file, the field and what is wrong.
 */
export function datasetPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'maglens-dataset',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      return id === CONTENT || id === READER ? `\0${id}` : undefined;
    },
    load(id) {
      if (id !== `\0${CONTENT}` && id !== `\0${READER}`) return undefined;
      this.addWatchFile(join(root, 'data/topics'));
      this.addWatchFile(join(root, 'data/articles'));
      this.addWatchFile(join(root, 'data/medicine-spacing.yaml'));
      this.addWatchFile(join(root, 'data/figures'));
      let dataset: ReturnType<typeof loadDataset>;
      try {
        dataset = loadDataset(root);
      } catch (error) {
        this.error((error as Error).message);
      }
      const value: ContentDataset | typeof dataset =
        id === `\0${CONTENT}` ? toContentDataset(dataset) : dataset;
      // JSON.parse of a string literal is parsed faster than the equivalent object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});`;
    },
  };
}
