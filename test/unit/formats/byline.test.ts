/**
 * Authors from a byline (formats/common/byline.ts), as the formats' bylines state them: the
 * names without "By", roles, emails, notes and affiliations, split at `and`, `,`, `;`.
 */
import { describe, expect, it } from 'vitest';
import { bylineAuthors } from '../../../scripts/ingest/formats/common/byline.ts';

describe('byline names', () => {
  it.each([
    ['BY STEPHEN POLLARD', ['STEPHEN POLLARD']],
    ['By ALAN RIDING', ['ALAN RIDING']],
    ['Von JÜRGEN MÖLLER und KÄTHE STRAUß (Fotos)', ['JÜRGEN MÖLLER', 'KÄTHE STRAUß']],
    ['Aus Chicago berichtet DAVID VERHOFF', ['DAVID VERHOFF']],
    ['Ross Ihaka and Robert Gentleman', ['Ross Ihaka', 'Robert Gentleman']],
    [' By Marta Okonjo and Liam Chen. ', ['Marta Okonjo', 'Liam Chen']],
    ['By Ann Lee and Bo Ek, CNN', ['Ann Lee', 'Bo Ek']],
    ['Ann Lee,Bo Park, Cy Young', ['Ann Lee', 'Bo Park', 'Cy Young']],
    ['PRUIM, FRED', ['PRUIM, FRED']],
    ['By M.B. Maramkal.', ['M.B. Maramkal']],
    ['By Martin Luther King Jr.', ['Martin Luther King Jr.']],
    ['By April Smith', ['April Smith']],
    ['Anouk de Vries', ['Anouk de Vries']],
    ['김민지 기자', ['김민지']],
  ])('%s → %j', (byline, names) => {
    expect(bylineAuthors(byline)).toEqual(names);
  });

  it.each([
    ['John Smith, Staff Writer', ['John Smith']],
    ['By Ann Lee, AP Business Writer', ['Ann Lee']],
    ['By Jane Doe, Staff Writer jane@example.invalid', ['Jane Doe']],
    ['By Anna Lee; anna.lee@example.com', ['Anna Lee']],
    ['Craig Nelson (Box by John Brittas)', ['Craig Nelson']],
    ['Cy Moss; Special for The Example', ['Cy Moss']],
    ['Dee Rowe in Brussels', ['Dee Rowe']],
    ['By John Smith in London', ['John Smith']],
    ['Lee Park Brexit correspondent', ['Lee Park']],
    ['Eli Park, Example Newspapers, Lake County', ['Eli Park']],
  ])('leaves roles, places and affiliations out: %s → %j', (byline, names) => {
    expect(bylineAuthors(byline)).toEqual(names);
  });

  it.each([
    'Report from The Pioneer brought to you by HT Syndication.',
    'VAN ONZE CORRESPONDENT',
    'States News Service',
    'McKinsey & Company',
    'Reuters',
  ])('names no one in %s', (byline) => {
    expect(bylineAuthors(byline)).toEqual([]);
  });
});
