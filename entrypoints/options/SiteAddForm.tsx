import { useState } from 'preact/hooks';

interface Props {
  /** Resolves to an error message, or null once the site is saved. */
  onAdd: (input: string) => Promise<string | null>;
}

/** A field to add a site, with what is wrong with it said next to it. The text stays on failure. */
export function SiteAddForm({ onAdd }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    // Read the field itself: a fast paste-and-Enter can come before the next render.
    const field = (event.currentTarget as HTMLFormElement).elements.namedItem('site') as HTMLInputElement;
    setBusy(true);
    const problem = await onAdd(field.value);
    setBusy(false);
    setError(problem);
    if (!problem) setText('');
  };

  return (
    <form class="ml-site-form" onSubmit={submit} noValidate>
      <label for="site-input">Add a site</label>
      <div class="ml-site-form-row">
        <input
          id="site-input"
          name="site"
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com or *.example.com"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'site-input-error site-input-hint' : 'site-input-hint'}
          onInput={(event) => setText(event.currentTarget.value)}
        />
        <button type="submit" class="ml-button" disabled={busy}>
          Add
        </button>
      </div>
      <p id="site-input-hint" class="ml-hint">
        “example.com” covers its subdomains too; “*.example.com” only its subdomains. You can paste a page’s
        address.
      </p>
      {error && (
        <p id="site-input-error" class="ml-error" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
