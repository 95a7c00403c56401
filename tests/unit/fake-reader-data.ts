import type { CardTerm, ReaderDataset, SearchDoc } from '@/utils/dataset/types';

/** A small ReaderDataset for unit tests, independent of the real files under data/. */

function term(id: string, name: string, topicId: string, extra: Partial<CardTerm> = {}): CardTerm {
  return {
    id,
    name,
    topicId,
    note: `${name} can be linked to magnesium. A second sentence says more.`,
    grade: 'moderate',
    gradeReason: 'Some trials.',
    practical: `Ask your doctor about ${name.toLowerCase()}.`,
    redFlags: [],
    sources: [{ title: `Source on ${name}`, url: `https://example.org/${id}`, pmid: '123' }],
    related: [],
    article: { articleId: 'medicines', sectionId: 'proton-pump-inhibitors', label: 'Medicines › PPIs' },
    ...extra,
  };
}

const terms: CardTerm[] = [
  term('proton-pump-inhibitors', 'Proton pump inhibitors (PPIs)', 'medications', {
    grade: 'strong',
    redFlags: ['Palpitations or seizures while on a PPI long term.'],
    related: ['diuretics'],
  }),
  term('diuretics', 'Diuretics', 'medications'),
  term('insomnia', 'Insomnia', 'sleep'),
  term('magnesium-glycinate', 'Magnesium glycinate', 'food-supplements'),
  term('magnesium-citrate', 'Magnesium citrate', 'food-supplements'),
  term('pumpkin-seeds', 'Pumpkin seeds', 'food-supplements'),
];

const variants: Record<string, string[]> = {
  'proton-pump-inhibitors': ['proton pump inhibitor', 'PPI', 'PPIs', 'omeprazole', 'Prilosec'],
  diuretics: ['diuretic', 'water pills', 'furosemide'],
  insomnia: ['insomnia', 'sleeplessness'],
  'magnesium-glycinate': ['magnesium glycinate', 'magnesium bisglycinate'],
  'magnesium-citrate': ['magnesium citrate'],
  'pumpkin-seeds': ['pumpkin seeds', 'pepitas'],
};

const topicNames: Record<string, string> = {
  medications: 'Medications',
  sleep: 'Sleep',
  'food-supplements': 'Food & supplements',
};

const termDocs: SearchDoc[] = terms.map((t) => ({
  kind: 'term',
  ref: t.id,
  title: t.name,
  keywords: [...(variants[t.id] ?? []), topicNames[t.topicId] ?? ''],
  body: t.note,
}));

export const fakeReaderData: ReaderDataset = {
  version: 'test',
  topics: Object.entries(topicNames).map(([id, name]) => ({
    id,
    name,
    color: '#2f7d6d',
    description: `${name} and magnesium.`,
    termCount: terms.filter((t) => t.topicId === id).length,
  })),
  terms,
  matcher: [],
  spacing: [],
  figures: {},
  articles: [
    {
      id: 'medicines',
      title: 'Medicines that lower magnesium',
      summary: 'Which medicines lower magnesium.',
      order: 4,
      sources: [{ title: 'FDA safety communication', url: 'https://www.fda.gov/ppi' }],
      sections: [
        {
          id: 'proton-pump-inhibitors',
          heading: 'Proton pump inhibitors',
          blocks: [
            {
              t: 'p',
              c: [
                { t: 'text', v: 'Taking ' },
                { t: 'term', termId: 'proton-pump-inhibitors', c: [{ t: 'text', v: 'omeprazole' }] },
                { t: 'text', v: ' for a year can ' },
                { t: 'strong', c: [{ t: 'text', v: 'lower magnesium' }] },
                { t: 'text', v: '. See ' },
                { t: 'link', href: 'https://www.fda.gov/ppi', c: [{ t: 'text', v: 'the FDA' }] },
                { t: 'text', v: '.' },
              ],
            },
          ],
        },
        {
          id: 'spacing-table',
          heading: 'Spacing supplements',
          blocks: [
            { t: 'h3', c: [{ t: 'text', v: 'Antibiotics' }] },
            { t: 'ul', items: [[{ t: 'text', v: 'Two hours before tetracyclines' }]] },
            {
              t: 'table',
              head: [[{ t: 'text', v: 'Medicine' }], [{ t: 'text', v: 'Gap' }]],
              rows: [[[{ t: 'text', v: 'Bisphosphonates' }], [{ t: 'text', v: '2 hours' }]]],
            },
          ],
        },
      ],
    },
    {
      id: 'sleep',
      title: 'Magnesium and sleep',
      summary: 'What trials show.',
      order: 3,
      sources: [],
      sections: [
        {
          id: 'what-trials-show',
          heading: 'What trials show',
          blocks: [{ t: 'p', c: [{ t: 'text', v: 'Older adults fell asleep about 17 minutes faster.' }] }],
        },
      ],
    },
  ],
  search: [
    ...termDocs,
    {
      kind: 'section',
      ref: 'medicines#proton-pump-inhibitors',
      title: 'Proton pump inhibitors',
      keywords: ['Medicines that lower magnesium'],
      body: 'Taking omeprazole for a year can lower magnesium. See the FDA.',
    },
    {
      kind: 'section',
      ref: 'sleep#what-trials-show',
      title: 'What trials show',
      keywords: ['Magnesium and sleep'],
      body: 'Older adults fell asleep about 17 minutes faster in three small trials.',
    },
  ],
};
