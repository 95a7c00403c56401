import type { VNode } from 'preact';
import { useReader } from '@/components/navigation/reader-context';
import type { Route } from '@/components/navigation/route';
import { NotesPanel } from '@/components/notes/NotesPanel';
import { SearchPanel } from '@/components/search/SearchPanel';
import { ArticleList } from './ArticleList';
import { ArticleView } from './ArticleView';
import { TermView } from './TermView';

interface Props {
  route: Route;
  /** Content of the popup's "On this page" view. */
  pageView?: () => VNode;
  onSearch: (query: string) => void;
}

/** The view for the current route. */
export function RouteView({ route, pageView, onSearch }: Props) {
  const { data, terms, topics, articles } = useReader();
  switch (route.view) {
    case 'page':
      return pageView ? pageView() : <ArticleList articles={data.articles} />;
    case 'articles':
      return <ArticleList articles={data.articles} />;
    case 'search':
      return <SearchPanel query={route.query} onQuery={onSearch} />;
    case 'notes':
      return <NotesPanel />;
    case 'article': {
      const article = articles.get(route.articleId);
      if (!article) return <p class="ml-empty">This article is not in this version of MagLens.</p>;
      return <ArticleView article={article} sectionId={route.sectionId} />;
    }
    case 'term': {
      const term = terms.get(route.termId);
      if (!term) return <p class="ml-empty">This term is not in this version of MagLens.</p>;
      return <TermView term={term} topic={topics.get(term.topicId)} />;
    }
  }
}
