import { describe, expect, it } from 'vitest';
import { whyNotASourceUrl } from '@/utils/dataset/source-url';
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

/** Wordings of the terms added where magnesium matters most (issue 12), each of which must be found too. */
const NEW_SEEDS = [
  'pre-eclampsia',
  'preeclampsia',
  'eclampsia',
  'MgSO4',
  'IV magnesium',
  'magnesium sulfate injection',
  'acute severe asthma',
  'status asthmaticus',
  'antacids',
  'Maalox',
  'laxatives',
  'GERD',
  'acid reflux',
  'levothyroxine',
  'Synthroid',
  'gabapentin',
  'dolutegravir',
  'Biktarvy',
  'raltegravir',
  'cisplatin',
  'carboplatin',
  'tacrolimus',
  'ciclosporin',
  'cetuximab',
  'panitumumab',
  'amphotericin B',
  'foscarnet',
  'pentamidine',
  'refeeding syndrome',
  'heart failure',
  'epilepsy',
  'iron supplements',
  'zinc supplements',
  'calcium supplements',
  'kidney stones',
  'empagliflozin',
  'SGLT2 inhibitors',
  'premenstrual syndrome',
  'dysmenorrhoea',
  'fibromyalgia',
  'ADHD',
  'athletes',
  'gastric bypass',
  'bariatric surgery',
  'magnesium chloride',
  'magnesium L-threonate',
  'magnesium taurate',
  'type 1 diabetes',
  'gestational diabetes',
  'low blood pressure',
  'hypotension',
  'moxifloxacin',
  'ibandronate',
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
  "Pregnancy & women's health",
  'Hospital care',
];

/** What a block of page text marks: the term ids of matches whose context lets them count on a health page. */
function termsIn(block: string, pageIsAboutHealth: boolean): string[] {
  return marksInPassage(block, matcher, pageIsAboutHealth).map((mark) => mark.termId);
}

