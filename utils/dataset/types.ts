import type { FigureData } from './figure-data.ts';

/**
 * The compiled MagLens dataset: what the build step (build/dataset/compile.ts) produces from the
 * human-edited files under data/, and what the extension's pages import through the virtual modules
 * `virtual:maglens/content-data` (content script), `virtual:maglens/card-data` (the card chunk),
 * `virtual:maglens/background-data` and `virtual:maglens/reader-data` (popup, reader, options).
 */

export type EvidenceGrade = 'strong' | 'moderate' | 'limited' | 'contested';

export interface Source {
  title: string;
  /** Absent for a title-only citation (no verified identifier): shown as plain text. */
  url?: string;
  pmid?: string;
  doi?: string;
}

export interface Topic {
  id: string; // e.g. "medications"
  name: string; // user-facing, e.g. "Medications"
  /** Highlight colour for "colour per topic", as #rrggbb. */
  color: string;
  description: string;
  termCount: number;
}

/** Where a card's "Read more" lands: an article and one of its sections. */
export interface ArticleLink {
  articleId: string;
  sectionId: string;
  /** "Article title › Section heading", for the link text. */
  label: string;
}

/** Everything a hover card shows for one term. */
export interface CardTerm {
  id: string; // e.g. "proton-pump-inhibitors"
  name: string; // e.g. "Proton pump inhibitors (PPIs)"
  topicId: string;
  note: string; // 2–4 plain sentences
  grade: EvidenceGrade;
  gradeReason: string;
  practical: string;
  redFlags: string[];
  sources: Source[];
  related: string[]; // term ids
  article: ArticleLink;
  /** When the card was last checked against the evidence, ISO date (e.g. "2026-11-29"). The build requires
   * it for every term; optional here only so hand-made test cards need not carry it. */
  reviewed?: string;
}

/**
 * Ambiguous wordings count only in a health context: when any `anyOf` phrase appears near them (same
 * block of text), or when the page already has unambiguous health terms; and never when a `noneOf`
 * phrase appears near them ("CPU" next to "stress test", "economic" next to "depression").
 */
export interface ContextRule {
  anyOf: string[];
  noneOf: string[];
}

export type WordingKind = 'specific' | 'everyday';

/** One wording the matcher looks for. Many wordings point to one term. */
export interface MatcherEntry {
  text: string; // e.g. "PPIs", "Crohn's disease", "restless legs syndrome"
  termId: string;
  /** Matches in exactly this case (abbreviations like PPI, IBS, GABA); otherwise any case. */
  exactCase: boolean;
  /** 'specific' counts wherever it stands; 'everyday' only in a health context (data/README.md). */
  kind: WordingKind;
  /** Present only for ambiguous wordings. */
  context?: ContextRule;
}

/**
 * What building a matcher computes from the wordings' text alone: each wording's words and separators and
 * the prefilter. The build makes it once for the packed matcher every frame ships (PackedMatcher);
 * createTermMatcher makes it on the fly for a plain list of wordings.
 */
export interface MatcherIndex {
  /** Each entry's words and the separators between them (splitWording), in the entries' order. */
  words: string[][];
  gaps: string[][];
  /** The first-word prefilter's source and candidate keys; null when some first word has no key. */
  prefilter: { source: string; keys: string[] } | null;
}

/**
 * What the content script in every frame ships (`virtual:maglens/content-data`): the topics' colours and
 * the packed wordings; no card text, which is in the card chunk, loaded on first use.
 */
export interface PageDataset {
  version: string;
  /** Each topic's id and colour, for painting (names and descriptions are in the card chunk). */
  topics: Pick<Topic, 'id' | 'color'>[];
  matcher: PackedMatcher;
}

/**
 * The wordings as every frame ships them, built at build time (utils/matcher/packed-wordings.ts): the
 * first-word prefilter ready to run, the trie of words and the wordings as plain strings a page reads in
 * place (nothing is parsed or built until a page's text holds a candidate, and then only what it meets).
 */
export interface PackedMatcher {
  /** The prefilter's source, its candidate keys joined by "\n", and for keys that start only longer
   * wordings the separator + next words they allow (a line per key, tab-separated); null when some first
   * word has no key. */
  prefilter: { source: string; keys: string; followers: string } | null;
  /** The trie of words, a line per node (utils/matcher/term-matcher.ts packTrie). */
  trie: string;
  /** A line per wording: flags, term index, text and any other fields as JSON. */
  wordings: string;
  /** The term ids the wordings' lines refer to by index, joined by "\n". */
  termIds: string;
  /** Each term's topic id, by term id. */
  termTopics: Record<string, string>;
}

