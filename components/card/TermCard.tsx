import { GradeBadge } from '@/components/ui/GradeBadge';
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
}

/** Everything MagLens knows about one term: what it has to do with magnesium, how sure that is, what to
 * do, when to seek care, and where it comes from. */
export function TermCard({ term, topic, actions, onClose }: Props) {
  const topicName = topic?.name ?? term.topicId;
  return (
    <CardFrame labelledBy="ml-card-title" onClose={onClose}>
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
