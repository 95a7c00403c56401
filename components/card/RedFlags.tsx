interface Props {
  flags: string[];
}

/** When to seek care: marked with a warning sign and colour, never by colour alone. */
export function RedFlags({ flags }: Props) {
  if (flags.length === 0) return null;
  return (
    <section class="flags" aria-labelledby="ml-flags-title">
      <h3 id="ml-flags-title">
        <span aria-hidden="true">⚠ </span>Seek care if
      </h3>
      <ul>
        {flags.map((flag) => (
          <li key={flag}>{flag}</li>
        ))}
      </ul>
    </section>
  );
}
