import { useState } from 'preact/hooks';
import { GradeBadge } from '@/components/ui/GradeBadge';
import { gradeLabel } from '@/components/ui/grade-text';
import { ReviewedDate } from '@/components/ui/ReviewedDate';
import { SourceList } from '@/components/ui/SourceList';
import type { CardTerm, Topic } from '@/utils/dataset/types';
import { ASK_BEFORE_CHANGING, NOT_MEDICAL_ADVICE, NOT_MEDICAL_ADVICE_SHORT } from '@/utils/wording';
import { CardActions, type TermCardActions } from './CardActions';
import { CardFrame } from './CardFrame';
import { ClampedNote } from './ClampedNote';
import { RedFlags } from './RedFlags';

export const DISCLAIMER = NOT_MEDICAL_ADVICE;

export interface TermCardProps {
  term: CardTerm;
  topic: Topic | undefined;
  /** The names of the term's related terms, shown after the sources. */
  related?: string[];
  actions: TermCardActions;
  onClose: () => void;
  /** Where the term is on the page ("Term 3 of 12 on this page"): the card's accessible description. */
  where?: string | undefined;
}

/** Everything MagLens knows about one term: what it has to do with magnesium, how sure that is (a chip in
 * the header), what to do, when to seek care (the essentials, in view without scrolling: card-side.ts
 * places the card where they fit), then why the grade, where it comes from and related terms. */
export function TermCard({ term, topic, related = [], actions, onClose, where }: TermCardProps) {
  const topicName = topic?.name ?? term.topicId;
  // A line under the header once the middle is scrolled, so scrolled text ends at a clear edge.
  const [scrolled, setScrolled] = useState(false);
  return (
    <CardFrame
      labelledBy="ml-card-title ml-card-context"
      describedBy={where ? 'ml-card-where' : undefined}
      onClose={onClose}
    >
      {/* Read by assistive technology only: "Insomnia — Sleep, evidence: limited. Term 3 of 12…" */}
      <span id="ml-card-context" hidden>
        {`— ${topicName}, ${gradeLabel(term.grade).toLowerCase()}`}
      </span>
      {where ? (
        <span id="ml-card-where" hidden>
          {where}
        </span>
      ) : null}
      {/* role="none": inside a page, a card's header and footer are no banner or contentinfo of that page. */}
      {/* biome-ignore lint/a11y/noInteractiveElementToNoninteractiveRole: a header is not interactive; role none only drops its landmark */}
      <header role="none" class={scrolled ? 'scrolled' : undefined}>
        <div class="kicker">
          <p class="topic">
            <span class="dot" style={{ background: topic?.color ?? 'currentColor' }} aria-hidden="true" />
            {topicName}
          </p>
          <GradeBadge grade={term.grade} reason="" />
        </div>
        <h2 id="ml-card-title">{term.name}</h2>
      </header>
      <div class="body" onScroll={(e) => setScrolled(e.currentTarget.scrollTop > 0)}>
        <div class="essentials">
          <ClampedNote text={term.note} />
          {term.practical ? (
            <p class="practical">
              <strong>In practice: </strong>
              {term.practical}
            </p>
          ) : null}
          <RedFlags flags={term.redFlags} />
        </div>
        {/* After the essentials: why the grade, then the sources it rests on. */}
        <div class="details">
          {term.gradeReason ? (
            <p class="grade-why">
              <strong>Why this grade: </strong>
              {term.gradeReason}
            </p>
          ) : null}
          <SourceList sources={term.sources} />
          {related.length > 0 ? (
            <p class="related">
              <strong>Related: </strong>
              {related.join(', ')}
            </p>
          ) : null}
          <ReviewedDate date={term.reviewed} class="reviewed" />
          <p class="disclaimer">{ASK_BEFORE_CHANGING}</p>
        </div>
      </div>
      <footer role="none">
        <CardActions actions={actions} readMoreLabel={term.article.label} topicName={topicName} />
        {/* With the sentence after the sources, the whole of DISCLAIMER. */}
        <p class="disclaimer">{NOT_MEDICAL_ADVICE_SHORT}</p>
      </footer>
    </CardFrame>
  );
}
