import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '@/build/dataset/load-files';
import { dailyNeeds, foodBars } from './food-bars';
import { renderFigure } from './render-figure-for-test';

const data = loadDataset(process.cwd());
const foods = data.figures.foods!;

describe('the food chart', () => {
  it('draws one bar per food of the dataset, largest serving first', () => {
    const { root, unmount } = renderFigure('food', data);
    const drawn = [...root.querySelectorAll('g[data-food]')].map((g) => g.getAttribute('data-food'));
    expect(drawn.sort()).toEqual(foods.foods.map((f) => f.name).sort());
    const mgInOrder = [...root.querySelectorAll('g[data-food]')].map((g) => {
      const food = foods.foods.find((f) => f.name === g.getAttribute('data-food'))!;
      expect(g.textContent).toContain(`${food.mg} mg`);
      return food.mg;
    });
    expect(mgInOrder).toEqual([...mgInOrder].sort((a, b) => b - a));
    unmount();
  });

  it('works out the same share of the Daily Value as the NIH ODS table prints', () => {
    const ods: Record<string, number> = {
      'Pumpkin seeds, roasted': 37,
      'Chia seeds': 26,
      Almonds: 19,
      'Spinach, boiled': 19,
      Cashews: 18,
      Peanuts: 15,
      'Black beans': 14,
      Edamame: 12,
    };
    const bars = foodBars(foods, { label: 'DV', mg: foods.dailyValueMg });
    for (const [name, percent] of Object.entries(ods)) {
      expect(bars.find((b) => b.name === name)?.percentDailyValue, name).toBe(percent);
    }
  });

  it("offers every RDA group's need from one year up, and redraws the need bar for the group picked", () => {
    const needs = dailyNeeds(foods, data.figures.rda);
    expect(needs[0]).toEqual({ label: 'Daily Value on food labels', mg: foods.dailyValueMg });
    expect(needs).toContainEqual({ label: 'Women 31 years and older', mg: 320 });
    expect(needs).toContainEqual({ label: 'Pregnant, up to 18 years', mg: 400 });
    expect(needs.some((n) => n.label.includes('months'))).toBe(false);

    const { root, unmount } = renderFigure('food', data);
    const select = root.querySelector('select')!;
    const women = needs.findIndex((n) => n.label === 'Women 31 years and older');
    act(() => {
      select.value = String(women);
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(root.querySelector('svg')!.textContent).toContain('320 mg');
    expect(root.querySelector('table')!.textContent).toContain('% of 320 mg (Women 31 years and older)');
    unmount();
  });

  it('links a food with a card to that card', () => {
    const { root, opened, unmount } = renderFigure('food', data);
    const link = [...root.querySelectorAll('table a')].find(
      (a) => a.textContent === 'Pumpkin seeds, roasted',
    );
    expect(link?.getAttribute('href')).toBe('#/term/pumpkin-seeds');
    act(() => (link as HTMLAnchorElement).click());
    expect(opened).toEqual([{ view: 'term', termId: 'pumpkin-seeds' }]);
    unmount();
  });
});
