/** Copyright notices and rights lines as the exports print them (formats/common/copyright.ts). */
import { describe, expect, it } from 'vitest';
import { isCopyrightLine, isRightsLine } from '../../../scripts/ingest/formats/common/copyright.ts';

describe('copyright lines', () => {
  it.each([
    'Copyright 2017 Example Media',
    '© 2017 SPIEGEL net GmbH.',
    '(c) 2000 Gazeta Mercantil S/A',
    '(c)2000 Vietnam Economic News.',
    'Copr. 1993 The New York Times Company',
    'Handelsblatt © 2017',
    'All Rights Reserved',
    'Alle Rechte vorbehalten',
  ])('%s is one', (text) => {
    expect(isCopyrightLine(text)).toBe(true);
  });

  it('tells article text and names from them', () => {
    for (const text of ['The New York Times', 'Copy editors wanted', 'The rights of the reserved seats'])
      expect(isCopyrightLine(text), text).toBe(false);
    expect(isRightsLine('Tous droits réservés')).toBe(true);
    expect(isRightsLine('© 2017 Example Media')).toBe(false);
  });
});
