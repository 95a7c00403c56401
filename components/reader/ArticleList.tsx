import { RouteLink } from '@/components/navigation/RouteLink';
import type { Article } from '@/utils/dataset/types';

/** The articles in their reading order, each with its summary. */
export function ArticleList({ articles }: { articles: Article[] }) {
  if (articles.length === 0) return <p class="ml-empty">No articles are available in this build.</p>;
  const sorted = [...articles].sort((a, b) => a.order - b.order);
  return (
    <section aria-labelledby="articles-heading">
      <h1 id="articles-heading" class="ml-view-title">
        Articles
      </h1>
      <ul class="ml-list">
        {sorted.map((article) => (
          <li key={article.id} class="ml-list-item">
            <RouteLink route={{ view: 'article', articleId: article.id }} class="ml-item-title">
              {article.title}
            </RouteLink>
            <p class="ml-muted">{article.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
