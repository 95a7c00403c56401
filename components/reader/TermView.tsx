import { useEffect, useState } from 'preact/hooks';
import { RouteLink } from '@/components/navigation/RouteLink';
import { useReader } from '@/components/navigation/reader-context';
import { GradeBadge } from '@/components/ui/GradeBadge';
import { ReviewedDate } from '@/components/ui/ReviewedDate';
import { SourceList } from '@/components/ui/SourceList';
import type { CardTerm, Topic } from '@/utils/dataset/types';
import { NOT_MEDICAL_ADVICE } from '@/utils/wording';

interface Props {
  term: CardTerm;
  topic?: Topic;
}

type SaveState =
  | { state: 'idle' }
  | { state: 'saving' }
  | { state: 'saved' }
  | { state: 'error'; message: string };

/** A term's card in the reader: everything the hover card shows, with links to related terms. */
export function TermView({ term, topic }: Props) {
  const { terms, saveTerm } = useReader();
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  useEffect(() => {
    setSave({ state: 'idle' });
    document.getElementById('term-title')?.focus({ preventScroll: true });
  }, [term.id]);
  const related = term.related.map((id) => terms.get(id)).filter((t): t is CardTerm => !!t);

  const onSave = async () => {
    setSave({ state: 'saving' });
    const result = await saveTerm(term.id);
    setSave(result.ok ? { state: 'saved' } : { state: 'error', message: result.message });
  };

  return (
    <article class="ml-term" aria-labelledby="term-title">
      <p class="ml-eyebrow">{topic?.name ?? 'MagLens'}</p>
      <h1 id="term-title" tabIndex={-1}>
        {term.name}
      </h1>
      <GradeBadge grade={term.grade} reason={term.gradeReason} />
      <p>{term.note}</p>
      <h2>What you can do</h2>
      <p>{term.practical}</p>
      {term.redFlags.length > 0 && (
        <div class="ml-red-flags" role="note" aria-label="When to seek care">
          <h2>When to seek care</h2>
          <ul>
            {term.redFlags.map((flag) => (
              <li key={flag}>{flag}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        Read more:{' '}
        <RouteLink
          route={{ view: 'article', articleId: term.article.articleId, sectionId: term.article.sectionId }}
        >
          {term.article.label}
        </RouteLink>
      </p>
      {related.length > 0 && (
        <>
          <h2>Related</h2>
          <ul class="ml-inline-list">
            {related.map((t) => (
              <li key={t.id}>
                <RouteLink route={{ view: 'term', termId: t.id }}>{t.name}</RouteLink>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="ml-actions">
        <button type="button" class="ml-button" onClick={onSave} disabled={save.state === 'saving'}>
          {save.state === 'saved' ? 'Saved to My notes' : 'Save to My notes'}
        </button>
        <span role="status" class={save.state === 'error' ? 'ml-error' : 'ml-muted'}>
          {save.state === 'saved' && (
            <RouteLink route={{ view: 'notes' }}>Add your own words in My notes</RouteLink>
          )}
          {save.state === 'error' && save.message}
        </span>
      </div>
      <SourceList sources={term.sources} headingLevel={2} />
      <ReviewedDate date={term.reviewed} />
      <p class="ml-disclaimer">{NOT_MEDICAL_ADVICE}</p>
    </article>
  );
}
