import { GradeBadge } from '@/components/ui/GradeBadge';
import { gradeLabel } from '@/components/ui/grade-text';
import { ReviewedDate } from '@/components/ui/ReviewedDate';
import { SourceList } from '@/components/ui/SourceList';
import type { CardTerm, Topic } from '@/utils/dataset/types';
import { NOT_MEDICAL_ADVICE } from '@/utils/wording';
import { CardActions, type TermCardActions } from './CardActions';
import { CardFrame } from './CardFrame';
import { RedFlags } from './RedFlags';

export const DISCLAIMER = NOT_MEDICAL_ADVICE;

interface Props {
  term: CardTerm;
  topic: Topic | undefined;
  actions: TermCardActions;
  onClose: () => void;
  /** Where the term is on the page ("Term 3 of 12 on this page"): the card's accessible description. */
  where?: string | undefined;
}

/** Everything MagLens knows about one term: what it has to do with magnesium, how sure that is, what to
 * do, when to seek care, and where it comes from. */
export function TermCard({ term, topic, actions, onClose, where }: Props) {
  const topicName = topic?.name ?? term.topicId;
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
      <header>
        <p class="topic">
          <span class="dot" style={{ background: topic?.color ?? 'currentColor' }} aria-hidden="true" />
          {topicName}
        </p>
        <h2 id="ml-card-title">{term.name}</h2>
      </header>
      <div class="body">
        <p class="note">{term.note}</p>
        <GradeBadge grade={term.grade} reason={term.gradeReason} />
        {term.practical ? (
          <p class="practical">
            <strong>In practice: </strong>
            {term.practical}
          </p>
        ) : null}
        <RedFlags flags={term.redFlags} />
        <SourceList sources={term.sources} />
        <ReviewedDate date={term.reviewed} class="reviewed" />
      </div>
      <footer>
        <CardActions actions={actions} readMoreLabel={term.article.label} topicName={topicName} />
        <p class="disclaimer">{DISCLAIMER}</p>
      </footer>
    </CardFrame>
  );
}
