import type { Source } from '@/utils/dataset/types';

const isWebUrl = (url: string | undefined): url is string => !!url && /^https?:\/\//i.test(url);

/**
 * A source's title, for the card's and the reader's source lists: a link when the source is on the web
 * (it opens in a new tab and tells the site nothing about the page), plain text otherwise (a title-only
 * citation has no url).
 */
export function sourceLink(source: Source) {
  return isWebUrl(source.url) ? (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      {source.title}
    </a>
  ) : (
    source.title
  );
}
