import { useReader } from '@/components/navigation/reader-context';
import { DataTable, FigureFrame, HatchPattern } from './FigureFrame';
import { type RdaBar, rdaRows, rdaScaleMax } from './rda-bars';

const W = 360;
const LABEL = 112;
const BAR = 12;
const GAP = 10; // between age groups
const HEADING = 20;

/** Bars for female, pregnant and breastfeeding needs are hatched, and every bar says whose need it is. */
const barClass = (who: RdaBar['who']) =>
  who === 'Male' || who === 'Boys and girls' ? 'ml-chart-bar' : 'ml-chart-bar ml-chart-bar-alt';

/** `{{figure: rda}}`: the day's need by age and sex, pregnancy and breastfeeding, and the supplement limit. */
export function RdaChart() {
  const { data } = useReader();
  const rda = data.figures.rda;
  if (!rda) return null;
  const rows = rdaRows(rda);
  const max = rdaScaleMax(rows);
  const x = (mg: number) => LABEL + (mg / max) * (W - LABEL - 112);
  const valueX = x(max) + 6; // values in their own column, clear of the limit marks
  let y = HEADING;
  const placed = rows.map((row, i) => {
    if (i > 0 && row.group !== rows[i - 1]?.group) y += HEADING;
    const top = y;
    y += row.bars.length * (BAR + 2) + GAP;
    return { row, top };
  });
  const firstPregnancy = placed.find((p) => p.row.group === 'pregnancy');
  return (
    <FigureFrame
      id="rda"
      sources={[rda.source]}
      title="How much magnesium you need a day"
      description={`Recommended amounts in mg a day from food and supplements together, by age and sex, and in pregnancy and breastfeeding. The dashed mark in a row is the upper limit for supplements and medicines there; food does not count toward it.`}
      table={
        <DataTable
          caption="Recommended amounts and supplement limits"
          head={['Group', 'Age', 'mg a day', 'Supplement limit (mg)']}
          rows={rows.flatMap((row) =>
            row.bars.map((bar) => [
              bar.who,
              row.ages,
              `${bar.mg}${row.adequateIntake ? ' (Adequate Intake)' : ''}`,
              row.supplementLimit ?? 'none set',
            ]),
          )}
        />
      }
    >
      <svg class="ml-chart" viewBox={`0 0 ${W} ${y}`} role="img">
        <title>Bar chart: recommended magnesium a day by group</title>
        <defs>
          <HatchPattern id="figure-rda-hatch" size={4} />
        </defs>
        <text class="ml-chart-heading" x={0} y={13}>
          By age (a baby's figure is an Adequate Intake)
        </text>
        {firstPregnancy && (
          <text class="ml-chart-heading" x={0} y={firstPregnancy.top - 7}>
            Pregnancy and breastfeeding, by age
          </text>
        )}
        {placed.map(({ row, top }) => (
          <g key={`${row.group}-${row.ages}`}>
            <text class="ml-chart-label" x={LABEL - 6} y={top + 11} text-anchor="end">
              {row.ages}
            </text>
            {row.bars.map((bar, b) => (
              <g key={bar.who}>
                <rect
                  class={barClass(bar.who)}
                  x={LABEL}
                  y={top + b * (BAR + 2)}
                  width={x(bar.mg) - LABEL}
                  height={BAR}
                  style={barClass(bar.who).includes('alt') ? { fill: 'url(#figure-rda-hatch)' } : undefined}
                />
                <text class="ml-chart-value" x={valueX} y={top + b * (BAR + 2) + 10}>
                  {bar.mg} mg {bar.who === 'Boys and girls' ? '' : bar.who.toLowerCase()}
                </text>
              </g>
            ))}
            {row.supplementLimit !== undefined && (
              <line
                class="ml-chart-limit"
                x1={x(row.supplementLimit)}
                x2={x(row.supplementLimit)}
                y1={top - 3}
                y2={top + row.bars.length * (BAR + 2) + 1}
              />
            )}
          </g>
        ))}
      </svg>
      <p class="ml-figure-note">
        <span class="ml-figure-key ml-figure-key-limit" aria-hidden="true" /> {rda.limitNote}
      </p>
    </FigureFrame>
  );
}
