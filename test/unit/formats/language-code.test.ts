/**
 * Language names and codes as the exports state them (formats/common/language-code.ts): the
 * names in every interface language and in the language itself, lists of names, codes.
 */
import { describe, expect, it } from 'vitest';
import {
  languageCode,
  languageFromCode,
  languageFromName,
} from '../../../scripts/ingest/formats/common/language-code.ts';

describe('language names', () => {
  it.each([
    ['ENGLISH', 'en'],
    ['English', 'en'],
    ['Englisch', 'en'],
    ['Anglais', 'en'],
    ['英文', 'en'],
    ['Deutsch', 'de'],
    ['German', 'de'],
    ['Nederlands', 'nl'],
    ['Español', 'es'],
    ['FRANCAISE', 'fr'],
    ['Korean', 'ko'],
    ['한국어', 'ko'],
    ['韩文', 'ko'],
    ['韓文', 'ko'],
    ['Norwegian Bokmål', 'nb'],
    ['Chinese-Simplified', 'zh-hans'],
    ['Chinese (Traditional)', 'zh-hant'],
    ['中文（简体）', 'zh-hans'],
  ])('%s → %s', (name, code) => {
    expect(languageFromName(name)).toBe(code);
    expect(languageCode(name)).toBe(code);
  });

  it('reads a name as the whole text only: no lists, no codes, nothing else', () => {
    expect(languageFromName('GERMAN; DEUTSCH')).toBeUndefined();
    expect(languageFromName('IT')).toBeUndefined();
    expect(languageFromName('Magazin')).toBeUndefined();
  });
});

describe('stated language fields', () => {
  it.each([
    ['GERMAN; DEUTSCH', 'de'],
    ['German, Deutsch', 'de'],
    ['FRENCH; FRANÇAIS', 'fr'],
    ['FRENCH; FRANCAISE', 'fr'],
    ['Dutch / Nederlands', 'nl'],
    ['DANISH; DANSK', 'da'],
    ['EN', 'en'],
    ['de-DE', 'de-de'],
  ])('%s → %s', (stated, code) => {
    expect(languageCode(stated)).toBe(code);
  });

  it('knows no made-up language', () => {
    expect(languageCode('Klingon')).toBeUndefined();
    expect(languageCode('Elvish')).toBeUndefined();
  });
});

describe('language codes', () => {
  it('gives the canonical code of one CLDR knows', () => {
    expect(languageFromCode('ko')).toBe('ko');
    expect(languageFromCode('EN')).toBe('en');
    expect(languageFromCode('iw')).toBe('he');
    expect(languageFromCode('xx')).toBeUndefined();
    expect(languageFromCode('English')).toBeUndefined();
  });
});
