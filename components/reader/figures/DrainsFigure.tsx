import { RouteLink } from '@/components/navigation/RouteLink';
import { useReader } from '@/components/navigation/reader-context';
import type { DrainRoute } from '@/utils/dataset/figure-data';
import { FigureFrame } from './FigureFrame';
import { GradeMeter } from './GradeMeter';
import { groupBy, withGrades } from './graded-entries';

const ROUTES: DrainRoute[] = ['kidneys', 'gut', 'minor'];
const ROUTE_HEADINGS: Record<DrainRoute, string> = {
  kidneys: 'Lost in urine (kidneys)',
  gut: 'Less taken up from food (gut)',
  minor: 'Small or only proposed',
};

/** `{{figure: drains}}`: what drains magnesium, by the way it is lost, each cause with its card's grade. */
export function DrainsFigure() {
  const { data, terms } = useReader();
  const drains = data.figures.drains;
  if (!drains) return null;
  const groups = groupBy(withGrades(drains.causes, terms), (c) => c.route, ROUTES);
  return (
    <FigureFrame
      id="drains"
      title="What drains magnesium"
      description="Causes of low magnesium, grouped by how it is lost: through the kidneys into urine, or by the gut taking up less. Each cause carries the evidence grade of its card, strongest first, and opens that card."
    >
      <svg class="ml-chart ml-drains-diagram" viewBox="0 0 360 70" aria-hidden="true" focusable="false">
        <defs>
          <marker
            id="figure-drains-arrow"
            viewBox="0 0 6 6"
            refX="5"
            refY="3"
            markerWidth="6"
            markerHeight="6"
            orient="auto"
          >
            <path class="ml-chart-arrowhead" d="M0 0 L6 3 L0 6 z" />
          </marker>
        </defs>
        <rect class="ml-chart-node" x="95" y="2" width="170" height="26" rx="13" />
        <text class="ml-chart-label ml-strong" x="180" y="19" text-anchor="middle">
          Magnesium in the body
        </text>
        <path class="ml-chart-arrow" d="M150 28 L60 56" marker-end="url(#figure-drains-arrow)" />
        <path class="ml-chart-arrow" d="M180 28 L180 56" marker-end="url(#figure-drains-arrow)" />
        <path class="ml-chart-arrow-dashed" d="M210 28 L300 56" marker-end="url(#figure-drains-arrow)" />
        <text class="ml-chart-small" x="60" y="68" text-anchor="middle">
          urine
        </text>
        <text class="ml-chart-small" x="300" y="68" text-anchor="middle">
          small
        </text>
        <text class="ml-chart-small" x="180" y="68" text-anchor="middle">
          not absorbed
        </text>
      </svg>
      <div class="ml-evidence-map">
        {groups.map(([route, causes]) => (
          <section key={route} class="ml-evidence-col" aria-label={ROUTE_HEADINGS[route]}>
            <p class="ml-figure-subhead">{ROUTE_HEADINGS[route]}</p>
            <ul class="ml-figure-list ml-plain">
              {causes.map((c) => (
                <li key={c.termId}>
                  <RouteLink route={{ view: 'term', termId: c.termId }}>{c.termName}</RouteLink>{' '}
                  <GradeMeter grade={c.grade} />
                  <br />
                  <span class="ml-muted">{c.how}</span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    </FigureFrame>
  );
}