/** The trie, the wordings and each term's topic (`virtual:maglens/wordings-data`), in the marking chunk a
 * frame loads on its text's first candidate: a term's topic is asked only where a match lands, or by a
 * card, and both come after the chunk. */
export type PackedWordings = Pick<PackedMatcher, 'trie' | 'wordings' | 'termIds' | 'termTopics'>;

/**
 * What the content script in every frame ships (`virtual:maglens/frame-data`): the topics' colours and
 * the prefilter. The trie, the wordings and each term's topic are the marking chunk's.
 */
export interface FrameDataset {
  version: string;
  topics: Pick<Topic, 'id' | 'color'>[];
  matcher: Pick<PackedMatcher, 'prefilter'>;
}

/** Every card's text (`virtual:maglens/card-data`), in the card chunk the content script loads on first use. */
export interface CardDataset {
  topics: Topic[];
  terms: CardTerm[];
}

/** What the background needs (`virtual:maglens/background-data`): each term's topic, to file saved notes. */
export interface BackgroundDataset {
  termTopics: Record<string, string>;
}

/** The dataset the extension's pages build on (ReaderDataset adds articles and search). */
export interface ContentDataset {
  version: string;
  topics: Topic[];
  terms: CardTerm[];
  matcher: MatcherEntry[];
  /** The matcher's word splits and prefilter, computed at build time (absent in hand-made test data). */
  matcherIndex?: MatcherIndex;
}

/** Inline text inside article blocks. Rendered by Preact, never through innerHTML. */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'em'; c: Inline[] }
  | { t: 'strong'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'term'; termId: string; c: Inline[] };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h3'; c: Inline[] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; items: Inline[][] }
  | { t: 'table'; head: Inline[][]; rows: Inline[][][] }
  | { t: 'quote'; c: Inline[] }
  /** A picture or data table drawn from the dataset: a paragraph `{{figure: name}}` in the Markdown. */
  | { t: 'figure'; name: FigureName };

/**
 * The figures an article may embed. Each is drawn from the compiled dataset by a component registered
 * in components/reader/figures/, so a change to the data changes the picture.
 */
export const FIGURE_NAMES = [
  'medicine-spacing',
  'spacing-timeline',
  'food',
  'rda',
  'blood-levels',
  'evidence-map',
  'drains',
  'nerves-sleep',
] as const;
export type FigureName = (typeof FIGURE_NAMES)[number];

/** One medicine's spacing from a magnesium dose, from data/medicine-spacing.yaml. */
export interface SpacingRow {
  medicine: string; // e.g. "Ciprofloxacin"
  termId: string; // the medicine's card
  /** Take the medicine at least this many hours before magnesium (0: the source sets no gap on that side;
   * the note says what it does say). */
  hoursBefore: number;
  /** ...or at least this many hours after magnesium. */
  hoursAfter: number;
  /** The source advises against taking the two at all, even spaced (raltegravir with Al/Mg antacids). */
  avoid?: boolean;
  /** Anything the hours don't say (e.g. "ibandronate: wait 60 min, alendronate 30 min"). */
  note?: string;
  /** Whose label or guideline gives the gap. */
  source: Source;
}

export interface ArticleSection {
  id: string; // slug, unique within the article
  heading: string;
  blocks: Block[];
}

export interface Article {
  id: string; // e.g. "deficiency"
  title: string;
  summary: string;
  order: number;
  sections: ArticleSection[];
  sources: Source[];
  /** When the article was last checked against the evidence, ISO date (required by the build). */
  reviewed?: string;
}

/** One searchable thing: a term card or an article section. */
export interface SearchDoc {
  kind: 'term' | 'section';
  /** term id, or "articleId#sectionId" */
  ref: string;
  title: string;
  /** Extra words that should find it: variants, topic name. */
  keywords: string[];
  /** Plain text body (note, or the section's text). */
  body: string;
}

export interface ReaderDataset extends ContentDataset {
  articles: Article[];
  /** The medicine-spacing table (reader table and timeline share it). */
  spacing: SpacingRow[];
  /** The numbers and term lists the reader's charts draw (data/figures/*.yaml). */
  figures: FigureData;
  search: SearchDoc[];
}
