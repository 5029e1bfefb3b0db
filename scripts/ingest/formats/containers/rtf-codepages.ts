/**
 * RTF's code pages as TextDecoder labels: the document's `\ansicpgN` and the `\fcharsetN`
 * of its fonts name Windows code pages, which the WHATWG Encoding standard (TextDecoder)
 * knows by other names. Code pages it lacks (the DOS ones, 437 and 850) have no label.
 */

/** Windows code pages of RTF's `\fcharsetN` values (RTF 1.9.1, `\fcharset`). */
export const FONT_CHARSET_CODEPAGE: Record<number, number> = {
  77: 10000,
  128: 932,
  129: 949,
  130: 1361,
  134: 936,
  136: 950,
  161: 1253,
  162: 1254,
  163: 1258,
  177: 1255,
  178: 1256,
  186: 1257,
  204: 1251,
  222: 874,
  238: 1250,
  255: 437,
};

/** The TextDecoder label of a Windows code page, when TextDecoder has it. */
export function codepageLabel(codepage: number): string | undefined {
  if (codepage === 874 || (codepage >= 1250 && codepage <= 1258)) return `windows-${codepage}`;
  const named: Record<number, string> = {
    932: 'shift_jis',
    936: 'gbk',
    949: 'euc-kr',
    950: 'big5',
    866: 'ibm866',
    10000: 'macintosh',
    20866: 'koi8-r',
    21866: 'koi8-u',
    54936: 'gb18030',
    65001: 'utf-8',
  };
  if (named[codepage]) return named[codepage];
  if (codepage >= 28591 && codepage <= 28606) return `iso-8859-${codepage - 28590}`;
  return undefined;
}
