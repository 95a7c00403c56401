import * as v from 'valibot';
import { sourceSchema } from './source-schema.ts';

/**
 * The numbers the reader's figures draw (data/figures/*.yaml): foods per serving, RDAs and the supplement
 * limit, serum ranges, and which terms the evidence map, the drains figure and the nerves diagram show.
 * Checked with valibot at build time like the rest of data/; grades are not stored here but taken from the
 * terms' cards, so a picture always agrees with the card it links to.
 */

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));
const termId = v.pipe(v.string(), v.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a term id, e.g. pumpkin-seeds'));
const mg = v.pipe(v.number('a number of mg'), v.integer('whole mg'), v.minValue(1, 'at least 1 mg'));
const mmol = v.pipe(v.number('a number of mmol/L'), v.minValue(0.1), v.maxValue(10));
const range = v.pipe(
  v.strictObject({ from: mmol, to: mmol }),
  v.check((r) => r.from < r.to, '"from" must be below "to"'),
);

const foodsSchema = v.strictObject({
  dailyValueMg: mg,
  source: sourceSchema,
  foods: v.pipe(
    v.array(v.strictObject({ name: text, serving: text, mg, term: v.optional(termId) })),
    v.minLength(1, 'list at least one food'),
    v.check((foods) => new Set(foods.map((f) => f.name)).size === foods.length, 'a food is listed twice'),
  ),
});

const rdaSchema = v.strictObject({
  source: sourceSchema,
  limitNote: text,
  ages: v.pipe(
    v.array(
      v.strictObject({
        ages: text,
        male: mg,
        female: mg,
        adequateIntake: v.optional(v.boolean(), false),
        supplementLimit: v.optional(mg),
      }),
    ),
    v.minLength(1, 'list at least one age group'),
  ),
  pregnancy: v.array(
    v.strictObject({ ages: text, pregnant: mg, breastfeeding: mg, supplementLimit: v.optional(mg) }),
  ),
});

const endSchema = v.strictObject({ label: text, signs: v.array(text), atRisk: v.array(text) });

const bloodLevelsSchema = v.pipe(
  v.strictObject({
    normal: range,
    proposedCutoff: v.optional(mmol),
    highSymptomsFrom: range,
    mgPerDlPerMmol: v.pipe(v.number(), v.minValue(1), v.maxValue(5)),
    low: endSchema,
    high: endSchema,
    sources: v.pipe(v.array(sourceSchema), v.minLength(1, 'give at least one source')),
  }),
  v.check((b) => b.normal.to < b.highSymptomsFrom.from, 'the normal range must end below highSymptomsFrom'),
);

const drainsSchema = v.strictObject({
  causes: v.pipe(
    v.array(v.strictObject({ term: termId, route: v.picklist(['kidneys', 'gut', 'minor']), how: text })),
    v.minLength(1, 'list at least one cause'),
  ),
});

const evidenceMapSchema = v.strictObject({
  claims: v.pipe(
    v.array(
      v.strictObject({
        term: termId,
        claim: text,
        verdict: v.picklist(['helps', 'no-benefit', 'unclear']),
        finding: text,
      }),
    ),
    v.minLength(1, 'list at least one claim'),
  ),
});

const nervesSleepSchema = v.strictObject({
  roles: v.pipe(
    v.array(v.strictObject({ term: termId, label: text, role: text })),
    v.minLength(1, 'list at least one role'),
  ),
  note: text,
});

/** Each data/figures/<name>.yaml file and its schema. */
export const FIGURE_FILES = {
  foods: foodsSchema,
  rda: rdaSchema,
  'blood-levels': bloodLevelsSchema,
  drains: drainsSchema,
  'evidence-map': evidenceMapSchema,
  'nerves-sleep': nervesSleepSchema,
} as const;
export type FigureFileName = keyof typeof FIGURE_FILES;

export type FoodsData = v.InferOutput<typeof foodsSchema>;
export type RdaData = v.InferOutput<typeof rdaSchema>;
export type BloodLevelsData = v.InferOutput<typeof bloodLevelsSchema>;
export type DrainsData = v.InferOutput<typeof drainsSchema>;
export type EvidenceMapData = v.InferOutput<typeof evidenceMapSchema>;
export type NervesSleepData = v.InferOutput<typeof nervesSleepSchema>;
export type DrainRoute = DrainsData['causes'][number]['route'];
export type Verdict = EvidenceMapData['claims'][number]['verdict'];

/** The compiled figure data in the reader's dataset; a figure whose file is absent has no data. */
export interface FigureData {
  foods?: FoodsData;
  rda?: RdaData;
  'blood-levels'?: BloodLevelsData;
  drains?: DrainsData;
  'evidence-map'?: EvidenceMapData;
  'nerves-sleep'?: NervesSleepData;
}

/** Which figure file each embeddable figure draws from (the spacing figures draw from ReaderDataset.spacing). */
export const FIGURE_NEEDS: Partial<Record<string, FigureFileName[]>> = {
  food: ['foods', 'rda'],
  rda: ['rda'],
  'blood-levels': ['blood-levels'],
  drains: ['drains'],
  'evidence-map': ['evidence-map'],
  'nerves-sleep': ['nerves-sleep'],
};

/** The term ids a figure file points to, with the field that names each, for the build's link check. */
export function figureTermLinks(data: FigureData): { file: FigureFileName; field: string; termId: string }[] {
  const links: { file: FigureFileName; field: string; termId: string }[] = [];
  const add = (file: FigureFileName, list: string, items: { term?: string | undefined }[] = []) =>
    items.forEach((item, i) => {
      if (item.term) links.push({ file, field: `${list}[${i}].term`, termId: item.term });
    });
  add('foods', 'foods', data.foods?.foods);
  add('drains', 'causes', data.drains?.causes);
  add('evidence-map', 'claims', data['evidence-map']?.claims);
  add('nerves-sleep', 'roles', data['nerves-sleep']?.roles);
  return links;
}

/**
 * Cross-file checks once every file is read: each term a figure names exists, and each figure an article
 * embeds has its data file. Returned as problems in the build's usual form (file, field, message).
 */
export function figureProblems(
  data: FigureData,
  termIds: (id: string) => boolean,
  articles: { file: string; figures: string[] }[],
): { file: string; field: string; message: string }[] {
  const problems = figureTermLinks(data)
    .filter((link) => !termIds(link.termId))
    .map((link) => ({
      file: `data/figures/${link.file}.yaml`,
      field: link.field,
      message: `no term has the id "${link.termId}"`,
    }));
  for (const article of articles) {
    for (const name of new Set(article.figures)) {
      const missing = (FIGURE_NEEDS[name] ?? []).filter((file) => !data[file]);
      if (missing.length > 0) {
        problems.push({
          file: article.file,
          field: `{{figure: ${name}}}`,
          message: `the figure draws from ${missing.map((f) => `data/figures/${f}.yaml`).join(' and ')}, which is missing or broken`,
        });
      }
    }
  }
  return problems;
}
