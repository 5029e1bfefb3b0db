/**
 * Copyright notices as the exports print them: `Copyright 2017 …`, `© 2008 …`, `(c) 2000 …`,
 * `Copr. 1993 …`, `Handelsblatt © 2017`, and the rights lines that go with them (`All Rights
 * Reserved`, `Alle Rechte vorbehalten`, `Tous droits réservés` …). Never article text.
 */

const RIGHTS =
  /\b(?:rights reserved|rechte vorbehalten|droits réservés|rechten voorbehouden|derechos reservados)\b/iu;
const NOTICE = /^\s*(?:copyright|copr\.|©|\(c\)|\p{L}+\s*©)/iu;

/** Whether a line states the rights reserved (`All Rights Reserved`), as a notice goes on. */
export const isRightsLine = (text: string): boolean => RIGHTS.test(text);

/** Whether a line reads as a copyright notice, or the rights line of one. */
export const isCopyrightLine = (text: string): boolean => NOTICE.test(text) || RIGHTS.test(text);
