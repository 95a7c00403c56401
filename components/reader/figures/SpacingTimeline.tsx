import { useReader } from '@/components/navigation/reader-context';
import { DataTable, FigureFrame, HatchPattern } from './FigureFrame';
import { formatGap } from './spacing-hours';
import { gapCell, spacingAxis, spacingLines } from './spacing-lines';

const W = 360;
const PAD = 16;
const ROW = 36;
const TOP = 30;

/**
 * `{{figure: spacing-timeline}}`: the medicine-spacing table as one timeline per medicine around a magnesium
 * dose at 0 h; the hatched window is when not to take the medicine. Drawn from the same rows as the table.
 */
export function SpacingTimeline() {
  const { data } = useReader();
  const lines = spacingLines(data.spacing);
  if (lines.length === 0) return null;
  const axis = spacingAxis(lines);
  const x = (h: number) => PAD + ((h - axis.min) / (axis.max - axis.min)) * (W - 2 * PAD);
  const height = TOP + lines.length * ROW + 24;
  const hours = Array.from({ length: axis.max - axis.min + 1 }, (_, i) => axis.min + i).filter(
    (h) => h % 2 === 0,
  );
  return (
    <FigureFrame
      id="spacing-timeline"
      sources={[...new Map(data.spacing.map((row) => [row.source.title, row.source])).values()]}
      title="When to take each medicine around a magnesium dose"
      description="One line per medicine. The magnesium dose is at 0 hours; the hatched window is when not to take the medicine, from the gap it needs before the dose to the gap it needs after. A line without a window needs no gap; a window over the whole line means do not combine them at all."
      table={
        <DataTable
          caption="Spacing around a magnesium dose"
          head={['Medicine', 'Take it at least … before magnesium', '… or at least … after', 'Note']}
          rows={lines.map((l) => [l.medicine, gapCell(l, -l.from), gapCell(l, l.to), l.note ?? ''])}
        />
      }
    >
      <svg class="ml-chart" viewBox={`0 0 ${W} ${height}`} role="img">
        <title>Timelines of medicine doses around a magnesium dose</title>
        <defs>
          <HatchPattern id="figure-spacing-hatch" size={5} />
        </defs>
        <text class="ml-chart-small" x={PAD} y={12}>
          ← medicine before
        </text>
        <text class="ml-chart-small" x={W - PAD} y={12} text-anchor="end">
          medicine after →
        </text>
        <text class="ml-chart-label ml-strong" x={x(0)} y={24} text-anchor="middle">
          Magnesium
        </text>
        <line class="ml-chart-dose" x1={x(0)} x2={x(0)} y1={TOP - 2} y2={height - 20} />
        {lines.map((l, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={l.medicine} data-medicine={l.medicine}>
              <text class="ml-chart-label" x={PAD} y={y + 12}>
                {l.medicine}
              </text>
              {l.avoid ? (
                <>
                  <rect
                    class="ml-chart-window"
                    x={x(axis.min)}
                    y={y + 17}
                    width={x(axis.max) - x(axis.min)}
                    height={14}
                    style={{ fill: 'url(#figure-spacing-hatch)' }}
                  />
                  <text class="ml-chart-value ml-strong" x={x(0) + 6} y={y + 28}>
                    do not combine at all
                  </text>
                </>
              ) : l.noGap ? (
                <text class="ml-chart-small" x={x(0) + 6} y={y + 28}>
                  no timing gap
                </text>
              ) : (
                <>
                  <rect
                    class="ml-chart-window"
                    x={x(l.from)}
                    y={y + 17}
                    width={x(l.to) - x(l.from)}
                    height={14}
                    style={{ fill: 'url(#figure-spacing-hatch)' }}
                  />
                  {l.from < 0 && (
                    <text class="ml-chart-value" x={x(l.from) - 3} y={y + 28} text-anchor="end">
                      {formatGap(-l.from)}
                    </text>
                  )}
                  {l.to > 0 && (
                    <text class="ml-chart-value" x={x(l.to) + 3} y={y + 28}>
                      {formatGap(l.to)}
                    </text>
                  )}
                </>
              )}
            </g>
          );
        })}
        {hours.map((h) => (
          <text key={h} class="ml-chart-small" x={x(h)} y={height - 6} text-anchor="middle">
            {h > 0 ? `+${h}` : h} h
          </text>
        ))}
      </svg>
    </FigureFrame>
  );
}
