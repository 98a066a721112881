/**
 * Where a kind of content names other entities, read from its schema: every field declared with
 * `ref()` (schema.ts), by path. `referencesIn` lists the references one file makes, so one
 * generic check (check.ts) tests them all. Build- and test-time only, like the schema.
 */
import type { z } from 'zod';
import { references, type RefTarget } from './schema';
import { walkJson } from './walk';

/** The reference fields below one point of a schema: array items under `*`. */
interface RefNode {
  target?: RefTarget;
  children: Map<string, RefNode>;
}

const ITEM = '*';

/** The parts of zod's definition the map needs. */
interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  element?: z.ZodType;
  innerType?: z.ZodType;
  options?: z.ZodType[];
  in?: z.ZodType;
}

function addSchema(node: RefNode, schema: z.ZodType): void {
  const target = references.get(schema)?.ref;
  if (target) node.target = target;
  const def = (schema as unknown as { _zod: { def: Def } })._zod.def;
  const child = (key: string) => {
    let next = node.children.get(key);
    if (!next) node.children.set(key, (next = { children: new Map() }));
    return next;
  };
  if (def.shape) for (const [key, value] of Object.entries(def.shape)) addSchema(child(key), value);
  if (def.type === 'array' && def.element) addSchema(child(ITEM), def.element);
  if (def.innerType) addSchema(node, def.innerType);
  // A union's branches share the node: a key names the same kind of thing in every branch.
  for (const option of def.options ?? []) addSchema(node, option);
  if (def.type === 'pipe' && def.in) addSchema(node, def.in);
}

const maps = new WeakMap<z.ZodType, RefNode>();

function refMap(schema: z.ZodType): RefNode {
  let map = maps.get(schema);
  if (!map) {
    map = { children: new Map() };
    addSchema(map, schema);
    maps.set(schema, map);
  }
  return map;
}

export interface Reference {
  path: PropertyKey[];
  target: RefTarget;
  value: unknown;
}

/** Every reference a value (already matching `schema`) makes, in file order. */
export function referencesIn(schema: z.ZodType, value: unknown): Reference[] {
  const root = refMap(schema);
  const nodeAt = (path: readonly PropertyKey[]) => {
    let node: RefNode | undefined = root;
    for (const key of path) node = node?.children.get(typeof key === 'number' ? ITEM : String(key));
    return node;
  };
  const out: Reference[] = [];
  walkJson(value, (found, path) => {
    const here = nodeAt(path);
    if (!here) return false;
    if (here.target && found !== null)
      out.push({ path: [...path], target: here.target, value: found });
    return here.children.size > 0;
  });
  return out;
}
