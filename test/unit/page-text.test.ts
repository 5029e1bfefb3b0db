import { describe, expect, it } from 'vitest';
import { readArticlePageText } from '../../scripts/checks/page-text.ts';
import { articlePageHtml } from '../helpers/article-page.ts';

describe('readArticlePageText', () => {
  it('reads title, blocks with their list numbers, and footer, skipping chrome', () => {
    const body = [
      '<h2 id="h">Heading <a href="#h" data-archive-chrome data-pagefind-ignore>#</a></h2>',
      '<p id="p">A &amp; B &lt;script&gt; \u00a0 text</p>',
      '<ul><li>one</li><li>two</li></ul>',
      '<ol start="3"><li>three</li><li value="7">seven</li><li>eight</li></ol>',
      '<p>Link to <a href="https://example.org/" rel="noopener noreferrer">example.org</a>.</p>',
    ].join('\n');
    const text = readArticlePageText(articlePageHtml('The "Title" <b>', body, 'Source: X'));
    expect(text).toEqual({
      units: [
        { role: 'title', text: 'The "Title" <b>' },
        { role: 'heading', text: 'Heading' },
        { role: 'paragraph', text: 'A & B <script> \u00a0 text' },
        { role: 'bullet', text: 'one' },
        { role: 'bullet', text: 'two' },
        { role: 'numbered', text: 'three', number: 3 },
        { role: 'numbered', text: 'seven', number: 7 },
        { role: 'numbered', text: 'eight', number: 8 },
        { role: 'paragraph', text: 'Link to example.org.' },
        { role: 'footer', text: 'Source: X' },
      ],
      problems: [],
      fields: [],
    });
  });

  it('gives nothing for a page without an article', () => {
    expect(readArticlePageText('<html><body><h1>Home</h1><p>text</p></body></html>')).toBeUndefined();
  });

  it('reports text outside the blocks of the body', () => {
    const text = readArticlePageText(articlePageHtml('T', 'loose words<p>p</p>'));
    expect(text?.units.slice(1)).toEqual([
      { role: 'stray', text: 'loose words' },
      { role: 'paragraph', text: 'p' },
    ]);
  });

  it('reports markup that article text can never produce', () => {
    const body = [
      '<p>a<script>alert(1)</script></p>',
      '<p><img src="x" onerror="alert(1)"></p>',
      '<p><a href="javascript:alert(1)">x</a></p>',
      '<p><a href=" JavaScript:alert(1)">x</a></p>',
    ].join('');
    const text = readArticlePageText(articlePageHtml('T', body));
    expect(text?.problems).toEqual([
      '<script> element in the article body',
      '<img> element in the article body',
      'event handler onerror= on <img> in the article body',
      'link to "javascript:alert(1)" in the article body',
      'link to " JavaScript:alert(1)" in the article body',
    ]);
    // The script's text is not visible text.
    expect(text?.units[1]).toEqual({ role: 'paragraph', text: 'a' });
  });
});
