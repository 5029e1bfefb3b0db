/**
 * Pagefind excerpts, made safe: its excerpt HTML is text with `<mark>` around matches, and
 * only that survives (any other markup becomes its text).
 */

function parse(excerptHtml: string): ChildNode[] {
  const doc = new DOMParser().parseFromString(`<body>${excerptHtml}</body>`, 'text/html');
  return Array.from(doc.body.childNodes);
}

/** Copies Pagefind's excerpt HTML into `target`, keeping only text and <mark>. */
export function appendExcerpt(target: HTMLElement, excerptHtml: string): void {
  for (const node of parse(excerptHtml)) {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      target.append(mark);
    } else {
      target.append(node.textContent ?? '');
    }
  }
}

/** The words Pagefind marked in an excerpt (the forms of the query words that matched). */
export function markedWords(excerptHtml: string): string[] {
  const words: string[] = [];
  for (const node of parse(excerptHtml)) {
    if (node instanceof HTMLElement && node.tagName === 'MARK') {
      const word = (node.textContent ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (word.length >= 2) words.push(word);
    }
  }
  return words;
}
