import { join } from 'node:path';
import type { Plugin } from 'vite';
import type { FrameDataset, PageDataset, ReaderDataset } from '../../utils/dataset/types.ts';
import { asciiEscape, asciiJson } from '../../utils/matcher/packed-wordings.ts';
import {
  toBackgroundDataset,
  toCardDataset,
  toFrameDataset,
  toPageDataset,
  toWordingsDataset,
} from './content-dataset.ts';
import { loadDataset } from './load-files.ts';

const CONTENT = 'virtual:maglens/content-data';
const FRAME = 'virtual:maglens/frame-data';

/** Each virtual module and the part of the compiled dataset it serves. */
const MODULES: Record<string, (dataset: ReaderDataset) => unknown> = {
  // the PDF viewer: wordings, matcher index, term → topic; no card text
  [CONTENT]: toPageDataset,
  // every frame's content script: the topics' colours and the prefilter; no wordings
  [FRAME]: (dataset) => toFrameDataset(toPageDataset(dataset)),
  // the marking chunk, loaded on a frame's first candidate: the trie, the wordings and term → topic
  'virtual:maglens/wordings-data': (dataset) => toWordingsDataset(toPageDataset(dataset)),
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
      this.addWatchFile(join(root, 'data/medicine-spacing.yaml'));
      this.addWatchFile(join(root, 'data/figures'));
      let dataset: ReaderDataset;
      try {
        dataset = loadDataset(root);
      } catch (error) {
        this.error((error as Error).message);
      }
      if (id === `\0${CONTENT}`) return contentModule(toPageDataset(dataset));
      if (id === `\0${FRAME}`) return frameModule(toFrameDataset(toPageDataset(dataset)));
      const json = asciiJson(part(dataset)); // ASCII only: one byte per character in memory (see asciiJson)
      // Large trees: JSON.parse of a string literal parses faster than an object literal.
      return `export default JSON.parse(${JSON.stringify(json)});`;
    },
  };
}

/**
 * Every frame's dataset as an object literal whose long strings (the trie, the wordings, the prefilter's
 * keys and followers) are returned by getters. V8 compiles a function, and makes the strings in it, only
 * when the function is first called: a frame whose text never holds a candidate keeps them only in the
 * script's source, not a second time as strings on its heap.
 */
export function contentModule(data: PageDataset): string {
  const { prefilter, trie, wordings, termIds, termTopics } = data.matcher;
  const lazy = (name: string, value: string) => `get ${name}(){return ${asciiJson(value)}}`;
  const filter =
    prefilter &&
    `{source:${asciiJson(prefilter.source)},${lazy('keys', prefilter.keys)},${lazy('followers', prefilter.followers)}}`;
  const matcher = `{prefilter:${filter ?? 'null'},${lazy('trie', trie)},${lazy('wordings', wordings)},termIds:${asciiJson(termIds)},termTopics:${asciiJson(termTopics)}}`;
  return `export default {version:${asciiJson(data.version)},topics:${asciiJson(data.topics)},matcher:${matcher}};`;
}

/**
 * Every frame's dataset (no wordings) as an object literal whose prefilter keys and followers are
 * returned by getters, made into heap strings only when the page's text first holds a candidate.
 */
export function frameModule(data: FrameDataset): string {
  const { prefilter } = data.matcher;
  const lazy = (name: string, value: string) => `get ${name}(){return ${asciiJson(value)}}`;
  const filter =
    prefilter &&
    `{source:${asciiJson(prefilter.source)},${lazy('keys', prefilter.keys)},${lazy('followers', prefilter.followers)}}`;
  const matcher = `{prefilter:${filter ?? 'null'}}`;
  return `export default {version:${asciiJson(data.version)},topics:${asciiJson(data.topics)},matcher:${matcher}};`;
}

/** Characters past ASCII, and control characters other than tab and line breaks: the packed matcher's
 * separators are control characters, and Firefox does not run a content script that holds them raw. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the control characters are what it finds
const UNSAFE_IN_SOURCE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\uffff]/g;

/**
 * Escapes every character past ASCII, and control characters, in the built JavaScript (in strings,
 * template literals and regular expressions, where \\uXXXX means the same). One character past Latin-1
 * makes V8 hold a whole script's source at two bytes per character, in every frame it runs in.
 */
export function asciiOutputPlugin(): Plugin {
  return {
    name: 'maglens-ascii-output',
    enforce: 'post',
    generateBundle(_, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk') chunk.code = chunk.code.replace(UNSAFE_IN_SOURCE, asciiEscape);
      }
    },
  };
}
