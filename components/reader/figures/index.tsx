import type { ComponentType } from 'preact';
import type { FigureName } from '@/utils/dataset/types';
import { BloodLevels } from './BloodLevels';
import { DrainsFigure } from './DrainsFigure';
import { EvidenceMap } from './EvidenceMap';
import { FoodChart } from './FoodChart';
import { MedicineSpacingTable } from './MedicineSpacingTable';
import { NervesSleep } from './NervesSleep';
import { RdaChart } from './RdaChart';
import { SpacingTimeline } from './SpacingTimeline';
import './figures.css';

/**
 * The figures an article can embed with `{{figure: name}}` (see data/README.md). Each component reads the
 * compiled dataset from the reader context, so the picture follows the data. A name the build knows but no
 * component draws yet renders nothing.
 */
export const FIGURES: Partial<Record<FigureName, ComponentType>> = {
  'medicine-spacing': MedicineSpacingTable,
  food: FoodChart,
  rda: RdaChart,
  'blood-levels': BloodLevels,
  'spacing-timeline': SpacingTimeline,
  'evidence-map': EvidenceMap,
  drains: DrainsFigure,
  'nerves-sleep': NervesSleep,
};

export function FigureView({ name }: { name: FigureName }) {
  const Figure = FIGURES[name];
  return Figure ? <Figure /> : null;
}
