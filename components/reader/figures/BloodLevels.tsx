import { useReader } from '../reader-context';
import { DataTable, FigureFrame } from './FigureFrame';
import { serumZones, toMgPerDl } from './serum-scale';

const W = 360;
const PAD = 14;
const BAND_Y = 30;
const BAND_H = 22;

/** `{{figure: blood-levels}}`: one scale of serum magnesium, low to high, in mmol/L and mg/dL. */
export function BloodLevels() {
  const { data } = useReader();
  const levels = data.figures['blood-levels'];
  if (!levels) return null;
  const { zones, min, max } = serumZones(levels);
  const factor = levels.mgPerDlPerMmol;
  const x = (mmol: number) => PAD + ((mmol - min) / (max - min)) * (W - 2 * PAD);
  const ticks = [
    levels.normal.from,
    levels.normal.to,
    levels.highSymptomsFrom.from,
    levels.highSymptomsFrom.to,
  ];
  const range = (a: number, b: number) => `${a}–${b}`;
  const mgRange = (a: number, b: number) => `${toMgPerDl(a, factor)}–${toMgPerDl(b, factor)}`;
  return (
    <FigureFrame
      id="blood-levels"
      title="Magnesium in the blood: from too low to too high"
      description={`A scale of the blood (serum) level in mmol/L, with mg/dL below it (mg/dL is mmol/L × ${factor}). The normal range is ${range(levels.normal.from, levels.normal.to)} mmol/L (${mgRange(levels.normal.from, levels.normal.to)} mg/dL); signs of too much usually start somewhere between ${range(levels.highSymptomsFrom.from, levels.highSymptomsFrom.to)} mmol/L. What each end means is listed below the scale.`}
      table={
        <DataTable
          caption="Serum magnesium levels"
          head={['Level', 'mmol/L', 'mg/dL']}
          rows={[
            [
              levels.low.label,
              `below ${levels.normal.from}`,
              `below ${toMgPerDl(levels.normal.from, factor)}`,
            ],
            [
              'Normal range',
              range(levels.normal.from, levels.normal.to),
              mgRange(levels.normal.from, levels.normal.to),
            ],
            ...(levels.proposedCutoff
              ? [
                  [
                    'Cut-off some experts propose for "low"',
                    `below ${levels.proposedCutoff}`,
                    `below ${toMgPerDl(levels.proposedCutoff, factor)}`,
                  ],
                ]
              : []),
            [
              `${levels.high.label}: signs usually start`,
              range(levels.highSymptomsFrom.from, levels.highSymptomsFrom.to),
              mgRange(levels.highSymptomsFrom.from, levels.highSymptomsFrom.to),
            ],
          ]}
        />
      }
    >
      <svg class="ml-chart" viewBox={`0 0 ${W} 104`} role="img">
        <title>Scale of blood magnesium from low to high</title>
        <defs>
          <pattern id="figure-blood-levels-hatch" width="5" height="5" patternUnits="userSpaceOnUse">
            <path class="ml-chart-hatch" d="M-1 1 L1 -1 M0 5 L5 0 M4 6 L6 4" />
          </pattern>
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
      <div class="ml-figure-columns">
        {[levels.low, levels.high].map((end) => (
          <div key={end.label}>
            <p class="ml-figure-subhead">{end.label}</p>
            <ul class="ml-figure-list">
              {end.signs.map((sign) => (
                <li key={sign}>{sign}</li>
              ))}
            </ul>
            <p class="ml-figure-subhead">Most at risk</p>
            <ul class="ml-figure-list">
              {end.atRisk.map((who) => (
                <li key={who}>{who}</li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </FigureFrame>
  );
}
