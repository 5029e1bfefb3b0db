/**
 * The language of an article: the one its export states, else detected from its text with
 * eld (Efficient Language Detector, its smallest database: ~0.4 s to load, ~90 MB, 0.1 ms a
 * text, and right on short news text where tinyld's light model is not), else the site's.
 *
 * The detector is loaded once per thread on first need and handed to the ingest as an
 * explicit function (`DetectLanguage`), so a build whose articles all state their language,
 * or come from the cache, never loads it.
 */

/** Detects the language of a text: a lower-case ISO 639-1 code, or undefined when unsure. */
export type DetectLanguage = (text: string) => string | undefined;

/** How much of an article the detector reads: enough to be sure, little enough to be fast. */
const SAMPLE_CHARS = 1200;
/** Below this many letters a guess is not worth making (the site's language is kept). */
const MIN_LETTERS = 20;

let loading: Promise<DetectLanguage> | undefined;

/** Loads the detector (once per thread). */
export function loadLanguageDetector(): Promise<DetectLanguage> {
  loading ??= import('eld/extrasmall').then(({ eld }) => {
    const detector = eld.newInstance();
    return (text: string): string | undefined => {
      const sample = text.slice(0, SAMPLE_CHARS);
      if ((sample.match(/\p{L}/gu)?.length ?? 0) < MIN_LETTERS) return undefined;
      const result = detector.detect(sample);
      return result.language && result.isReliable() ? result.language : undefined;
    };
  });
  return loading;
}

export interface ArticleLanguage {
  language: string;
  basis: 'export' | 'detected' | 'site';
}

/** The language of an article from what its export states, its text, or the site's default. */
export function articleLanguage(
  stated: string | undefined,
  text: () => string,
  detect: DetectLanguage | undefined,
  siteLanguage: string,
): ArticleLanguage {
  if (stated) return { language: stated, basis: 'export' };
  const detected = detect?.(text());
  return detected ? { language: detected, basis: 'detected' } : { language: siteLanguage, basis: 'site' };
}
