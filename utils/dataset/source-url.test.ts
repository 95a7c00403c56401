import { describe, expect, it } from 'vitest';
import { whyNotASourceUrl } from './source-url';

describe('whyNotASourceUrl', () => {
  it.each([
    'https://pubmed.ncbi.nlm.nih.gov/?term=Agus+1999+hypomagnesemia',
    'https://www.medicines.org.uk/emc/search?q=doxycycline',
    'https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=alendronate',
    'https://example.org/search/results?x=1',
    'https://www.google.com/search?q=magnesium',
  ])('refuses the search page %s', (url) => {
    expect(whyNotASourceUrl(url)).toMatch(/search page/);
  });

  it.each(['https://www.medicines.org.uk/emc/', 'https://www.fda.gov/', 'https://www.nice.org.uk'])(
    "refuses the site's home page %s",
    (url) => {
      expect(whyNotASourceUrl(url)).toMatch(/home page/);
    },
  );

  it('refuses a DailyMed page that is not a label by setid', () => {
    expect(whyNotASourceUrl('https://dailymed.nlm.nih.gov/dailymed/index.cfm')).toMatch(/setid/);
  });

  it.each([
    'https://pubmed.ncbi.nlm.nih.gov/2598571/',
    'https://doi.org/10.1002/pds.4636',
    'https://ods.od.nih.gov/factsheets/Magnesium-HealthProfessional/',
    'https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=888dc7f9-ad9c-4c00-8d50-8ddfd9bd27c0',
    'https://www.nice.org.uk/guidance/cg32',
  ])('accepts the record %s', (url) => {
    expect(whyNotASourceUrl(url)).toBeNull();
  });
});
