import type { SiteMode } from '@/utils/settings';
import { RadioGroup, type RadioOption } from './RadioGroup';
import { SiteAddForm } from './SiteAddForm';

interface Props {
  siteMode: SiteMode;
  sites: readonly string[];
  onMode: (mode: SiteMode) => void;
  /** Resolves to an error message, or null once the site is saved. */
  onAdd: (input: string) => Promise<string | null>;
  onRemove: (pattern: string) => void;
}

const MODES: RadioOption<SiteMode>[] = [
  { value: 'all-except', label: 'On every site except the ones listed below' },
  { value: 'only-listed', label: 'Only on the sites listed below' },
];

/** Where MagLens runs: the mode and the list of sites. */
export function SitesSection({ siteMode, sites, onMode, onAdd, onRemove }: Props) {
  const listName = siteMode === 'all-except' ? 'Sites where MagLens is off' : 'Sites where MagLens is on';
  return (
    <section class="ml-section" aria-labelledby="sites-heading">
      <h2 id="sites-heading">Sites</h2>
      <RadioGroup
        legend="Where MagLens runs"
        name="site-mode"
        value={siteMode}
        options={MODES}
        onChange={onMode}
      />
      <SiteAddForm onAdd={onAdd} />
      <h3 id="site-list-heading">{listName}</h3>
      {sites.length === 0 ? (
        <p class="ml-hint">No sites yet.</p>
      ) : (
        <ul class="ml-site-list" aria-labelledby="site-list-heading">
          {sites.map((site) => (
            <li key={site}>
              <span class="ml-site">{site}</span>
              <button
                type="button"
                class="ml-button ml-button-small"
                aria-label={`Remove ${site}`}
                onClick={() => onRemove(site)}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
