/**
 * The colour theme chosen by the reader: `light`, `dark`, or automatic (no stored choice:
 * the system setting decides, through CSS media queries).
 *
 * The choice is applied by a tiny script in the page head, before the body is painted, so a
 * page never flashes in the wrong theme. That script is inline, so it carries a hash that
 * the page registers with the Content-Security-Policy (`THEME_INIT_SCRIPT_HASH`).
 */
import { createHash } from 'node:crypto';
import { THEME_STORAGE_KEY } from './theme-key.ts';

export { THEME_STORAGE_KEY };

/** Sets `<html data-theme>` from the stored choice; does nothing when storage is unavailable. */
export const THEME_INIT_SCRIPT = `try{var t=localStorage.getItem(${JSON.stringify(THEME_STORAGE_KEY)});if(t==="light"||t==="dark")document.documentElement.dataset.theme=t}catch(e){}`;

/** CSP source expression for the script above: `sha256-<base64>`. */
export const THEME_INIT_SCRIPT_HASH =
  `sha256-${createHash('sha256').update(THEME_INIT_SCRIPT).digest('base64')}` as const;
