import * as v from 'valibot';
import { whyNotASourceUrl } from './source-url.ts';

/**
 * How a source is written in data/ (topics, articles, the spacing table and the figure data alike): checked
 * at build time, and kept here beside the runtime types because the figure data's schema uses it too.
 */

const text = v.pipe(v.string(), v.trim(), v.nonEmpty('must not be empty'));

export const sourceSchema = v.strictObject({
  title: text,
  /** Optional: a title with no link where no identifier could be verified (never a search page). */
  url: v.optional(
    v.pipe(
      v.string(),
      v.url('must be a URL'),
      v.startsWith('https://', 'must start with https://'),
      v.rawCheck(({ dataset, addIssue }) => {
        const why = dataset.typed ? whyNotASourceUrl(dataset.value) : null;
        if (why) addIssue({ message: why });
      }),
    ),
  ),
  pmid: v.optional(
    v.pipe(
      v.union([v.string(), v.number()]),
      v.transform(String),
      v.regex(/^\d{5,9}$/, 'a PMID is 5–9 digits'),
    ),
  ),
  doi: v.optional(v.pipe(v.string(), v.regex(/^10\.\d{4,9}\/\S+$/, 'a DOI looks like 10.1234/abc'))),
});
