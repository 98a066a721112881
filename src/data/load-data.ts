/**
 * The one place data files are fetched: `data/<key>.json` below the site's base, written by the
 * content compiler at build time. The prerenderer (and the tests) hand in their own reader, so
 * the same loaders run at build time without a server.
 *
 * What arrives is checked before anything uses or caches it: a page's file names its own key,
 * and where the revision asked for is known (a prerendered page's own data), the bytes must hash
 * to it. A host's "not found" (status 404, or the index.html a single-page host sends for any
 * unknown path) means there is no such page; anything else that is not the file asked for is a
 * failed download, which a retry fetches afresh.
 */
import { dataKeys } from './data-keys';

/** Thrown when the site has no data file for a key: the page does not exist. */
export class DataNotFound extends Error {
  constructor(readonly key: string) {
    super(`No page data at ${key}`);
    this.name = 'DataNotFound';
  }
}

/** Thrown when a download arrived but is not the file asked for: torn, stale, or not JSON. */
export class DataUnusable extends Error {
  constructor(
    readonly key: string,
    why: string,
  ) {
    super(`The data at ${key} is unusable: ${why}`);
    this.name = 'DataUnusable';
  }
}

export type DataReader = (key: string) => Promise<unknown>;

let reader: DataReader | undefined;

/** Replaces the network with another reader (build time and tests); undefined restores it. */
export function setDataReader(next: DataReader | undefined) {
  reader = next;
}

const base = () => (import.meta.env?.BASE_URL as string | undefined) ?? '/';

export function dataUrl(key: string): string {
  return `${base()}data/${key}.json`;
}

/** A file's revision as the build writes it: the first 16 hex digits of its SHA-256. */
async function revisionOf(text: string): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle;
  // Only secure pages (https, localhost) have it; elsewhere the key check must do.
  if (!subtle) return undefined;
  const digest = await subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)]
    .slice(0, 8)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** The value, if it is the file `key` names; throws DataUnusable otherwise. */
export function checkData<T>(key: string, value: unknown): T {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new DataUnusable(key, 'not an object');
  if (!dataKeys.isSearch(key) && (value as { key?: unknown }).key !== key)
    throw new DataUnusable(key, `it names ${JSON.stringify((value as { key?: unknown }).key)}`);
  return value as T;
}

/**
 * Fetches and checks one data file. With `rev`, asks for that revision (`?v=`, which the service
 * worker answers from its cache only if it holds exactly that revision) and refuses other bytes.
 */
export async function loadData<T>(key: string, { rev }: { rev?: string } = {}): Promise<T> {
  if (reader) return checkData<T>(key, await reader(key));
  const response = await fetch(rev ? `${dataUrl(key)}?v=${rev}` : dataUrl(key));
  // A static host answers a missing file with its 404 page: that is "no such page", not a fault.
  if (response.status === 404) throw new DataNotFound(key);
  if (!response.ok) throw new Error(`Loading ${key} failed with status ${response.status}`);
  const text = await response.text();
  // A single-page host answers every unknown path with its index.html, status 200.
  if (/^\s*</.test(text)) throw new DataNotFound(key);
  if (rev) {
    const got = await revisionOf(text);
    if (got !== undefined && got !== rev)
      throw new DataUnusable(key, `revision ${got}, not ${rev}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new DataUnusable(key, 'not JSON');
  }
  return checkData<T>(key, value);
}
