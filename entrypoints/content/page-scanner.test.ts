import { describe, expect, it } from 'vitest';
import type { MatcherEntry } from '@/utils/dataset/types';
import { matchRules } from '@/utils/matcher/match-rules';
import { createTermMatcher } from '@/utils/matcher/term-matcher';
import { type FoundMatch, scanSubtree } from './page-scanner';

const entries: MatcherEntry[] = [
  { text: 'muscle cramps', termId: 'muscle-cramps', exactCase: false, kind: 'specific' },
  { text: 'insomnia', termId: 'insomnia', exactCase: false, kind: 'specific' },
  { text: 'omeprazole', termId: 'proton-pump-inhibitors', exactCase: false, kind: 'specific' },
  {
    text: 'PPI',
    termId: 'proton-pump-inhibitors',
    exactCase: true,
    kind: 'specific',
    context: { anyOf: ['heartburn'], noneOf: ['display'] },
  },
  { text: 'coffee', termId: 'caffeine', exactCase: false, kind: 'everyday' },
  { text: 'poor sleep', termId: 'sleep-quality', exactCase: false, kind: 'everyday' },
  { text: 'sleep quality', termId: 'sleep-quality', exactCase: false, kind: 'specific' },
];
const matcher = createTermMatcher(entries);

function scan(html: string, isOwnElement: (n: Node) => boolean = () => false) {
  document.body.innerHTML = html;
  const found: FoundMatch[] = [];
  const shadows: ShadowRoot[] = [];
  const scanner = scanSubtree(document.body, {
    matcher,
    rules: matchRules,
    isOwnElement,
    onMatch: (m) => found.push(m),
    onShadowRoot: (r) => shadows.push(r),
  });
  while (!scanner.step(Number.POSITIVE_INFINITY)) {
    // keep going
  }
  return { found, shadows, texts: found.map((m) => m.text) };
}

