/**
 * The one place page data is fetched: `data/<key>.json` below the site's base, written by the
 * content compiler at build time. The prerenderer (and the tests) hand in their own reader, so
 * the same loaders run at build time without a server.
 */

/** Thrown when the site has no data file for a key: the page does not exist. */
export class DataNotFound extends Error {
  constructor(readonly key: string) {
    super(`No page data at ${key}`);
    this.name = 'DataNotFound';
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

export async function loadData<T>(key: string): Promise<T> {
  if (reader) return (await reader(key)) as T;
  const response = await fetch(dataUrl(key));
  // A static host answers a missing file with its 404 page: that is "no such page", not a fault.
  if (response.status === 404) throw new DataNotFound(key);
  if (!response.ok) throw new Error(`Loading ${key} failed with status ${response.status}`);
  return (await response.json()) as T;
}
