import type { BloodLevelsData } from '@/utils/dataset/figure-data';
import { HatchPattern } from './FigureFrame';
import { serumZones, toMgPerDl } from './serum-scale';

const W = 360;
const PAD = 14;
const BAND_Y = 30;
const BAND_H = 22;

/**
 * The blood-level scale: zones from low to high (the low end and signs of too much hatched, the normal range
 * solid, each named in words), ticks in mmol/L with mg/dL below, and a dotted mark at the proposed cut-off.
 */
export function SerumScale({ levels }: { levels: BloodLevelsData }) {
  const { zones, min, max } = serumZones(levels);
  const factor = levels.mgPerDlPerMmol;
  const x = (mmol: number) => PAD + ((mmol - min) / (max - min)) * (W - 2 * PAD);
  const ticks = [
    levels.normal.from,
    levels.normal.to,
    levels.highSymptomsFrom.from,
    levels.highSymptomsFrom.to,
  ];
  return (
    <svg class="ml-chart" viewBox={`0 0 ${W} 104`} role="img">
      <title>Scale of blood magnesium from low to high</title>
      <defs>
        <HatchPattern id="figure-blood-levels-hatch" size={5} />
      </defs>
      {zones.map((zone) => (
        <g key={zone.id} class={`ml-serum-${zone.id}`}>
          <rect
            class="ml-serum-zone"
            x={x(zone.from)}
            y={BAND_Y}
            width={x(zone.to) - x(zone.from)}
            height={BAND_H}
            style={
              zone.id === 'low' || zone.id === 'symptoms'
                ? { fill: 'url(#figure-blood-levels-hatch)' }
                : undefined
            }
          />
        </g>
      ))}
      <text class="ml-chart-label" x={x(min)} y={20}>
        Low
      </text>
      <text class="ml-chart-label ml-strong" x={x(levels.normal.from)} y={20}>
        Normal
      </text>
      <text class="ml-chart-label" x={x(levels.highSymptomsFrom.from)} y={20}>
        Signs of too much →
      </text>
      {levels.proposedCutoff && (
        <line
          class="ml-chart-cutoff"
          x1={x(levels.proposedCutoff)}
          x2={x(levels.proposedCutoff)}
          y1={BAND_Y - 4}
          y2={BAND_Y + BAND_H + 4}
        />
      )}
      {ticks.map((mmol, i) => (
        <g key={mmol}>
          <line
            class="ml-chart-tick"
            x1={x(mmol)}
            x2={x(mmol)}
            y1={BAND_Y + BAND_H}
            y2={BAND_Y + BAND_H + 5}
          />
          <text
            class="ml-chart-value"
            x={x(mmol)}
            y={BAND_Y + BAND_H + 17}
            text-anchor={i === 1 ? 'start' : 'end'}
          >
            {mmol}
          </text>
          <text
            class="ml-chart-small"
            x={x(mmol)}
            y={BAND_Y + BAND_H + 30}
            text-anchor={i === 1 ? 'start' : 'end'}
          >
            {toMgPerDl(mmol, factor)}
          </text>
        </g>
      ))}
      <text class="ml-chart-small" x={W} y={BAND_Y + BAND_H + 17} text-anchor="end">
        mmol/L
      </text>
      <text class="ml-chart-small" x={W} y={BAND_Y + BAND_H + 30} text-anchor="end">
        mg/dL
      </text>
      {levels.proposedCutoff && (
        <text class="ml-chart-small" x={PAD} y={100}>
          Dotted mark: {levels.proposedCutoff} mmol/L, a higher cut-off for "low" that few labs use
        </text>
      )}
    </svg>
  );
}