describe('page scanner', () => {
  it('finds a term split across inline elements as one match spanning both text nodes', () => {
    const { found } = scan('<p>Night-time muscle <em>cramps</em> again.</p>');
    expect(found).toHaveLength(1);
    expect(found[0]!.text).toBe('muscle cramps');
    expect(found[0]!.nodes.map((n) => n.data)).toEqual(['Night-time muscle ', 'cramps']);
    expect(found[0]!.startOffset).toBe(11);
    expect(found[0]!.endOffset).toBe(6);
  });

  it('keeps blank text nodes between inline elements as the space inside a run', () => {
    const { found } = scan('<p><a>muscle</a>\n  <a>cramps</a></p>');
    expect(found.map((m) => m.nodes.map((n) => n.data))).toEqual([['muscle', '\n  ', 'cramps']]);
    expect(scan('<p><a>muscle</a>\n<br>\n<a>cramps</a></p>').texts).toEqual([]);
    expect(scan('<p><a>muscle</a><code> </code> <a>cramps</a></p>').texts).toEqual([]);
    expect(scan('<ul>\n<li>muscle</li>\n <li>cramps</li>\n</ul>').texts).toEqual([]);
    expect(scan('<div>\n <p>\n muscle <em>cramps</em>\n</p>\n</div>').texts).toEqual(['muscle cramps']);
  });

  it("lets go of the page's text once the scan is done (the last match's text is no longer the page)", () => {
    const page = 'Muscle cramps at night. '.repeat(200);
    expect(scan(`<p>${page}</p><p>Then insomnia.</p>`).texts).toHaveLength(201);
    const legacy = RegExp as unknown as { input: string; lastMatch: string };
    expect(legacy.input.length).toBeLessThan(100);
    expect(legacy.lastMatch).toBe('');
  });

  it('does not join words across blocks', () => {
    expect(scan('<div>muscle</div><div>cramps</div>').texts).toEqual([]);
    expect(scan('<p>muscle<br>cramps</p>').texts).toEqual([]);
  });

  it('skips fields, editors, code, hidden content and MagLens’ own UI', () => {
    const { texts } = scan(
      `
      <textarea>insomnia</textarea><input value="insomnia">
      <div contenteditable="true"><p>insomnia</p></div>
      <div contenteditable="false">insomnia one</div>
      <code>insomnia</code><pre>insomnia</pre><script>var insomnia</script>
      <p hidden>insomnia</p><p aria-hidden="true">insomnia</p><p style="display:none">insomnia</p>
      <maglens-card>insomnia</maglens-card>
      <p>omeprazole</p>`,
      (n) => n instanceof Element && n.localName === 'maglens-card',
    );
    expect(texts).toEqual(['insomnia', 'omeprazole']);
  });

  it('walks into open shadow roots', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const host = document.getElementById('host')!;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>Trouble with insomnia</p>';
    const found: FoundMatch[] = [];
    const scanner = scanSubtree(document.body, {
      matcher,
      rules: matchRules,
      isOwnElement: () => false,
      onMatch: (m) => found.push(m),
    });
    while (!scanner.step(Number.POSITIVE_INFINITY)) {
      // keep going
    }
    expect(found.map((m) => m.text)).toEqual(['insomnia']);
  });

  it('applies context rules per block of text', () => {
    const { found } = scan('<p>The 411 PPI display.</p><p>A PPI for heartburn.</p><p>Your PPI.</p>');
    expect(found.map((m) => m.verdict)).toEqual(['yes', 'yes']);
  });

  it('lets an everyday wording count in a health passage and leaves it to the page elsewhere', () => {
    const { found } = scan(
      '<p>Coffee again.</p><p>My <b>doctor</b> said coffee.</p><p>Coffee with omeprazole.</p><p>A coffee table.</p>',
    );
    expect(found.map((m) => [m.text, m.verdict, m.healthPassage])).toEqual([
      ['Coffee', 'page', false],
      ['coffee', 'yes', true],
      ['Coffee', 'yes', true],
      ['omeprazole', 'yes', true],
    ]);
  });

  it('marks a phrase in which two wordings of one term overlap once, over the whole phrase', () => {
    const { texts } = scan('<p>Her poor <em>sleep quality</em> worried the doctor.</p>');
    expect(texts).toEqual(['poor sleep quality']);
  });

  it('tells main content from navigation, footers and related-link lists', () => {
    const { found } = scan(
      '<nav>insomnia</nav><main><p>insomnia</p><div class="related-posts">insomnia</div></main><footer>insomnia</footer>',
    );
    expect(found.map((m) => m.inMain)).toEqual([false, true, false, false]);
  });

  it('keeps words apart where blocks, line breaks or skipped elements meet them without a space', () => {
    expect(scan('<p>cramps</p><p>insomnia</p><p>omeprazole</p>').texts).toEqual(['insomnia', 'omeprazole']);
    expect(scan('<table><tr><td>42</td><td>insomnia</td></tr></table>').texts).toEqual(['insomnia']);
    expect(scan('<p>ab<br>insomnia</p>').texts).toEqual(['insomnia']);
    expect(scan('<p>x<code>y</code>insomnia<script>z</script>omeprazole</p>').texts).toEqual([
      'insomnia',
      'omeprazole',
    ]);
    // Inline elements inside a word keep it one word: no match inside "Preinsomnia".
    expect(scan('<p>Pre<b>insomnia</b></p>').texts).toEqual([]);
  });

  it('when a longer wording would cross a block, finds the shorter one inside the block', () => {
    const withShort = createTermMatcher([
      ...entries,
      { text: 'muscle', termId: 'muscle', exactCase: false, kind: 'specific' },
    ]);
    document.body.innerHTML = '<ul>\n<li>Sore muscle</li>\n <li>cramps and insomnia</li>\n</ul>';
    const found: FoundMatch[] = [];
    const scanner = scanSubtree(document.body, {
      matcher: withShort,
      rules: matchRules,
      isOwnElement: () => false,
      onMatch: (m) => found.push(m),
    });
    while (!scanner.step(Number.POSITIVE_INFINITY)) {
      // keep going
    }
    expect(found.map((m) => [m.text, m.nodes[0]!.data])).toEqual([
      ['muscle', 'Sore muscle'],
      ['insomnia', 'cramps and insomnia'],
    ]);
  });

  it('finds every term on a very long page, including those across the edges of its reading windows', () => {
    // 280,000 characters of back-to-back terms: the 65,536-unit window edges fall inside terms.
    const { found } = scan(`<p>${'muscle cramps '.repeat(20_000)}</p>`);
    expect(found).toHaveLength(20_000);
    expect(found.every((m) => m.text === 'muscle cramps')).toBe(true);
    expect(found[4681]!.startOffset).toBe(4681 * 14);
  });

  it('gives the dataset wording as the key for first-occurrence density', () => {
    const { found } = scan('<p>OMEPRAZOLE and Omeprazole</p>');
    expect(found.map((m) => m.wording)).toEqual(['omeprazole', 'omeprazole']);
  });

  it('can stop at a deadline and resume where it left off', () => {
    document.body.innerHTML = Array.from({ length: 2000 }, (_, i) => `<p>line ${i} insomnia</p>`).join('');
    const found: FoundMatch[] = [];
    const scanner = scanSubtree(document.body, {
      matcher,
      rules: matchRules,
      isOwnElement: () => false,
      onMatch: (m) => found.push(m),
    });
    let steps = 1;
    while (!scanner.step(0)) steps++;
    expect(steps).toBeGreaterThan(1);
    expect(found).toHaveLength(2000);
  });
});
