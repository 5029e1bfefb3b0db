// Types of the parts of citation-js (https://citation.js.org) the archive uses; the
// packages ship none.
declare module '@citation-js/name' {
  /** Parses a personal name (`Given Family` or `Family, Given`) into CSL name parts. */
  export function parse(name: string): Record<string, string>;
}

declare module '@citation-js/core' {
  export interface FormatOptions {
    format?: 'text' | 'html';
    template?: string;
    lang?: string;
    /** RIS only: which tag set (`new`, `old` or `mixed`). */
    spec?: 'new' | 'old' | 'mixed';
  }
  export class Cite {
    constructor(data: unknown);
    /** CSL-JSON of the items. */
    data: Record<string, unknown>[];
    format(format: 'bibliography' | 'citation' | 'bibtex' | 'ris' | 'data', options?: FormatOptions): string;
  }
  export const plugins: {
    config: {
      get(name: '@csl'): { styles: { add(name: string, xml: string): void; has(name: string): boolean } };
    };
  };
}

declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
