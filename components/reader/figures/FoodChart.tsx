import { useState } from 'preact/hooks';
import { RouteLink } from '@/components/navigation/RouteLink';
import { useReader } from '@/components/navigation/reader-context';
import { DataTable, FigureFrame, HatchPattern } from './FigureFrame';
import { dailyNeeds, foodBars } from './food-bars';

const W = 360;
const LABEL = 146; // the food's name and serving, left of the bars
const ROW = 30;
const TOP = 36; // the day's-need bar, above the foods

/** `{{figure: food}}`: magnesium per serving, largest first, against the day's need the reader picks. */
export function FoodChart() {
  const { data } = useReader();
  const foods = data.figures.foods;
  const [needIndex, setNeedIndex] = useState(0);
  if (!foods) return null;
  const needs = dailyNeeds(foods, data.figures.rda);
  const need = needs[needIndex] ?? needs[0]!;
  const bars = foodBars(foods, need);
  const max = Math.max(need.mg, ...bars.map((b) => b.mg));
  const x = (mg: number) => LABEL + (mg / max) * (W - LABEL - 100);
  const height = TOP + bars.length * ROW + 4;
  return (
    <FigureFrame
      id="food"
      sources={[foods.source]}
      title="Magnesium in a serving of food"
      description={`Bars show milligrams of magnesium per serving, largest first, with the share of the ${foods.dailyValueMg} mg Daily Value on food labels. The hatched bar at the top is a whole day's need for the group you pick.`}
      table={
        <DataTable
          caption="Magnesium per serving"
          head={['Food', 'Serving', 'mg', '% Daily Value', `% of ${need.mg} mg (${need.label})`]}
          rows={bars.map((b) => [
            b.termId ? <RouteLink route={{ view: 'term', termId: b.termId }}>{b.name}</RouteLink> : b.name,
            b.serving,
            b.mg,
            `${b.percentDailyValue} %`,
            `${b.percentOfNeed} %`,
          ])}
        />
      }
    >
      <label class="ml-figure-control">
        A day's need for{' '}
        <select value={needIndex} onChange={(e) => setNeedIndex(Number(e.currentTarget.value))}>
          {needs.map((n, i) => (
            <option key={n.label} value={i}>
              {n.label}: {n.mg} mg
            </option>
          ))}
        </select>
      </label>
      <svg class="ml-chart" viewBox={`0 0 ${W} ${height}`} role="img">
        <title>Bar chart: magnesium per serving, largest first</title>
        <defs>
          <HatchPattern id="figure-food-hatch" size={4} />
        </defs>
        <text class="ml-chart-label ml-strong" x={LABEL - 6} y={14} text-anchor="end">
          A day's need
        </text>
        <rect
          class="ml-chart-bar-alt"
          x={LABEL}
          y={3}
          width={x(need.mg) - LABEL}
          height={16}
          rx="2"
          style={{ fill: 'url(#figure-food-hatch)' }}
        />
        <text class="ml-chart-value ml-strong" x={x(need.mg) + 4} y={15}>
          {need.mg} mg
        </text>
        <line class="ml-chart-tick" x1={0} x2={W} y1={TOP - 8} y2={TOP - 8} />
        {bars.map((b, i) => {
          const y = TOP + i * ROW;
          return (
            <g key={b.name} data-food={b.name}>
              <text class="ml-chart-label" x={LABEL - 6} y={y + 11} text-anchor="end">
                {b.name}
              </text>
              <text class="ml-chart-small" x={LABEL - 6} y={y + 23} text-anchor="end">
                {b.serving}
              </text>
              <rect class="ml-chart-bar" x={LABEL} y={y + 4} width={x(b.mg) - LABEL} height={16} rx="2" />
              <text class="ml-chart-value" x={x(b.mg) + 4} y={y + 16}>
                {b.mg} mg · {b.percentDailyValue} % DV
              </text>
            </g>
          );
        })}
      </svg>
    </FigureFrame>
  );
}
