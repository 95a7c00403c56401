import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ReaderDataset } from '../../utils/dataset/types.ts';
import { compileDataset, type SourceFile } from './compile.ts';

/** Reads data/topics/*.yaml, data/articles/*.md, data/figures/*.yaml and data/medicine-spacing.yaml below
 * `root` (Node only: build time and tests). */
export function readDatasetFiles(root: string): {
  topics: SourceFile[];
  articles: SourceFile[];
  figures: SourceFile[];
  spacing?: SourceFile;
} {
  const read = (dir: string, ext: string) =>
    readdirSync(join(root, dir))
      .filter((name) => name.endsWith(ext))
      .sort()
      .map((name) => {
        const path = join(root, dir, name);
        return { file: relative(root, path), text: readFileSync(path, 'utf8') };
      });
  const spacingFile = 'data/medicine-spacing.yaml';
  const spacingPath = join(root, spacingFile);
  return {
    topics: read('data/topics', '.yaml'),
    articles: read('data/articles', '.md'),
    figures: read('data/figures', '.yaml'),
    ...(existsSync(spacingPath)
      ? { spacing: { file: spacingFile, text: readFileSync(spacingPath, 'utf8') } }
      : {}),
  };
}

export function loadDataset(root: string): ReaderDataset {
  return compileDataset(readDatasetFiles(root));
}
