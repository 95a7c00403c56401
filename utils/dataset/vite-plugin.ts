import type { Plugin } from 'vite';

// STUB — replaced by the dataset compiler (issue 3). Serves an empty dataset.
const IDS = ['virtual:maglens/content-data', 'virtual:maglens/reader-data'];

export function datasetPlugin(): Plugin {
  return {
    name: 'maglens-dataset',
    resolveId(id) {
      return IDS.includes(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0virtual:maglens/')) return undefined;
      const empty = { version: '0', topics: [], terms: [], matcher: [], articles: [], search: [] };
      return `export default ${JSON.stringify(empty)};`;
    },
  };
}
