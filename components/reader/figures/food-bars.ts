import type { FoodsData, RdaData } from '@/utils/dataset/figure-data';

/** A day's need the food chart can measure servings against: the label Daily Value or an RDA group. */
export interface DailyNeed {
  label: string;
  mg: number;
}

export interface FoodBar {
  name: string;
  serving: string;
  mg: number;
  termId?: string;
  /** Share of the Daily Value on food labels, in whole percent (as the ODS table rounds it). */
  percentDailyValue: number;
  /** Share of the chosen day's need, in whole percent. */
  percentOfNeed: number;
}

const percent = (part: number, whole: number) => Math.round((part / whole) * 100);

/** One bar per food of the dataset, largest first (ties keep the file's order). */
export function foodBars(foods: FoodsData, need: DailyNeed): FoodBar[] {
  return foods.foods
    .map((food) => ({
      name: food.name,
      serving: food.serving,
      mg: food.mg,
      ...(food.term ? { termId: food.term } : {}),
      percentDailyValue: percent(food.mg, foods.dailyValueMg),
      percentOfNeed: percent(food.mg, need.mg),
    }))
    .sort((a, b) => b.mg - a.mg);
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** The needs a reader can pick: the label Daily Value first, then every RDA group from one year up. */
export function dailyNeeds(foods: FoodsData, rda: RdaData | undefined): DailyNeed[] {
  const needs: DailyNeed[] = [{ label: 'Daily Value on food labels', mg: foods.dailyValueMg }];
  for (const row of rda?.ages ?? []) {
    if (row.adequateIntake) continue; // babies: breast milk or formula, not servings of seeds
    if (row.male === row.female) needs.push({ label: `Children ${row.ages}`, mg: row.male });
    else {
      needs.push({ label: `Women ${row.ages}`, mg: row.female });
      needs.push({ label: `Men ${row.ages}`, mg: row.male });
    }
  }
  for (const row of rda?.pregnancy ?? []) {
    const ages = row.ages.charAt(0).toLowerCase() + row.ages.slice(1);
    needs.push({ label: `Pregnant, ${ages}`, mg: row.pregnant });
    needs.push({ label: `Breastfeeding, ${ages}`, mg: row.breastfeeding });
  }
  return needs.map((n) => ({ ...n, label: capitalised(n.label) }));
}
