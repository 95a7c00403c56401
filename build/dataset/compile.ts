import * as v from 'valibot';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import {
  FIGURE_FILES,
  type FigureData,
  type FigureFileName,
  figureProblems,
} from '../../utils/dataset/figure-data.ts';
import { whyNotASourceUrl } from '../../utils/dataset/source-url.ts';
import type {
  Article,
  CardTerm,
  ContextRule,
  MatcherEntry,
  ReaderDataset,
  SearchDoc,
  Source,
  SpacingRow,
  Topic,
} from '../../utils/dataset/types.ts';
import { foldWord } from '../../utils/matcher/word-chars.ts';
import { blockText, linkedTermIds, linkedUrls, MarkdownProblem, parseArticleBody } from './markdown.ts';
import { type ArticleMeta, articleMetaSchema, type TopicFile, topicSchema } from './schema.ts';
import { gapsMissingFromTable, spacingFileSchema, toSpacingRow } from './spacing.ts';

/**
 * Compiles the human-edited dataset (data/topics/*.yaml, data/articles/*.md) into what the extension needs.
 * Pure: it takes file names and texts, so tests can feed it broken files. Every problem is collected and
 * reported with its file and field; nothing half-valid is ever returned.
 */

export interface SourceFile {
  /** Path relative to the repository, e.g. "data/topics/sleep.yaml". */
  file: string;
  text: string;
}

export interface DatasetProblem {
  file: string;
  field: string;
  message: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: DatasetProblem[]) {
    super(
      `The MagLens dataset has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.message}`).join('\n'),
    );
    this.name = 'DatasetError';
  }
}

/** A wording with two or more capitals in a row (PPI, IBS, GABA) matches only as written. */
export const isExactCase = (wording: string) => /\p{Lu}{2}/u.test(wording);

/** The form two wordings are compared in: straight apostrophes, single spaces, case-folded unless exact. */
export function wordingKey(wording: string): string {
  const flat = straightWording(wording);
  return isExactCase(flat) ? flat : foldWord(flat);
}

/** A wording as the matcher stores it: every kind of apostrophe straight, single spaces, trimmed. */
function straightWording(wording: string): string {
  return wording
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function fieldPath(issue: v.BaseIssue<unknown>, data: unknown): string {
  let node: unknown = data;
  const parts: string[] = [];
  for (const item of issue.path ?? []) {
    const key = item.key as string | number;
    if (typeof key === 'number') {
      node = Array.isArray(node) ? node[key] : undefined;
      const id = node && typeof node === 'object' ? (node as { id?: unknown }).id : undefined;
      parts.push(`[${key}]${typeof id === 'string' ? ` (${id})` : ''}`);
    } else {
      node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
      parts.push(parts.length ? `.${key}` : key);
    }
  }
  return parts.join('') || '(file)';
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') {
    return `unknown field (check the spelling; allowed fields are listed in data/README.md)`;
  }
  if (issue.received === 'undefined') return 'is missing';
  return issue.message.replace(/^Invalid \w+: /, '');
}

function validate<T extends v.GenericSchema>(
  schema: T,
  data: unknown,
  file: string,
  problems: DatasetProblem[],
): v.InferOutput<T> | null {
  const result = v.safeParse(schema, data, { abortEarly: false });
  if (result.success) return result.output;
  for (const issue of result.issues) {
    problems.push({ file, field: fieldPath(issue, data), message: describeIssue(issue) });
  }
  return null;
}

const YAML_BROKEN = Symbol('broken YAML');

function parseYamlFile(source: SourceFile, problems: DatasetProblem[]): unknown {
  try {
    return parseYaml(source.text, { uniqueKeys: true });
  } catch (error) {
    const where =
      error instanceof YAMLParseError && error.linePos ? `line ${error.linePos[0].line}` : '(file)';
    problems.push({
      file: source.file,
      field: where,
      message: `not valid YAML: ${(error as Error).message.split('\n')[0]}`,
    });
    return YAML_BROKEN;
  }
}

function splitFrontMatter(text: string): { meta: string; body: string } | null {
  const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/);
  return match ? { meta: match[1] ?? '', body: match[2] ?? '' } : null;
}

