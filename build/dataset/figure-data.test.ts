import { describe, expect, it } from 'vitest';
import { compileDataset, DatasetError } from './compile';

const topic = {
  file: 'data/topics/sleep.yaml',
  text: `id: sleep
name: Sleep
color: "#2e8fb8"
description: Sleep and magnesium.
terms:
  - id: insomnia
    name: Insomnia
    specific: [insomnia]
    note: >-
      A review of three small trials found older adults fell asleep about seventeen minutes faster with
      magnesium, with low certainty.
    evidence: { grade: limited, reason: Three small trials. }
    practical: Ask your doctor about sleep that stays poor for weeks.
    sources: [{ title: A review, url: "https://example.org/review" }]
    readMore: sleep#trials
    reviewed: 2026-11-29
`,
};
const article = (body: string) => ({
  file: 'data/articles/3-sleep.md',
  text: `---
id: sleep
title: Sleep
summary: What trials show.
order: 3
reviewed: 2026-11-29
sources: [{ title: A review, url: "https://example.org/review" }]
---
## Trials {#trials}

Text.

${body}
`,
});
const figure = (name: string, text: string) => ({ file: `data/figures/${name}.yaml`, text });
const evidenceMap = (term: string) =>
  figure(
    'evidence-map',
    `claims:\n  - { term: ${term}, claim: Helps sleep, verdict: helps, finding: Faster }\n`,
  );

function problemsOf(input: Parameters<typeof compileDataset>[0]): string[] {
  try {
    compileDataset(input);
  } catch (error) {
    if (error instanceof DatasetError)
      return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw error;
  }
  return [];
}

describe('figure data (data/figures/*.yaml)', () => {
  it('compiles into the reader dataset, and an article may embed the figure that reads it', () => {
    const data = compileDataset({
      topics: [topic],
      articles: [article('{{figure: evidence-map}}')],
      figures: [evidenceMap('insomnia')],
    });
    expect(data.figures['evidence-map']?.claims).toEqual([
      { term: 'insomnia', claim: 'Helps sleep', verdict: 'helps', finding: 'Faster' },
    ]);
  });

  it('names the file and the field of a term that does not exist', () => {
    expect(
      problemsOf({ topics: [topic], articles: [article('')], figures: [evidenceMap('insmnia')] }),
    ).toEqual(['data/figures/evidence-map.yaml: claims[0].term: no term has the id "insmnia"']);
  });

  it('refuses an article that embeds a figure whose data file is missing', () => {
    expect(problemsOf({ topics: [topic], articles: [article('{{figure: food}}')], figures: [] })).toEqual([
      'data/articles/3-sleep.md: {{figure: food}}: the figure draws from data/figures/foods.yaml and data/figures/rda.yaml, which is missing or broken',
    ]);
  });

  it('names a wrong number, a misspelt field and a file no figure reads', () => {
    const problems = problemsOf({
      topics: [topic],
      articles: [article('')],
      figures: [
        figure(
          'foods',
          `dailyValueMg: 420\nsource: { title: ODS, url: "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/" }\nfoods:\n  - { name: Almonds, serving: 1 oz, mg: -80 }\n  - { name: Kale, serving: 1 cup, mgs: 20 }\n`,
        ),
        figure('pie', 'slices: []\n'),
      ],
    });
    expect(problems).toContain('data/figures/foods.yaml: foods[0].mg: at least 1 mg');
    expect(problems).toContain('data/figures/foods.yaml: foods[1].mg: is missing');
    expect(problems.some((p) => p.startsWith('data/figures/foods.yaml: foods[1].mgs: unknown field'))).toBe(
      true,
    );
    expect(problems).toContain(
      'data/figures/pie.yaml: (file): no figure reads this file (known: foods, rda, blood-levels, drains, evidence-map, nerves-sleep)',
    );
  });

  it('refuses a normal blood range that overlaps the level where signs of too much begin', () => {
    const problems = problemsOf({
      topics: [topic],
      articles: [article('')],
      figures: [
        figure(
          'blood-levels',
          `normal: { from: 0.75, to: 1.9 }
highSymptomsFrom: { from: 1.74, to: 2.61 }
mgPerDlPerMmol: 2.43
low: { label: Low, signs: [], atRisk: [] }
high: { label: High, signs: [], atRisk: [] }
sources: [{ title: ODS, url: "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/" }]
`,
        ),
      ],
    });
    expect(problems).toEqual([
      'data/figures/blood-levels.yaml: (file): the normal range must end below highSymptomsFrom',
    ]);
  });
});
