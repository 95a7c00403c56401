import { useEffect } from 'preact/hooks';
import { RouteLink } from '@/components/navigation/RouteLink';
import { ReviewedDate } from '@/components/ui/ReviewedDate';
import { SourceList } from '@/components/ui/SourceList';
import type { Article } from '@/utils/dataset/types';
import { NOT_MEDICAL_ADVICE } from '@/utils/wording';
import { BlockView } from './BlockView';

interface Props {
  article: Article;
  /** The section to land on (from a card's "Read more" or the contents). */
  sectionId?: string;
}

export const sectionDomId = (sectionId: string) => `section-${sectionId}`;

/** A full article: contents, sections, then its sources and the not-medical-advice line. */
export function ArticleView({ article, sectionId }: Props) {
  useEffect(() => {
    const target = document.getElementById(sectionId ? sectionDomId(sectionId) : 'article-title');
    if (!target) return;
    target.scrollIntoView({ block: 'start' });
    target.focus({ preventScroll: true });
  }, [article.id, sectionId]);

  return (
    <article class="ml-article" aria-labelledby="article-title">
      <h1 id="article-title" tabIndex={-1}>
        {article.title}
      </h1>
      <p class="ml-summary">{article.summary}</p>
      <ReviewedDate date={article.reviewed} />
      <nav class="ml-toc" aria-label="Contents">
        <h2 class="ml-toc-heading">Contents</h2>
        <ol>
          {article.sections.map((section) => (
            <li key={section.id}>
              <RouteLink
                route={{ view: 'article', articleId: article.id, sectionId: section.id }}
                class={section.id === sectionId ? 'ml-current' : undefined}
              >
                {section.heading}
              </RouteLink>
            </li>
          ))}
        </ol>
      </nav>
      {article.sections.map((section) => (
        <section key={section.id} aria-labelledby={sectionDomId(section.id)}>
          <h2 id={sectionDomId(section.id)} tabIndex={-1}>
            {section.heading}
          </h2>
          {section.blocks.map((block, i) => (
            <BlockView key={i} block={block} />
          ))}
        </section>
      ))}
      <footer class="ml-article-end">
        <SourceList sources={article.sources} headingLevel={2} />
        <p class="ml-disclaimer">{NOT_MEDICAL_ADVICE}</p>
      </footer>
    </article>
  );
}
