// A Query action: office.js's QueryInfo as a headless `load`, and the loaded values shaped the way
// office.js's _handleResult reads them (Pascal-cased names, nested navigation objects, "_Items").
import { isCollection, notImplemented, read, type ModelObject } from "./objectModel";
import { wireName, type QueryInfo } from "./richApi";

/** Property paths as a tree: "protection/protected" → protection → { protected }. A leaf is null. */
type Selection = Map<string, Selection | null>;

function selection(paths: string[]): Selection {
  const root: Selection = new Map();
  for (const path of paths) {
    const parts = path.split("/").map((part) => part.trim()).filter(Boolean);
    let node = root;
    parts.forEach((part, index) => {
      if (index === parts.length - 1) {
        if (!node.has(part)) node.set(part, null);
        return;
      }
      let child = node.get(part);
      if (!child) node.set(part, (child = new Map()));
      node = child;
    });
  }
  return root;
}

/** Queues the load; undefined Select means every scalar property, as office.js's load() with no argument. */
export function queueLoad(object: ModelObject, query: QueryInfo = {}): void {
  if (query.Expand?.length || query.Top !== undefined || query.Skip !== undefined) throw notImplemented(object, "load (expand, top, skip)");
  if (typeof object.load !== "function") throw notImplemented(object, "load");
  (object.load as (spec?: string) => void)(query.Select?.length ? query.Select.join(",") : undefined);
}

function pascalCase(json: unknown): unknown {
  if (Array.isArray(json) || typeof json !== "object" || json === null) return json;
  return Object.fromEntries(Object.entries(json).map(([key, value]) => [key === "items" ? "_Items" : wireName(key), key === "items" ? (value as unknown[]).map(pascalCase) : pascalCase(value)]));
}

function shape(object: ModelObject, selected: Selection | null): unknown {
  if (isCollection(object)) {
    // A collection's select names its items' properties, with or without "items/".
    const items = object.items as ModelObject[];
    const own = selected && new Map([...selected].filter(([name]) => name !== "items"));
    const nested = selected?.get("items");
    const forItems = nested ? new Map([...(own ?? []), ...nested]) : own && own.size > 0 ? own : null;
    return { _Items: items.map((item) => shape(item, forItems)) };
  }
  if (selected === null) return pascalCase((object.toJSON as () => unknown)());
  const result: Record<string, unknown> = {};
  for (const [name, nested] of selected) {
    const value = nested === null ? read(object, name) : shape(read(object, name) as ModelObject, nested);
    result[wireName(name)] = value;
  }
  return result;
}

/** The Query's value after its sync: null for a null object. */
export function queryResult(object: ModelObject, query: QueryInfo = {}, isNull: boolean): unknown {
  if (isNull) return null;
  return shape(object, query.Select?.length ? selection(query.Select) : null);
}
