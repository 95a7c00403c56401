import { useReader } from '@/components/navigation/reader-context';
import { DataTable, FigureFrame } from './FigureFrame';
import { SerumScale } from './SerumScale';
import { serumTableRows, toMgPerDl } from './serum-scale';

/** `{{figure: blood-levels}}`: one scale of serum magnesium, low to high, in mmol/L and mg/dL. */
export function BloodLevels() {
  const { data } = useReader();
  const levels = data.figures['blood-levels'];
  if (!levels) return null;
  const factor = levels.mgPerDlPerMmol;
  const range = (a: number, b: number) => `${a}–${b}`;
  const mgRange = (a: number, b: number) => `${toMgPerDl(a, factor)}–${toMgPerDl(b, factor)}`;
  return (
    <FigureFrame
      id="blood-levels"
      sources={levels.sources}
      title="Magnesium in the blood: from too low to too high"
      description={`A scale of the blood (serum) level in mmol/L, with mg/dL below it (mg/dL is mmol/L × ${factor}). The normal range is ${range(levels.normal.from, levels.normal.to)} mmol/L (${mgRange(levels.normal.from, levels.normal.to)} mg/dL); signs of too much usually start somewhere between ${range(levels.highSymptomsFrom.from, levels.highSymptomsFrom.to)} mmol/L. What each end means is listed below the scale.`}
      table={
        <DataTable
          caption="Serum magnesium levels"
          head={['Level', 'mmol/L', 'mg/dL']}
          rows={serumTableRows(levels)}
        />
      }
    >
      <SerumScale levels={levels} />
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
