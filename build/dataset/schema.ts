import * as v from 'valibot';
import { sourceSchema } from '../../utils/dataset/source-schema.ts';

/**
 * The shape of the human-edited files under data/ (see data/README.md). Strict objects, so a misspelt key
 * ("varaints") is an error that names the key rather than a silently missing field.
 */

const slug = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case letters, digits and dashes'),
);
const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const phrases = v.array(text);

const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** The day a card or article was last checked against the evidence, as an ISO date (2026-11-29). */
export const reviewedSchema = v.pipe(
  v.string('write the date as YYYY-MM-DD'),
  v.isoDate('write the date as YYYY-MM-DD'),
  v.check((s) => !Number.isNaN(Date.parse(s)), 'not a real date'),
);

export const gradeSchema = v.picklist(['strong', 'moderate', 'limited', 'contested']);

export const termSchema = v.pipe(
  v.strictObject({
    id: slug,
    name: text,
    /** Medical wordings (drug and disease names, "hypomagnesaemia") that count wherever they stand. */
    specific: v.optional(phrases, []),
    /** Everyday wordings (stress, coffee, cramps, sleep) that count only in a health context. */
    everyday: v.optional(phrases, []),
    ambiguous: v.optional(
      v.array(
        v.pipe(
          v.strictObject({ text, anyOf: v.optional(phrases, []), noneOf: v.optional(phrases, []) }),
          v.check((a) => a.anyOf.length + a.noneOf.length > 0, 'give anyOf or noneOf context phrases'),
        ),
      ),
      [],
    ),
    note: v.pipe(
      text,
      v.check((s) => wordCount(s) >= 15, 'write 2–4 sentences (at least 15 words)'),
      v.check((s) => wordCount(s) <= 80, 'keep the note under about 70 words (80 at most)'),
    ),
    evidence: v.strictObject({ grade: gradeSchema, reason: text }),
    practical: text,
    redFlags: v.optional(phrases, []),
    sources: v.pipe(
      v.array(sourceSchema),
      v.minLength(1, 'give at least one source'),
      v.maxLength(3, 'give 1–3 sources'),
    ),
    related: v.optional(v.array(slug), []),
    reviewed: reviewedSchema,
    readMore: v.pipe(v.string(), v.regex(/^[a-z0-9-]+#[a-z0-9-]+$/, 'write it as article-id#section-id')),
  }),
  v.check(
    (t) => t.specific.length + t.everyday.length > 0,
    'list at least one wording under specific or everyday',
  ),
);

export const topicSchema = v.strictObject({
  id: slug,
  name: text,
  color: v.pipe(v.string(), v.regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb')),
  description: text,
  terms: v.pipe(v.array(termSchema), v.minLength(1, 'a topic needs at least one term')),
});

export const articleMetaSchema = v.strictObject({
  id: slug,
  title: text,
  summary: text,
  order: v.pipe(v.number(), v.integer()),
  reviewed: reviewedSchema,
  sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'every article lists its sources')),
});

export type TopicFile = v.InferOutput<typeof topicSchema>;
export type TermEntry = v.InferOutput<typeof termSchema>;
export type ArticleMeta = v.InferOutput<typeof articleMetaSchema>;
