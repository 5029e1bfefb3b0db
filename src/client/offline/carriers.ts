/**
 * Files carried by classic scripts (the offline edition, src/shared/offline-edition.ts):
 * a carrier is loaded with a `<script>` element the first time its file is asked for, and
 * registers the file in `self.newsArchiveFiles` under its path from the site's root:
 * bytes as base64, or code as a function.
 */
import { CARRIER_REGISTRY, carrierPath } from '../../shared/offline-edition.ts';

type Carried = string | ((...args: unknown[]) => void);

function registry(): Record<string, Carried | undefined> {
  const scope = self as unknown as Record<string, Record<string, Carried | undefined> | undefined>;
  // No prototype: a file's path is a key like any other (even `__proto__`).
  return (scope[CARRIER_REGISTRY] ??= Object.create(null) as Record<string, Carried | undefined>);
}

const loading = new Map<string, Promise<Carried>>();

/** The carried file at `path` (relative to `root`, the site's root URL), its carrier loaded once. */
export function carried(root: string, path: string): Promise<Carried> {
  let file = loading.get(path);
  if (!file) {
    file = new Promise<Carried>((resolve, reject) => {
      const have = registry()[path];
      if (have !== undefined) return resolve(have);
      const script = document.createElement('script');
      script.src = new URL(carrierPath(path), root).href;
      script.async = true;
      script.addEventListener('load', () => {
        const value = registry()[path];
        script.remove();
        if (value === undefined) reject(new Error(`${path}: its carrier registered nothing`));
        else resolve(value);
      });
      script.addEventListener('error', () => {
        script.remove();
        reject(new Error(`${path}: not in this edition`));
      });
      document.head.append(script);
    });
    loading.set(path, file);
    file.catch(() => loading.delete(path));
  }
  return file;
}

/** Base64 → bytes. */
export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
