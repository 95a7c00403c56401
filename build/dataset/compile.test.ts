import { describe, expect, it } from 'vitest';
import { compileDataset, DatasetError, isExactCase } from './compile';

const topicYaml = (overrides = '') => `id: medications
name: Medications
color: "#2e8fb8"
description: Medicines that lower magnesium.
terms:
  - id: proton-pump-inhibitors
    name: Proton pump inhibitors (PPIs)
    specific: [proton pump inhibitor, proton pump inhibitors, PPI, PPIs, omeprazole, Crohn’s test]
    ambiguous:
      - text: PPI
        anyOf: [reflux]
        noneOf: [pixels]
    note: >-
      Taking these acid-reducing medicines for more than a year can lower magnesium. In about a quarter of
      reported cases supplements alone did not fix it.
    evidence: { grade: strong, reason: 'FDA safety communication, 2011.' }
    practical: Ask whether your magnesium should be checked.
    sources:
      - title: FDA 2011
        url: https://www.fda.gov/x
        pmid: 12345678
    related: [digoxin]
    reviewed: 2026-11-29
    readMore: medicines#proton-pump-inhibitors
  - id: digoxin
    name: Digoxin
    specific: [digoxin]
    note: >-
      Low magnesium makes the heart more sensitive to digoxin's side effects on rhythm, so levels are often
      checked in people who take it with diuretics or PPIs.
    evidence: { grade: strong, reason: Well-established physiology. }
    practical: Ask whether your magnesium is checked.
    sources: [{ title: ODS, url: "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/" }]
    reviewed: 2026-11-29
    readMore: medicines#digoxin
${overrides}`;

const article = (body = '') => `---
id: medicines
title: Medicines that lower magnesium
summary: Which medicines matter.
order: 4
reviewed: 2026-11-29
sources:
  - title: FDA 2011
    url: https://www.fda.gov/x
---
## Proton pump inhibitors {#proton-pump-inhibitors}

Long-term [omeprazole](term:proton-pump-inhibitors) use can *lower* **magnesium**. See [FDA](https://www.fda.gov/x).

- one
- two

## Digoxin

| Medicine | Gap |
|---|---|
| digoxin | none |
${body}`;

const compile = (topics: string, articles = article()) =>
  compileDataset({
    topics: [{ file: 'data/topics/medications.yaml', text: topics }],
    articles: [{ file: 'data/articles/4-medicines.md', text: articles }],
  });

function problemsOf(fn: () => unknown): string[] {
  try {
    fn();
  } catch (error) {
    if (error instanceof DatasetError)
      return error.problems.map((p) => `${p.file}: ${p.field}: ${p.message}`);
    throw error;
  }
  throw new Error('expected the dataset to be refused');
}

