import type { ComponentType } from 'preact';
import type { FigureName } from '@/utils/dataset/types';
import { MedicineSpacingTable } from './MedicineSpacingTable';

/**
 * The figures an article can embed with `{{figure: name}}` (see data/README.md). Each component reads the
 * compiled dataset from the reader context, so the picture follows the data. A name the build knows but no
 * component draws yet renders nothing.
 */
export const FIGURES: Partial<Record<FigureName, ComponentType>> = {
  'medicine-spacing': MedicineSpacingTable,
};

export function FigureView({ name }: { name: FigureName }) {
  const Figure = FIGURES[name];
  return Figure ? <Figure /> : null;
}