const baseName = (file: string) => file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

interface ParsedArticle {
  file: string;
  meta: ArticleMeta;
  sections: ReturnType<typeof parseArticleBody>;
}

function parseArticle(source: SourceFile, problems: DatasetProblem[]): ParsedArticle | null {
  const parts = splitFrontMatter(source.text);
  if (!parts) {
    problems.push({
      file: source.file,
      field: '(front matter)',
      message: 'start the file with --- front matter ---',
    });
    return null;
  }
  const rawMeta = parseYamlFile({ file: source.file, text: parts.meta }, problems);
  if (rawMeta === YAML_BROKEN) return null;
  const meta = validate(articleMetaSchema, rawMeta, source.file, problems);
  if (!meta) return null;
  const expected = baseName(source.file).replace(/^\d+-/, '');
  if (meta.id !== expected) {
    problems.push({
      file: source.file,
      field: 'id',
      message: `"${meta.id}" must match the file name ("<n>-${meta.id}.md")`,
    });
  }
  let sections: ParsedArticle['sections'] = [];
  try {
    sections = parseArticleBody(parts.body);
  } catch (error) {
    if (!(error instanceof MarkdownProblem)) throw error;
    problems.push({ file: source.file, field: 'body', message: error.message });
    return null;
  }
  if (sections.length === 0)
    problems.push({ file: source.file, field: 'body', message: 'an article needs ## sections' });
  const seen = new Set<string>();
  for (const section of sections) {
    if (seen.has(section.id)) {
      problems.push({
        file: source.file,
        field: `section "${section.id}"`,
        message: 'section ids must be unique',
      });
    }
    seen.add(section.id);
    if (section.blocks.length === 0) {
      problems.push({ file: source.file, field: `section "${section.id}"`, message: 'the section is empty' });
    }
  }
  return { file: source.file, meta, sections };
}

const cleanSource = (s: { title: string; url?: string; pmid?: string; doi?: string }): Source => ({
  title: s.title,
  ...(s.url ? { url: s.url } : {}),
  ...(s.pmid ? { pmid: s.pmid } : {}),
  ...(s.doi ? { doi: s.doi } : {}),
});

function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** The spacing table, checked against the term ids and against every hour a card states. */
function compileSpacing(
  source: SourceFile | undefined,
  terms: CardTerm[],
  termFile: Map<string, string>,
  idsInBrokenFiles: Set<string>,
  problems: DatasetProblem[],
): SpacingRow[] {
  if (!source) return [];
  const raw = parseYamlFile(source, problems);
  if (raw === YAML_BROKEN) return [];
  const parsed = validate(spacingFileSchema, raw, source.file, problems);
  if (!parsed) return [];
  const rows = parsed.rows.map(toSpacingRow);
  rows.forEach((row, i) => {
    if (!termFile.has(row.termId) && !idsInBrokenFiles.has(row.termId))
      problems.push({
        file: source.file,
        field: `rows[${i}].termId`,
        message: `no term has the id "${row.termId}"`,
      });
  });
  for (const term of terms) {
    for (const gap of gapsMissingFromTable(term, rows)) {
      problems.push({
        file: termFile.get(term.id) ?? 'data/topics',
        field: `${term.id} (note or practical)`,
        message: `says "${gap.text}" but ${source.file} gives no such gap for this medicine`,
      });
    }
  }
  return rows;
}

