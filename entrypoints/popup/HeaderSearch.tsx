interface Props {
  onSearch: (query: string) => void;
}

/** The search field at the top of the popup, on every view but Search (which has its own, in its place). */
export function HeaderSearch({ onSearch }: Props) {
  return (
    <input
      type="search"
      class="ml-search-input ml-header-search"
      aria-label="Search terms and articles"
      placeholder="Search terms and articles"
      onInput={(event) => {
        const query = event.currentTarget.value;
        if (query.trim()) onSearch(query);
      }}
    />
  );
}
