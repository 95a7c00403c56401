import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { compileDataset, type SourceFile } from './compile.ts';
import type { ReaderDataset } from './types.ts';

/** Reads data/topics/*.yaml, data/articles/*.md and data/figures/*.yaml below `root` (Node only). */
export function readDatasetFiles(root: string): Record<'topics' | 'articles' | 'figures', SourceFile[]> {
  const read = (dir: string, ext: string) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => {
        const path = join(root, dir, name);
        return { file: relative(root, path), text: readFileSync(path, 'utf8') };
      });
  return {
    topics: read('data/topics', '.yaml'),
    articles: read('data/articles', '.md'),
    figures: read('data/figures', '.yaml'),
  };
}

export function loadDataset(root: string): ReaderDataset {
  return compileDataset(readDatasetFiles(root));
}
