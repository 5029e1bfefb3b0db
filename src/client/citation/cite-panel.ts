/**
 * The article page's citation tools, started by site.ts on an article page:
 * - the "Cite this article" panel (src/components/CitePanel.astro): when first opened it
 *   loads the formatter (format.ts, with citeproc), formats the page's CSL-JSON item in each
 *   style, with a copy button each, and makes the BibTeX and RIS downloads;
 * - each paragraph's anchor link (src/plugins/rehype-anchor-links.ts): choosing it still
 *   goes to the paragraph, and shows a small bar under it to copy the paragraph's permanent
 *   link or its APA citation with that link.
 */
import type { CslItem } from '../../shared/citation.ts';
import { fetchSiteFile } from '../search/site-files.ts';
import type { CitationStyle } from './format.ts';
import { copyText } from './copy-text.ts';
import { loadFormatter } from './load-formatter.ts';

/** Where the site publishes a CSL style, below its root (src/pages/cite/styles/[style].csl.ts). */
const cslStylePath = (name: string): string => `cite/styles/${name}.csl`;

/**
 * The page's CSL-JSON item. Without a configured site URL its URL is root-relative
 * (`/a/<id>/`); a citation needs it whole, so it is resolved against the page's address.
 */
function readItem(): CslItem | undefined {
  const json = document.getElementById('csl-item')?.textContent;
  if (!json) return undefined;
  const item = JSON.parse(json) as CslItem;
  return { ...item, URL: new URL(item.URL, location.href).href };
}

/** A reference's HTML from citeproc, kept to its inline formatting: text, i, b, sup, sub. */
function referenceNode(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  const entry = parsed.querySelector('.csl-entry') ?? parsed.body;
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: Node): void => {
    for (const child of from.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) to.appendChild(document.createTextNode(child.textContent ?? ''));
      else if (child instanceof Element) {
        const tag = child.tagName.toLowerCase();
        const kept = ['i', 'b', 'sup', 'sub'].includes(tag) ? document.createElement(tag) : undefined;
        copy(child, kept ?? to);
        if (kept) to.appendChild(kept);
      }
    }
  };
  copy(entry, out);
  return out;
}

function copyButton(label: string, text: () => string | Promise<string>): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'cite__copy';
  button.textContent = label;
  button.addEventListener('click', () => {
    void Promise.resolve(text())
      .then(copyText)
      .then((ok) => {
        button.textContent = ok ? 'Copied' : 'Could not copy';
        setTimeout(() => (button.textContent = label), 2000);
      });
  });
  return button;
}

async function fillPanel(panel: HTMLElement, item: CslItem): Promise<void> {
  const list = panel.querySelector<HTMLElement>('[data-cite-styles]');
  if (!list) return;
  list.textContent = 'Formatting…';
  const format = await loadFormatter();
  const names = JSON.parse(panel.dataset.cite ?? '[]') as string[];
  // Below the site's root: the hosted site's base, or the offline edition's folder, where
  // fetchSiteFile reads the style from its carrier.
  const root = new URL(import.meta.env.BASE_URL, location.href);
  await Promise.all(
    names.map(async (name) => {
      if (format.hasStyle(name)) return;
      const response = await fetchSiteFile(new URL(cslStylePath(name), root).href);
      if (response.ok) format.addStyle(name, await response.text());
    }),
  );
  list.textContent = '';
  for (const [style, label] of Object.entries(format.CITATION_STYLES) as [CitationStyle, string][]) {
    if (!format.hasStyle(style)) continue;
    const li = document.createElement('li');
    const name = document.createElement('span');
    name.className = 'cite__style';
    name.textContent = label;
    const reference = document.createElement('p');
    reference.className = 'cite__reference';
    reference.appendChild(referenceNode(format.formatReference(item, style, 'html')));
    li.append(
      name,
      reference,
      copyButton(`Copy ${label}`, () => format.formatReference(item, style)),
    );
    li.dataset.citeStyle = style;
    list.appendChild(li);
  }
  // Made here, each with its file, so that the page never has a link that leads nowhere.
  const downloads = panel.querySelector<HTMLElement>('[data-cite-file]');
  const file = downloads?.dataset.citeFile ?? item.id;
  const formats = [
    ['bibtex', 'BibTeX', format.toBibtex(item), 'application/x-bibtex', 'bib'],
    ['ris', 'RIS', format.toRis(item), 'application/x-research-info-systems', 'ris'],
  ] as const;
  for (const [kind, label, text, type, extension] of formats) {
    if (!downloads || downloads.querySelector(`[data-cite-download="${kind}"]`)) continue;
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type }));
    link.download = `${file}.${extension}`;
    link.dataset.citeDownload = kind;
    link.textContent = label;
    downloads.append(' ', link);
  }
}

function startPanel(item: CslItem): void {
  const panel = document.querySelector<HTMLDetailsElement>('details[data-cite]');
  if (!panel) return;
  const permalink = panel.querySelector<HTMLAnchorElement>('.cite__permalink a');
  if (permalink) permalink.textContent = item.URL;
  for (const button of panel.querySelectorAll<HTMLButtonElement>('button[data-copy-permalink]')) {
    button.replaceWith(copyButton(button.textContent ?? 'Copy', () => item.URL));
  }
  let filled = false;
  const fill = (): void => {
    if (!panel.open || filled) return;
    filled = true;
    void fillPanel(panel, item).catch(() => {
      const list = panel.querySelector('[data-cite-styles]');
      if (list)
        list.textContent =
          'The references could not be formatted here; the CSL-JSON file below has the data.';
    });
  };
  panel.addEventListener('toggle', fill);
  if (location.hash === '#cite') {
    panel.open = true;
    fill();
  }
}

/** The bar under a paragraph: copy its permanent link, or its citation. */
function paragraphBar(block: HTMLElement, item: CslItem): HTMLElement {
  const bar = document.createElement('div');
  bar.className = 'cite-paragraph';
  bar.setAttribute('data-archive-chrome', '');
  bar.setAttribute('data-pagefind-ignore', '');
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Cite this paragraph');
  const link = `${item.URL}#${block.id}`;
  const paragraphItem: CslItem = { ...item, URL: link };
  bar.append(
    copyButton('Copy link to paragraph', () => link),
    copyButton('Copy citation (APA)', async () =>
      (await loadFormatter()).formatReference(paragraphItem, 'apa'),
    ),
  );
  return bar;
}

function startParagraphLinks(item: CslItem): void {
  const body = document.getElementById('article-body');
  body?.addEventListener('click', (event) => {
    const anchor = (event.target as Element | null)?.closest?.('a.anchor-link');
    const block = anchor?.parentElement;
    if (!anchor || !block?.id) return;
    const open = body.querySelector('.cite-paragraph');
    const same = open?.previousElementSibling === block;
    open?.remove();
    if (!same) block.after(paragraphBar(block, item));
  });
}

export function startCitation(): void {
  const item = readItem();
  if (!item) return;
  startPanel(item);
  startParagraphLinks(item);
}
