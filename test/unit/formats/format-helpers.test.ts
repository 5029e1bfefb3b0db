/**
 * The helpers the LexisNexis and ProQuest formats share: authors from a byline.
 */
import { describe, expect, it } from 'vitest';
import { bylineAuthors } from '../../../scripts/ingest/formats/byline-names.ts';

describe('byline names', () => {
  it.each([
    ['BY STEPHEN POLLARD', ['STEPHEN POLLARD']],
    ['Ross Ihaka and Robert Gentleman', ['Ross Ihaka', 'Robert Gentleman']],
    ['Craig Nelson (Box by John Brittas)', ['Craig Nelson']],
    ['John Smith, Staff Writer', ['John Smith']],
    ['By Anna Lee; anna.lee@example.com', ['Anna Lee']],
    ['PRUIM, FRED', ['PRUIM, FRED']],
    ['Report from The Pioneer brought to you by HT Syndication.', []],
    ['VAN ONZE CORRESPONDENT', []],
  ])('%s → %j', (byline, names) => {
    expect(bylineAuthors(byline)).toEqual(names);
  });
});