describe('compileDataset', () => {
  it('compiles topics, cards, matcher entries, articles and the search index', () => {
    const data = compile(topicYaml());
    expect(data.topics).toEqual([
      expect.objectContaining({ id: 'medications', name: 'Medications', termCount: 2 }),
    ]);
    const ppi = data.terms.find((t) => t.id === 'proton-pump-inhibitors')!;
    expect(ppi.article).toEqual({
      articleId: 'medicines',
      sectionId: 'proton-pump-inhibitors',
      label: 'Medicines that lower magnesium › Proton pump inhibitors',
    });
    expect(ppi.sources[0]).toEqual({ title: 'FDA 2011', url: 'https://www.fda.gov/x', pmid: '12345678' });
    expect(data.matcher.find((m) => m.text === 'PPI')).toEqual({
      text: 'PPI',
      termId: 'proton-pump-inhibitors',
      exactCase: true,
      kind: 'specific',
      context: { anyOf: ['reflux'], noneOf: ['pixels'] },
    });
    expect(data.matcher.find((m) => m.text === 'omeprazole')?.exactCase).toBe(false);
    // Curly apostrophes are stored straight; the matcher accepts both on pages.
    expect(data.matcher.some((m) => m.text === "Crohn's test")).toBe(true);
    expect(data.articles[0]?.sections.map((s) => s.id)).toEqual(['proton-pump-inhibitors', 'digoxin']);
    expect(data.articles[0]?.sections[0]?.blocks[0]).toEqual({
      t: 'p',
      c: [
        { t: 'text', v: 'Long-term ' },
        { t: 'term', termId: 'proton-pump-inhibitors', c: [{ t: 'text', v: 'omeprazole' }] },
        { t: 'text', v: ' use can ' },
        { t: 'em', c: [{ t: 'text', v: 'lower' }] },
        { t: 'text', v: ' ' },
        { t: 'strong', c: [{ t: 'text', v: 'magnesium' }] },
        { t: 'text', v: '. See ' },
        { t: 'link', href: 'https://www.fda.gov/x', c: [{ t: 'text', v: 'FDA' }] },
        { t: 'text', v: '.' },
      ],
    });
    expect(data.search.find((d) => d.ref === 'proton-pump-inhibitors')?.keywords).toContain('PPIs');
    expect(data.search.find((d) => d.ref === 'medicines#digoxin')?.body).toContain('digoxin none');
    // List items stay apart in search snippets.
    expect(data.search.find((d) => d.ref === 'medicines#proton-pump-inhibitors')?.body).toContain('one; two');
    expect(data.version).toMatch(/^[0-9a-f]{8}$/);
  });

  it('names the file and field of a wrong evidence grade', () => {
    expect(problemsOf(() => compile(topicYaml().replace('grade: strong', 'grade: high')))).toEqual([
      expect.stringMatching(
        /^data\/topics\/medications\.yaml: terms\[0\] \(proton-pump-inhibitors\)\.evidence\.grade: .*strong.*/,
      ),
    ]);
  });

  it('names a missing field and misspelt fields, in a term and in a source', () => {
    const broken = topicYaml()
      .replace('    practical: Ask whether your magnesium should be checked.\n', '')
      .replace('specific: [digoxin]', 'varaints: [digoxin]')
      .replace('url: https://www.fda.gov/x', 'link: https://www.fda.gov/x');
    const problems = problemsOf(() => compile(broken));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('terms[0] (proton-pump-inhibitors).practical: is missing'),
        expect.stringContaining('terms[1] (digoxin).varaints: unknown field'),
        expect.stringContaining('terms[0] (proton-pump-inhibitors).sources[0].link: unknown field'),
      ]),
    );
  });

  it('refuses a wording that belongs to two terms unless both flag it ambiguous', () => {
    const problems = problemsOf(() =>
      compile(topicYaml().replace('specific: [digoxin]', 'specific: [digoxin, PPIs]')),
    );
    expect(problems).toEqual([expect.stringContaining('"PPIs" also belongs to "proton-pump-inhibitors"')]);
  });

  it('refuses dangling related terms, readMore links and term links in articles', () => {
    const problems = problemsOf(() =>
      compile(
        topicYaml()
          .replace('related: [digoxin]', 'related: [antacids]')
          .replace('medicines#digoxin', 'medicines#dig'),
        article('\nSee [x](term:nope).\n'),
      ),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringContaining('related: no term has the id "antacids"'),
        expect.stringContaining('readMore: article "medicines" has no section "dig"'),
        expect.stringContaining(
          'data/articles/4-medicines.md: section "digoxin": links to unknown term "term:nope"',
        ),
      ]),
    );
  });

  it('reports broken YAML with its line, and raw HTML in articles', () => {
    const problems = problemsOf(() => compile('id: [unclosed\n', article('\n<script>alert(1)</script>\n')));
    expect(problems).toEqual([
      expect.stringMatching(/^data\/topics\/medications\.yaml: line \d+: not valid YAML/),
      expect.stringContaining(
        'data/articles/4-medicines.md: body: section "digoxin": unsupported Markdown (html)',
      ),
    ]);
  });

  it('refuses a search-page source and names the file and the field', () => {
    const problems = problemsOf(() =>
      compile(
        topicYaml().replace(
          'url: https://www.fda.gov/x',
          'url: https://pubmed.ncbi.nlm.nih.gov/?term=ppi+magnesium',
        ),
      ),
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^data\/topics\/medications\.yaml: terms\[0\] \(proton-pump-inhibitors\)\.sources\[0\]\.url: links to a search page/,
      ),
    ]);
  });

  it("refuses a site's home page as a source, and a search link in an article's text", () => {
    const problems = problemsOf(() =>
      compile(
        topicYaml().replace(
          'url: "https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/"',
          'url: "https://www.medicines.org.uk/emc/"',
        ),
        article('\nSee [the search](https://www.medicines.org.uk/emc/search?q=doxycycline).\n'),
      ),
    );
    expect(problems).toEqual([
      expect.stringContaining("terms[1] (digoxin).sources[0].url: links to a site's home page"),
      expect.stringContaining(
        'data/articles/4-medicines.md: section "digoxin" link https://www.medicines.org.uk/emc/search?q=doxycycline: links to a search page',
      ),
    ]);
  });

  it('accepts a title-only citation and keeps it without a url', () => {
    const data = compile(topicYaml().replace('        url: https://www.fda.gov/x\n', ''));
    expect(data.terms[0]?.sources[0]).toEqual({ title: 'FDA 2011', pmid: '12345678' });
  });

  it('requires a reviewed date on every term and article, as an ISO date', () => {
    const problems = problemsOf(() =>
      compile(
        topicYaml()
          .replace(
            '    reviewed: 2026-11-29\n    readMore: medicines#digoxin',
            '    readMore: medicines#digoxin',
          )
          .replace('reviewed: 2026-11-29', 'reviewed: November 2026'),
        article().replace('reviewed: 2026-11-29\n', ''),
      ),
    );
    expect(problems).toEqual([
      expect.stringContaining('terms[0] (proton-pump-inhibitors).reviewed: write the date as YYYY-MM-DD'),
      expect.stringContaining('terms[1] (digoxin).reviewed: is missing'),
      expect.stringContaining('data/articles/4-medicines.md: reviewed: is missing'),
    ]);
    const data = compile(topicYaml());
    expect(data.terms.map((t) => t.reviewed)).toEqual(['2026-11-29', '2026-11-29']);
    expect(data.articles[0]?.reviewed).toBe('2026-11-29');
  });

  it('compiles the spacing table and refuses a card whose hours the table does not give', () => {
    const spacing = (hoursAfter: number) => ({
      file: 'data/medicine-spacing.yaml',
      text: `rows:
  - medicine: Digoxin
    termId: digoxin
    hoursBefore: 1
    hoursAfter: ${hoursAfter}
    source: { title: A label with no verified link }
`,
    });
    const withCardHours = topicYaml().replace(
      'practical: Ask whether your magnesium is checked.',
      'practical: Take it at least 1 hour before or 2 hours after magnesium.',
    );
    const data = compileDataset({
      topics: [{ file: 'data/topics/medications.yaml', text: withCardHours }],
      articles: [{ file: 'data/articles/4-medicines.md', text: article() }],
      spacing: spacing(2),
    });
    expect(data.spacing).toEqual([
      {
        medicine: 'Digoxin',
        termId: 'digoxin',
        hoursBefore: 1,
        hoursAfter: 2,
        source: { title: 'A label with no verified link' },
      },
    ]);
    const problems = problemsOf(() =>
      compileDataset({
        topics: [{ file: 'data/topics/medications.yaml', text: withCardHours }],
        articles: [{ file: 'data/articles/4-medicines.md', text: article() }],
        spacing: spacing(6),
      }),
    );
    expect(problems).toEqual([
      'data/topics/medications.yaml: digoxin (note or practical): says "2 hours after" but data/medicine-spacing.yaml gives no such gap for this medicine',
    ]);
  });

  it('names the row and field of a broken spacing table', () => {
    const compileWith = (row: string) =>
      compileDataset({
        topics: [{ file: 'data/topics/medications.yaml', text: topicYaml() }],
        articles: [{ file: 'data/articles/4-medicines.md', text: article() }],
        spacing: { file: 'data/medicine-spacing.yaml', text: `rows:\n  - ${row}\n` },
      });
    expect(
      problemsOf(() =>
        compileWith('{ medicine: X, termId: nope, hoursBefore: 2, hoursAfter: 6, source: { title: T } }'),
      ),
    ).toEqual(['data/medicine-spacing.yaml: rows[0].termId: no term has the id "nope"']);
    expect(
      problemsOf(() =>
        compileWith(
          '{ medicine: X, termId: digoxin, hoursBefore: 2, hoursAfter: two, source: { title: T } }',
        ),
      ),
    ).toEqual([
      expect.stringContaining('data/medicine-spacing.yaml: rows[0].hoursAfter: give hours as a number'),
    ]);
  });

  it('keeps notes short: over 80 words is refused', () => {
    const long = Array.from({ length: 90 }, () => 'word').join(' ');
    const problems = problemsOf(() =>
      compile(topicYaml().replace(/note: >-\n {6}Taking[^\n]*\n[^\n]*\n/, `note: ${long}\n`)),
    );
    expect(problems).toEqual([expect.stringContaining('(proton-pump-inhibitors).note: keep the note under')]);
  });
});

describe('case rules', () => {
  it('treats wordings with two capitals in a row as exact-case abbreviations', () => {
    expect(['PPI', 'IBS', 'GABA', 'RLS', 'HPA axis', 'PPIs'].every(isExactCase)).toBe(true);
    expect(['omeprazole', 'Prilosec', "Crohn's disease", 'vitamin D'].some(isExactCase)).toBe(false);
  });
});
