import { describe, expect, it } from 'vitest';
import { marksInPassage } from '@/utils/matcher/passage';
import { createTermMatcher } from '@/utils/matcher/term-matcher';
import { loadDataset } from './load-files';

/** The shipped dataset itself, compiled strictly (no draft mode): what every user gets. */
const dataset = loadDataset(process.cwd());
const matcher = createTermMatcher(dataset.matcher);

/** Every wording the dataset issue names, each of which must be found on a page. */
const SEEDS = [
  'insomnia',
  'trouble staying asleep',
  'sleep quality',
  'night cramps',
  'leg cramps',
  'restless legs',
  'restless legs syndrome',
  'RLS',
  'muscle cramps',
  'muscle spasms',
  'fasciculations',
  'twitching',
  'tremor',
  'fatigue',
  'anxiety',
  'depression',
  'migraine',
  'arrhythmia',
  'irregular heartbeat',
  'palpitations',
  'hypertension',
  'high blood pressure',
  'insulin resistance',
  'type 2 diabetes',
  'blood sugar',
  'glycemic control',
  'metabolic syndrome',
  'osteoporosis',
  'bone density',
  'fracture risk',
  'proton pump inhibitors',
  'PPI',
  'PPIs',
  'omeprazole',
  'esomeprazole',
  'lansoprazole',
  'pantoprazole',
  'rabeprazole',
  'Prilosec',
  'Nexium',
  'diuretics',
  'loop diuretics',
  'thiazide',
  'furosemide',
  'hydrochlorothiazide',
  'water pills',
  'antibiotics',
  'fluoroquinolones',
  'ciprofloxacin',
  'levofloxacin',
  'tetracyclines',
  'doxycycline',
  'aminoglycosides',
  'bisphosphonates',
  'alendronate',
  'digoxin',
  'alcohol use',
  'caffeine',
  'coffee',
  'chronic stress',
  'cortisol',
  'HPA axis',
  'malabsorption',
  "Crohn's disease",
  'Crohn’s disease',
  'celiac disease',
  'IBS',
  'gastritis',
  'constipation',
  'ageing',
  'kidney disease',
  'hypomagnesemia',
  'hypermagnesemia',
  'NMDA receptor',
  'GABA',
  'melatonin',
  'calcium',
  'potassium',
  'hypokalemia',
  'vitamin D',
  'B vitamins',
  'leafy greens',
  'spinach',
  'pumpkin seeds',
  'almonds',
  'nuts',
  'seeds',
  'legumes',
  'black beans',
  'magnesium glycinate',
  'magnesium citrate',
  'magnesium oxide',
  'Epsom salts',
  'magnesium oil',
  'transdermal magnesium',
];

const TOPIC_NAMES = [
  'Sleep',
  'Muscles & nerves',
  'Mood & stress',
  'Heart & blood pressure',
  'Blood sugar & metabolism',
  'Bones',
  'Medications',
  'Digestion & absorption',
  'Food & supplements',
  'Body chemistry',
  'Lifestyle',
];

/** What a block of page text marks: the term ids of matches whose context lets them count on a health page. */
function termsIn(block: string, pageIsAboutHealth: boolean): string[] {
  return marksInPassage(block, matcher, pageIsAboutHealth).map((mark) => mark.termId);
}

describe('the shipped dataset', () => {
  it('has the eleven topics, by their user-facing names', () => {
    expect(dataset.topics.map((t) => t.name).sort()).toEqual([...TOPIC_NAMES].sort());
    for (const topic of dataset.topics) expect(topic.termCount).toBeGreaterThan(0);
  });

  it.each(SEEDS)('finds "%s" as a whole term in a health sentence', (seed) => {
    const sentence = `My doctor mentioned ${seed} at the visit about magnesium deficiency and diet.`;
    const match = matcher.findAll(sentence).find((m) => sentence.slice(m.start, m.end) === seed);
    expect(match, `no wording matches "${seed}"`).toBeDefined();
    expect(termsIn(sentence, true).length).toBeGreaterThan(0);
  });

  it('gives every card a grade with its reason, a practical line and at least one source with a URL', () => {
    for (const term of dataset.terms) {
      expect(['strong', 'moderate', 'limited', 'contested'], term.id).toContain(term.grade);
      expect(term.gradeReason.length, term.id).toBeGreaterThan(10);
      expect(term.practical.length, term.id).toBeGreaterThan(10);
      expect(term.sources.length, term.id).toBeGreaterThan(0);
      for (const source of term.sources) expect(source.url, term.id).toMatch(/^https:\/\//);
    }
  });

  it('links every card to a real article section and to real related terms', () => {
    const ids = new Set(dataset.terms.map((t) => t.id));
    for (const term of dataset.terms) {
      const article = dataset.articles.find((a) => a.id === term.article.articleId);
      expect(
        article?.sections.some((s) => s.id === term.article.sectionId),
        term.id,
      ).toBe(true);
      for (const rel of term.related) expect(ids.has(rel), `${term.id} → ${rel}`).toBe(true);
    }
  });

  it('has five articles, each with sections and sources', () => {
    expect(dataset.articles.map((a) => a.id)).toEqual([
      'deficiency',
      'evidence',
      'sleep',
      'medicines',
      'food',
    ]);
    for (const article of dataset.articles) {
      expect(article.sections.length, article.id).toBeGreaterThan(2);
      expect(article.sources.length, article.id).toBeGreaterThan(0);
    }
  });

  it('gives each wording to one term only, unless every term using it flags it ambiguous', () => {
    const owners = new Map<string, typeof dataset.matcher>();
    for (const entry of dataset.matcher) {
      const key = entry.exactCase ? entry.text : entry.text.toLowerCase();
      owners.set(key, [...(owners.get(key) ?? []), entry]);
    }
    for (const [wording, entries] of owners) {
      if (entries.length > 1)
        expect(
          entries.every((e) => e.context),
          wording,
        ).toBe(true);
    }
  });

  it('is honest where magnesium does not help', () => {
    const note = (id: string) => dataset.terms.find((t) => t.id === id)?.note.toLowerCase() ?? '';
    expect(note('night-cramps')).toMatch(/unlikely|not|no /);
    expect(note('epsom-salts')).toMatch(/unsupported|no good evidence|not|little/);
  });
});

describe('ambiguous wordings outside health', () => {
  it('does not mark pixel density on a phone review', () => {
    expect(
      termsIn('The 6.1-inch OLED display packs 411 PPI, so text looks sharp on this phone.', false),
    ).toEqual([]);
  });

  it('does not mark a CPU stress test on a hardware review', () => {
    expect(termsIn('We ran a CPU stress test for an hour and the fans stayed quiet.', false)).toEqual([]);
  });

  it('does not mark an economic depression', () => {
    expect(termsIn('The economic depression of the 1930s cut GDP by a quarter.', false)).toEqual([]);
    expect(termsIn('The economic depression of the 1930s cut GDP by a quarter.', true)).toEqual([]);
  });

  it('does not offer nuts as a magnesium source on a nut-allergy story', () => {
    expect(
      termsIn(
        'Children with peanut allergies reacted to peanuts, tree nuts and peanut butter in the trial.',
        true,
      ),
    ).toEqual([]);
    expect(termsIn('A handful of nuts is an easy snack that adds magnesium.', false)).toContain('nuts');
  });

  it('still marks them on health pages', () => {
    expect(termsIn('Long-term PPI use for heartburn can lower magnesium.', false)).toContain(
      'proton-pump-inhibitors',
    );
    expect(termsIn('Her depression and anxiety improved with therapy.', true)).toContain('depression');
  });
});
