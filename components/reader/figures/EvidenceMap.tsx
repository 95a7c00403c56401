import { RouteLink } from '@/components/navigation/RouteLink';
import { useReader } from '@/components/navigation/reader-context';
import type { Verdict } from '@/utils/dataset/figure-data';
import { DataTable, FigureFrame } from './FigureFrame';
import { GradeMeter } from './GradeMeter';
import { GRADE_WORDS, groupBy, withGrades } from './graded-entries';

const VERDICTS: Verdict[] = ['helps', 'unclear', 'no-benefit'];
const VERDICT_HEADINGS: Record<Verdict, string> = {
  helps: '✓ Some benefit shown',
  unclear: '? Unclear: too little, or studies disagree',
  'no-benefit': '✗ No benefit shown',
};

/**
 * `{{figure: evidence-map}}`: where magnesium helps and where it does not, one column per verdict, each claim
 * with its card's grade (strongest first) and a link to the card.
 */
export function EvidenceMap() {
  const { data, terms } = useReader();
  const map = data.figures['evidence-map'];
  if (!map) return null;
  const claims = withGrades(map.claims, terms);
  return (
    <FigureFrame
      id="evidence-map"
      title="Where magnesium helps, and where it does not"
      description="Each claim sits in a column for what the evidence shows (benefit, unclear, no benefit) and carries its grade, which says how sure we are, not whether the news is good: three steps for strong, two for moderate, one for limited, a zig-zag for contested. Each claim opens its card."
      table={
        <DataTable
          caption="Claims, findings and grades"
          head={['Claim', 'What the evidence says', 'Grade', 'Verdict']}
          rows={claims.map((c) => [
            c.claim,
            c.finding,
            GRADE_WORDS[c.grade],
            VERDICT_HEADINGS[c.verdict].slice(2),
          ])}
        />
      }
    >
      <div class="ml-evidence-map">
        {groupBy(claims, (c) => c.verdict, VERDICTS).map(([verdict, list]) => (
          <section
            key={verdict}
            class={`ml-evidence-col ml-verdict-${verdict}`}
            aria-label={VERDICT_HEADINGS[verdict].slice(2)}
          >
            <p class="ml-figure-subhead">{VERDICT_HEADINGS[verdict]}</p>
            <ul class="ml-figure-list ml-plain">
              {list.map((c) => (
                <li key={c.termId + c.claim}>
                  <RouteLink route={{ view: 'term', termId: c.termId }}>{c.claim}</RouteLink>{' '}
                  <GradeMeter grade={c.grade} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </FigureFrame>
  );
}