export function compileDataset(input: {
  topics: SourceFile[];
  articles: SourceFile[];
  /** data/medicine-spacing.yaml, when there is one. */
  spacing?: SourceFile;
  /** data/figures/*.yaml: the numbers the reader's charts draw (utils/dataset/figure-data.ts). */
  figures?: SourceFile[];
}): ReaderDataset {
  const problems: DatasetProblem[] = [];
  const figures = compileFigureFiles(input.figures ?? [], problems);

  // 1. Each file on its own.
  const topicFiles: { file: string; topic: TopicFile }[] = [];
  // Term ids of files that failed validation still count for link checks, so one mistake is reported once.
  const idsInBrokenFiles = new Set<string>();
  for (const source of input.topics) {
    const raw = parseYamlFile(source, problems);
    if (raw === YAML_BROKEN) continue;
    const topic = validate(topicSchema, raw, source.file, problems);
    if (!topic) {
      const rawTerms = (raw as { terms?: unknown } | null)?.terms;
      if (Array.isArray(rawTerms)) {
        for (const t of rawTerms) if (typeof t?.id === 'string') idsInBrokenFiles.add(t.id);
      }
      continue;
    }
    if (topic.id !== baseName(source.file)) {
      problems.push({
        file: source.file,
        field: 'id',
        message: `"${topic.id}" must match the file name (${topic.id}.yaml)`,
      });
    }
    topicFiles.push({ file: source.file, topic });
  }
  const parsedArticles = input.articles
    .map((source) => parseArticle(source, problems))
    .filter((a): a is ParsedArticle => a !== null)
    .sort((a, b) => a.meta.order - b.meta.order);

  // 2. Across files: unique ids, wordings, links.
  const articleById = new Map(parsedArticles.map((a) => [a.meta.id, a]));
  if (articleById.size !== parsedArticles.length) {
    problems.push({ file: 'data/articles', field: 'id', message: 'two articles share an id' });
  }
  const termFile = new Map<string, string>();
  const topicIds = new Set<string>();
  for (const { file, topic } of topicFiles) {
    if (topicIds.has(topic.id))
      problems.push({ file, field: 'id', message: `topic "${topic.id}" is defined twice` });
    topicIds.add(topic.id);
    topic.terms.forEach((term, i) => {
      const other = termFile.get(term.id);
      if (other)
        problems.push({ file, field: `terms[${i}] (${term.id}).id`, message: `also defined in ${other}` });
      termFile.set(term.id, file);
    });
  }

  const wordingOwner = new Map<string, { termId: string; file: string; ambiguous: boolean }>();
  const matcher: MatcherEntry[] = [];
  const terms: CardTerm[] = [];
  const topics: Topic[] = [];

  for (const { file, topic } of topicFiles) {
    topics.push({
      id: topic.id,
      name: topic.name,
      color: topic.color.toLowerCase(),
      description: topic.description,
      termCount: topic.terms.length,
    });
    topic.terms.forEach((term, i) => {
      const at = (field: string) => `terms[${i}] (${term.id}).${field}`;
      const ambiguousByKey = new Map(term.ambiguous.map((a) => [wordingKey(a.text), a]));
      for (const [key, rule] of ambiguousByKey) {
        if (![...term.specific, ...term.everyday].some((w) => wordingKey(w) === key)) {
          problems.push({
            file,
            field: at('ambiguous'),
            message: `"${rule.text}" is not one of the term's wordings (specific or everyday)`,
          });
        }
      }
      const ownKeys = new Set<string>();
      const wordings = [
        ...term.specific.map((text) => ({ text, kind: 'specific' as const })),
        ...term.everyday.map((text) => ({ text, kind: 'everyday' as const })),
      ];
      for (const { text: wording, kind } of wordings) {
        const key = wordingKey(wording);
        if (ownKeys.has(key)) {
          problems.push({ file, field: at(kind), message: `"${wording}" is listed twice` });
          continue;
        }
        ownKeys.add(key);
        const rule = ambiguousByKey.get(key);
        const owner = wordingOwner.get(key);
        if (owner && !(owner.ambiguous && rule)) {
          problems.push({
            file,
            field: at(kind),
            message: `"${wording}" also belongs to "${owner.termId}" (${owner.file}); flag it under ambiguous in both terms or keep it in one`,
          });
        }
        wordingOwner.set(key, { termId: term.id, file, ambiguous: !!rule });
        const context: ContextRule | undefined = rule
          ? { anyOf: rule.anyOf, noneOf: rule.noneOf }
          : undefined;
        matcher.push({
          text: straightWording(wording),
          termId: term.id,
          exactCase: isExactCase(wording),
          kind,
          ...(context ? { context } : {}),
        });
      }
      for (const rel of term.related) {
        if (rel === term.id)
          problems.push({ file, field: at('related'), message: 'a term cannot be related to itself' });
        else if (!termFile.has(rel) && !idsInBrokenFiles.has(rel))
          problems.push({ file, field: at('related'), message: `no term has the id "${rel}"` });
      }
      const [articleId = '', sectionId = ''] = term.readMore.split('#');
      const article = articleById.get(articleId);
      const section = article?.sections.find((s) => s.id === sectionId);
      if (!article) {
        problems.push({ file, field: at('readMore'), message: `no article has the id "${articleId}"` });
      } else if (!section) {
        problems.push({
          file,
          field: at('readMore'),
          message: `article "${articleId}" has no section "${sectionId}" (it has: ${article.sections.map((s) => s.id).join(', ')})`,
        });
      }
      terms.push({
        id: term.id,
        name: term.name,
        topicId: topic.id,
        note: term.note,
        grade: term.evidence.grade,
        gradeReason: term.evidence.reason,
        practical: term.practical,
        redFlags: term.redFlags,
        sources: term.sources.map(cleanSource),
        related: term.related,
        article: {
          articleId,
          sectionId,
          label: article && section ? `${article.meta.title} › ${section.heading}` : term.readMore,
        },
        reviewed: term.reviewed,
      });
    });
  }

  const articles: Article[] = parsedArticles.map(({ file, meta, sections }) => {
    for (const section of sections) {
      for (const termId of linkedTermIds(section.blocks)) {
        if (!termFile.has(termId) && !idsInBrokenFiles.has(termId)) {
          problems.push({
            file,
            field: `section "${section.id}"`,
            message: `links to unknown term "term:${termId}"`,
          });
        }
      }
      for (const url of linkedUrls(section.blocks)) {
        const why = whyNotASourceUrl(url);
        if (why) problems.push({ file, field: `section "${section.id}" link ${url}`, message: why });
      }
    }
    return {
      id: meta.id,
      title: meta.title,
      summary: meta.summary,
      order: meta.order,
      sections,
      sources: meta.sources.map(cleanSource),
      reviewed: meta.reviewed,
    };
  });

  const spacing = compileSpacing(input.spacing, terms, termFile, idsInBrokenFiles, problems);

  problems.push(
    ...figureProblems(
      figures,
      (id) => termFile.has(id) || idsInBrokenFiles.has(id),
      parsedArticles.map(({ file, sections }) => ({
        file,
        figures: sections.flatMap((s) => s.blocks.flatMap((b) => (b.t === 'figure' ? [b.name] : []))),
      })),
    ),
  );
  if (problems.length > 0) throw new DatasetError(problems);

  const topicName = new Map(topics.map((t) => [t.id, t.name]));
  const search: SearchDoc[] = [
    ...terms.map((term) => ({
      kind: 'term' as const,
      ref: term.id,
      title: term.name,
      keywords: [
        ...matcher.filter((m) => m.termId === term.id).map((m) => m.text),
        topicName.get(term.topicId) ?? '',
      ],
      body: `${term.note} ${term.practical}`,
    })),
    ...articles.flatMap((article) =>
      article.sections.map((section) => ({
        kind: 'section' as const,
        ref: `${article.id}#${section.id}`,
        title: `${article.title} › ${section.heading}`,
        keywords: [article.title],
        body: section.blocks.map(blockText).join(' '),
      })),
    ),
  ];

  const core = { topics, terms, matcher, articles, spacing, figures, search };
  return { version: hash(JSON.stringify(core)), ...core };
}

function compileFigureFiles(files: SourceFile[], problems: DatasetProblem[]): FigureData {
  const figures: Record<string, unknown> = {};
  for (const source of files) {
    const name = baseName(source.file);
    if (!Object.hasOwn(FIGURE_FILES, name)) {
      problems.push({
        file: source.file,
        field: '(file)',
        message: `no figure reads this file (known: ${Object.keys(FIGURE_FILES).join(', ')})`,
      });
      continue;
    }
    const raw = parseYamlFile(source, problems);
    if (raw === YAML_BROKEN) continue;
    const data = validate(FIGURE_FILES[name as FigureFileName], raw, source.file, problems);
    if (data) figures[name] = data;
  }
  return figures as FigureData;
}
