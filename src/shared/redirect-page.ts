/**
 * Redirect pages: what the archive publishes at an address that moved (an earlier slug, a
 * short link). They work on any static host, with or without JavaScript:
 *
 * - a script (`redirect.js`, written once per site) goes to the new address at once and
 *   keeps the `#fragment`, so a link to a paragraph still lands on that paragraph;
 * - a `<meta http-equiv="refresh">` does the same without JavaScript (fragment lost);
 * - `<link rel="canonical">` tells search engines where the page lives now;
 * - a plain link, for anything that follows neither.
 */
import type { Element, ElementContent, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';

/** File name of the redirect script, at the site's base path. */
export const REDIRECT_SCRIPT = 'redirect.js';

/** The redirect script: external (not inline), so a strict Content-Security-Policy allows it. */
export const REDIRECT_SCRIPT_SOURCE = `// Redirect pages (src/shared/redirect-page.ts): go to the new address at once, keeping the
// #fragment (a link to a paragraph), which a meta refresh would drop.
(function () {
  var script = document.currentScript;
  var to = script && script.getAttribute('data-to');
  if (to) location.replace(to + location.hash);
})();
`;

export interface RedirectPage {
  /** Where the page sends readers: a root-relative URL, e.g. `/archive/articles/x/`. */
  to: string;
  /** Absolute URL of the target for the canonical link (`to` itself when the site has no URL). */
  canonical: string;
  /** Title of the page the redirect leads to. */
  title: string;
  /** Root-relative URL of the redirect script. */
  script: string;
  /** Language of the site (BCP 47). */
  language: string;
}

function el(tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element {
  return { type: 'element', tagName, properties, children };
}

const text = (value: string): ElementContent => ({ type: 'text', value });

/** The HTML of a redirect page. */
export function redirectPageHtml(page: RedirectPage): string {
  const tree: Root = {
    type: 'root',
    children: [
      { type: 'doctype' },
      el('html', { lang: page.language }, [
        el('head', {}, [
          el('meta', { charSet: 'utf-8' }),
          el('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
          el('title', {}, [text(`Redirecting: ${page.title}`)]),
          el('meta', { name: 'robots', content: 'noindex' }),
          el('link', { rel: ['canonical'], href: page.canonical }),
          el('script', { src: page.script, dataTo: page.to }),
          el('meta', { httpEquiv: ['refresh'], content: `0; url=${page.to}` }),
        ]),
        el('body', {}, [
          el('p', {}, [
            text('This address leads to '),
            el('a', { href: page.to }, [text(page.title)]),
            text('.'),
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(tree, { upperDoctype: true })}\n`;
}