describe('the shipped dataset', () => {
  it('has the thirteen topics, by their user-facing names, each with its own colour', () => {
    expect(dataset.topics.map((t) => t.name).sort()).toEqual([...TOPIC_NAMES].sort());
    for (const topic of dataset.topics) expect(topic.termCount).toBeGreaterThan(0);
    const rgb = (hex: string) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
    for (const [i, a] of dataset.topics.entries()) {
      for (const b of dataset.topics.slice(i + 1)) {
        const distance = Math.hypot(...rgb(a.color).map((c, k) => c - (rgb(b.color)[k] ?? 0)));
        expect(distance, `${a.name} and ${b.name} look alike`).toBeGreaterThan(30);
      }
    }
  });

  it.each([...SEEDS, ...NEW_SEEDS])('finds "%s" as a whole term in a health sentence', (seed) => {
    const sentence = `My doctor mentioned ${seed} at the visit about magnesium deficiency and diet.`;
    const match = matcher.findAll(sentence).find((m) => sentence.slice(m.start, m.end) === seed);
    expect(match, `no wording matches "${seed}"`).toBeDefined();
    expect(termsIn(sentence, true).length).toBeGreaterThan(0);
  });

  it('gives every card a grade with its reason, a practical line and at least one source', () => {
    for (const term of dataset.terms) {
      expect(['strong', 'moderate', 'limited', 'contested'], term.id).toContain(term.grade);
      expect(term.gradeReason.length, term.id).toBeGreaterThan(10);
      expect(term.practical.length, term.id).toBeGreaterThan(10);
      expect(term.sources.length, term.id).toBeGreaterThan(0);
    }
  });

  it('cites no search page, search form or home page anywhere: a record, or the title with no link', () => {
    const sources = [
      ...dataset.terms.flatMap((t) => t.sources.map((s) => ({ where: t.id, s }))),
      ...dataset.articles.flatMap((a) => a.sources.map((s) => ({ where: a.id, s }))),
      ...dataset.spacing.map((r) => ({ where: r.medicine, s: r.source })),
    ];
    for (const { where, s } of sources) {
      expect(s.title.length, where).toBeGreaterThan(5);
      if (s.url === undefined) continue;
      expect(s.url, where).toMatch(/^https:\/\//);
      expect(whyNotASourceUrl(s.url), `${where}: ${s.url}`).toBeNull();
      expect(s.url, where).not.toMatch(/[?&](term|q|query)=/);
    }
  });

  it('carries the review date on every card and every article', () => {
    for (const term of dataset.terms) expect(term.reviewed, term.id).toBe('2026-11-29');
    for (const article of dataset.articles) expect(article.reviewed, article.id).toBe('2026-11-29');
  });

  it("has a spacing table whose every medicine has a card, and whose cards' Read more lands on it", () => {
    const medicines = dataset.articles.find((a) => a.id === 'medicines');
    const section = medicines?.sections.find((s) => s.id === 'spacing-table');
    expect(section?.blocks).toContainEqual({ t: 'figure', name: 'medicine-spacing' });
    const ids = new Set(dataset.terms.map((t) => t.id));
    expect(dataset.spacing.length).toBeGreaterThanOrEqual(10);
    for (const row of dataset.spacing) {
      expect(ids.has(row.termId), row.medicine).toBe(true);
      const term = dataset.terms.find((t) => t.id === row.termId);
      expect(`${term?.article.articleId}#${term?.article.sectionId}`, row.termId).toBe(
        'medicines#spacing-table',
      );
    }
    const gap = (name: string) => dataset.spacing.find((r) => r.medicine.startsWith(name));
    expect([gap('Ciprofloxacin')?.hoursBefore, gap('Ciprofloxacin')?.hoursAfter]).toEqual([2, 6]);
    expect([gap('Levofloxacin')?.hoursBefore, gap('Levofloxacin')?.hoursAfter]).toEqual([2, 2]);
    expect([gap('Moxifloxacin')?.hoursBefore, gap('Moxifloxacin')?.hoursAfter]).toEqual([4, 8]);
    expect(gap('Ibandronate')?.hoursBefore).toBe(1);
    expect(gap('Alendronate')?.hoursBefore).toBe(0.5);
    expect(gap('Raltegravir')?.avoid).toBe(true);
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
    expect(note('pre-eclampsia')).toMatch(/pills do not prevent/);
    expect(note('fibromyalgia')).toMatch(/no good evidence/);
    expect(note('adhd')).toMatch(/no trial of magnesium alone/);
    expect(note('kidney-stones')).toMatch(/not been shown/);
    expect(note('low-blood-pressure')).toMatch(/does not treat/);
  });

  it('warns where the review found the cards under-warned', () => {
    const card = (id: string) => {
      const t = dataset.terms.find((x) => x.id === id);
      return `${t?.note} ${t?.practical} ${t?.redFlags.join(' ')}`.toLowerCase();
    };
    expect(card('diuretics')).toMatch(/thiazide/);
    expect(card('diuretics')).toMatch(/three times/);
    expect(card('hypermagnesemia')).toMatch(/normal kidneys/);
    expect(card('ageing')).toMatch(/laxative or antacid/);
    expect(card('epsom-salts')).toMatch(/by mouth/);
    expect(card('migraine')).toMatch(/600 mg/);
    expect(card('hypomagnesemia')).toMatch(/mg\/dl/);
  });
});

/** The kinds of diabetes and of blood pressure must not open each other's cards (issue 12). */
describe('wrong-card cases', () => {
  const marked = (text: string) => termsIn(text, true);

  it('never opens the type 2 diabetes card on a type 1 diabetes page', () => {
    const page =
      'Type 1 diabetes is an autoimmune condition. Children with type 1 diabetes need insulin every day, and diabetes camps teach them to check their blood glucose.';
    expect(marked(page)).not.toContain('type-2-diabetes');
    expect(marked(page)).toContain('type-1-diabetes');
  });

  it('never opens the type 2 diabetes card on a gestational diabetes page', () => {
    const page =
      'Gestational diabetes develops during pregnancy. Most women with diabetes in pregnancy control it with diet, and some need insulin.';
    expect(marked(page)).not.toContain('type-2-diabetes');
    expect(marked(page)).toContain('gestational-diabetes');
  });

  it('opens no diabetes card at all for diabetes insipidus', () => {
    const page =
      'Diabetes insipidus makes the kidneys pass large amounts of dilute urine; it is treated with desmopressin.';
    expect(marked(page).filter((id) => /diabetes/.test(id))).toEqual([]);
  });

  it('never opens the hypertension card on a low blood pressure page', () => {
    const page =
      'Low blood pressure (hypotension) can make you dizzy when you stand up. Your blood pressure may drop after a meal; orthostatic hypotension is common in older adults.';
    expect(marked(page)).not.toContain('hypertension');
    expect(marked(page)).toContain('low-blood-pressure');
  });

  it('still opens the type 2 and hypertension cards on their own pages', () => {
    expect(marked('Type 2 diabetes is linked to insulin resistance.')).toContain('type-2-diabetes');
    expect(marked('High blood pressure (hypertension) raises the risk of stroke.')).toContain('hypertension');
  });
});

describe('ambiguous wordings outside health', () => {
  it('does not mark a police drug seizure, a cast-iron pan, a galvanised zinc roof or an asthma-friendly product', () => {
    expect(termsIn('Police announced a record drug seizure of cocaine at the port.', true)).toEqual([]);
    expect(termsIn('Season the cast iron skillet before you cook with it.', true)).toEqual([]);
    expect(termsIn('The shed has a galvanised zinc roof.', true)).toEqual([]);
    expect(termsIn('This vacuum is certified asthma friendly by the brand.', true)).toEqual([]);
  });

  it('does not mark heart failure used as a metaphor, or an ADHD joke', () => {
    expect(termsIn('That last-minute goal almost gave me heart failure, joked the fans.', true)).toEqual([]);
    expect(termsIn("lol I'm so ADHD today, meme incoming", true)).toEqual([]);
    expect(termsIn('The watch costs CHF 1,200 at the Zurich shop.', true)).toEqual([]);
    expect(termsIn('The athletes won three Olympic medals in the relay.', true)).toEqual([]);
  });

  it('marks the same words in a health context', () => {
    expect(
      termsIn('She had two seizures and her neurologist changed her epilepsy medication.', false),
    ).toContain('seizures');
    expect(
      termsIn('Take iron supplements and iron tablets away from your thyroid medicine.', false),
    ).toContain('mineral-supplements');
    expect(termsIn('Heart failure patients on diuretics need their potassium checked.', false)).toContain(
      'heart-failure',
    );
  });

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
