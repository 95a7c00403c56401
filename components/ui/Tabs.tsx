export interface TabItem<T extends string> {
  id: T;
  label: string;
}

interface Props<T extends string> {
  tabs: TabItem<T>[];
  selected: T;
  onSelect: (id: T) => void;
  label: string;
  /** id of the element the tabs control. */
  panelId: string;
}

/** A tab bar (WAI-ARIA tabs, automatic activation): arrow keys, Home and End move between tabs. */
export function Tabs<T extends string>({ tabs, selected, onSelect, label, panelId }: Props<T>) {
  const move = (event: KeyboardEvent, index: number) => {
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const tab = tabs[next];
    if (!tab || event.altKey) return;
    event.preventDefault();
    onSelect(tab.id);
    const list = (event.currentTarget as HTMLElement).parentElement;
    (list?.children[next] as HTMLElement | undefined)?.focus();
  };
  return (
    <div role="tablist" aria-label={label} class="ml-tabs">
      {tabs.map((tab, index) => (
        <button
          key={tab.id}
          type="button"
          role="tab"
          id={`tab-${tab.id}`}
          aria-selected={tab.id === selected}
          aria-controls={panelId}
          tabIndex={tab.id === selected ? 0 : -1}
          class="ml-tab"
          onClick={() => onSelect(tab.id)}
          onKeyDown={(event) => move(event, index)}
        >
          {/* The label keeps the width of its bold self, so choosing a tab moves none of the others. */}
          <span class="ml-tab-label" data-label={tab.label}>
            {tab.label}
          </span>
        </button>
      ))}
    </div>
  );
}
