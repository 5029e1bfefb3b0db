/**
 * The site's Content-Security-Policy, which Astro writes into every page as a
 * `<meta http-equiv="content-security-policy">` tag (astro.config.mjs: `security.csp`).
 *
 * Scripts and styles: only the site's own files ('self') and the inline scripts and styles
 * Astro processed, which it allows by their SHA-256 hashes. Pagefind needs
 * 'wasm-unsafe-eval' (it compiles its WebAssembly search engine) and a worker from the
 * site itself (`pagefind-worker.js`). Everything else (fetches, images, fonts) comes from
 * the site's own origin; plugins, other base URLs and form targets are refused.
 *
 * An `is:inline` script is not hashed by Astro. The theme script in the page head is
 * allowed here by its hash (`THEME_INIT_SCRIPT_HASH`); another one can be added to
 * `scriptDirective.hashes` the same way, or registered by the component that renders it
 * with `Astro.csp.insertScriptHash(cspHash(source))` (see docs/CONVENTIONS.md).
 */
import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { THEME_INIT_SCRIPT_HASH } from './theme.ts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;

export const CONTENT_SECURITY_POLICY: CspConfig = {
  algorithm: 'SHA-256',
  directives: [
    "default-src 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
    "worker-src 'self'",
  ],
  scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [THEME_INIT_SCRIPT_HASH] },
  styleDirective: { resources: ["'self'"] },
};

/** The CSP source (`sha256-…`) that allows an inline script or style with exactly this text. */
export function cspHash(source: string): `sha256-${string}` {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
