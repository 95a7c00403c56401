import { RouteLink } from '@/components/navigation/RouteLink';
import { useReader } from '@/components/navigation/reader-context';
import { sourceLink } from '@/components/ui/source-link';
import { spacingCells } from './spacing-hours';

/**
 * The medicine-spacing table (data/medicine-spacing.yaml): each medicine, how long before or after a
 * magnesium supplement, antacid or laxative to take it, and whose label or guideline says so.
 */
export function MedicineSpacingTable() {
  const { data, terms } = useReader();
  if (data.spacing.length === 0) return null;
  return (
    <figure
      class="ml-figure ml-spacing"
      aria-labelledby="figure-medicine-spacing-title"
      aria-describedby="figure-medicine-spacing-desc"
    >
      <p class="ml-figure-desc" id="figure-medicine-spacing-desc">
        Take the medicine at least the first gap <em>before</em> magnesium, or at least the second gap{' '}
        <em>after</em> it. The last column says whose label or guideline gives the gap.
      </p>
      <div class="ml-table-wrap">
        <table>
          <caption id="figure-medicine-spacing-title">Taking a medicine and magnesium: how far apart</caption>
          <thead>
            <tr>
              <th scope="col">Medicine</th>
              <th scope="col">Take the medicine</th>
              <th scope="col">or take it</th>
              <th scope="col">Whose label says so</th>
            </tr>
          </thead>
          <tbody>
            {data.spacing.map((row) => {
              const cells = spacingCells(row);
              return (
                <tr key={row.medicine} class={row.avoid ? 'ml-avoid' : undefined}>
                  <th scope="row">
                    {terms.has(row.termId) ? (
                      <RouteLink route={{ view: 'term', termId: row.termId }}>{row.medicine}</RouteLink>
                    ) : (
                      row.medicine
                    )}
                    {row.note && <span class="ml-muted ml-small ml-spacing-note">{row.note}</span>}
                  </th>
                  {row.avoid ? (
                    <td colSpan={2}>
                      <strong>Do not combine</strong> (not even spaced apart)
                    </td>
                  ) : (
                    <>
                      <td>{cells.before}</td>
                      <td>{cells.after}</td>
                    </>
                  )}
                  <td>{sourceLink(row.source)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
