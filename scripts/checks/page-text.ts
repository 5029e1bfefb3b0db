/**
 * Reads the article text a built page shows, with htmlparser2 (a real, streaming HTML
 * parser): the title, the blocks of the body and the footer line, as the fidelity check
 * (scripts/checks/fidelity.ts) compares them with the input.
 *
 * Inside the element with `data-pagefind-body` (the article; the markers are named in
 * src/shared/page-markers.ts):
 * - the first `h1` is the title;
 * - in `.article-body`, every `h1`–`h6`, `p` and `li` is one block; an `li` of a `ul` is a
 *   bulleted item, an `li` of an `ol` a numbered item with the number the browser shows;
 *   text outside any block is reported as stray text;
 * - `.article-source` is the footer line.
 * Elements with `data-archive-chrome` are skipped with everything in them, and so are
 * `script`, `style`, `template` and `noscript`. Everything else in the article (meta line,
 * provenance) is page chrome by position.
 *
 * It also reports markup in the article body that article text can never produce: an
 * element other than a block, a list or a link, an `on…` event handler attribute, or a
 * link whose scheme is not http, https or mailto.
 */
import { Parser } from 'htmlparser2';
import {
  ARTICLE_ATTR,
  BODY_CLASS,
  CHROME_ATTR,
  FIELD_ATTR,
  FOOTER_LINE_CLASS,
} from '../../src/shared/page-markers.ts';
import { normaliseText, type PageText, type PageUnit } from './fidelity.ts';

const BLOCKS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'li']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BODY_ELEMENTS = new Set([...BLOCKS, 'ul', 'ol', 'a']);
const INVISIBLE = new Set(['script', 'style', 'template', 'noscript']);
const SAFE_HREF = /^(?:https?:|mailto:)/i;

type Region = 'title' | 'body' | 'footer';

interface Frame {
  name: string;
  /** Set on the element that opens a region, a block, a list or a skipped subtree. */
  opens?: 'article' | Region | 'block' | 'list' | 'skip';
  /** For lists: ordered or not, and the number of the next item. */
  ordered?: boolean;
  next?: number;
}

function hasClass(attribs: Record<string, string>, name: string): boolean {
  const cls = attribs.class;
  return cls !== undefined && cls.split(/\s+/).includes(name);
}

/**
 * The article text of one page's HTML, or undefined when the page has no article
 * (no `data-pagefind-body`).
 */
export function readArticlePageText(html: string): PageText | undefined {
  const units: PageUnit[] = [];
  const problems: string[] = [];
  const fields = new Set<string>();
  const stack: Frame[] = [];
  let articles = 0;
  let inArticle = 0;
  let region: Region | undefined;
  let titleSeen = false;
  let skipDepth = 0;
  let buffer = '';
  let stray = '';
  let block: { role: PageUnit['role']; number?: number } | undefined;
  let list: Frame | undefined;

  const flushStray = (): void => {
    const text = normaliseText(stray);
    if (text !== '') units.push({ role: 'stray', text });
    stray = '';
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        const frame: Frame = { name };
        stack.push(frame);
        if (skipDepth > 0) return;
        if (CHROME_ATTR in attribs || INVISIBLE.has(name)) {
          if (region === 'body' && INVISIBLE.has(name) && !(CHROME_ATTR in attribs))
            problems.push(`<${name}> element in the article body`);
          frame.opens = 'skip';
          skipDepth++;
          return;
        }
        if (inArticle === 0) {
          if (ARTICLE_ATTR in attribs) {
            frame.opens = 'article';
            inArticle++;
            articles++;
          }
          return;
        }
        const field = attribs[FIELD_ATTR];
        if (field) fields.add(field);
        if (region === undefined) {
          if (name === 'h1' && !titleSeen) {
            frame.opens = 'title';
            region = 'title';
            titleSeen = true;
            buffer = '';
          } else if (hasClass(attribs, BODY_CLASS)) {
            frame.opens = 'body';
            region = 'body';
          } else if (hasClass(attribs, FOOTER_LINE_CLASS)) {
            frame.opens = 'footer';
            region = 'footer';
            buffer = '';
          }
          return;
        }
        if (region !== 'body') return;
        if (!BODY_ELEMENTS.has(name)) problems.push(`<${name}> element in the article body`);
        for (const attr of Object.keys(attribs)) {
          if (attr.startsWith('on')) problems.push(`event handler ${attr}= on <${name}> in the article body`);
        }
        if (name === 'a' && attribs.href !== undefined && !SAFE_HREF.test(attribs.href.trim())) {
          problems.push(`link to ${JSON.stringify(attribs.href.slice(0, 60))} in the article body`);
        }
        if (name === 'ul' || name === 'ol') {
          frame.opens = 'list';
          frame.ordered = name === 'ol';
          frame.next = name === 'ol' && attribs.start !== undefined ? Number(attribs.start) : 1;
          list = frame;
          return;
        }
        if (BLOCKS.has(name) && block === undefined) {
          flushStray();
          frame.opens = 'block';
          buffer = '';
          if (name === 'li' && list) {
            const number = attribs.value !== undefined ? Number(attribs.value) : list.next!;
            list.next = number + 1;
            block = list.ordered ? { role: 'numbered', number } : { role: 'bullet' };
          } else {
            block = { role: HEADINGS.has(name) ? 'heading' : 'paragraph' };
          }
        }
      },
      ontext(text) {
        if (skipDepth > 0 || inArticle === 0) return;
        if (region === 'title' || region === 'footer' || (region === 'body' && block)) buffer += text;
        else if (region === 'body') stray += text;
      },
      onclosetag() {
        const frame = stack.pop();
        if (!frame?.opens) return;
        switch (frame.opens) {
          case 'skip':
            skipDepth--;
            return;
          case 'article':
            inArticle--;
            return;
          case 'title':
            units.push({ role: 'title', text: normaliseText(buffer) });
            region = undefined;
            return;
          case 'footer':
            units.push({ role: 'footer', text: normaliseText(buffer) });
            region = undefined;
            return;
          case 'body':
            flushStray();
            region = undefined;
            return;
          case 'list':
            list = [...stack].reverse().find((f) => f.opens === 'list');
            return;
          case 'block':
            units.push({ ...block!, text: normaliseText(buffer) });
            block = undefined;
            return;
        }
      },
    },
    { decodeEntities: true },
  );
  // The head holds no article text: parsing starts at the body. Astro escapes `<` in text
  // and attribute values, so the first `<body` in the file is the body tag.
  const body = html.indexOf('<body');
  parser.end(body > 0 ? html.slice(body) : html);
  if (articles === 0) return undefined;
  if (articles > 1) problems.push(`${articles} elements with ${ARTICLE_ATTR} (expected one article)`);
  return { units, problems, fields: [...fields] };
}
