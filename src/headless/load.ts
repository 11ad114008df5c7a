// What a `load(...)` call asks for, in all the forms Office accepts: "a, b/c", ["a", "b/c"],
// { select: "a,b", expand: "c" }, and option objects { a: true, c: { d: true }, $all: true }.

export interface LoadRequest {
  /** Load every scalar property (load() with no argument, $all, or a bare navigation in expand). */
  all: boolean;
  props: Set<string>;
  nav: Map<string, LoadRequest>;
}

export function emptyRequest(all = false): LoadRequest {
  return { all, props: new Set(), nav: new Map() };
}

function addPath(request: LoadRequest, path: string): void {
  const parts = path.split("/").map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0) return;
  let current = request;
  for (const part of parts.slice(0, -1)) {
    let child = current.nav.get(part);
    if (!child) current.nav.set(part, (child = emptyRequest()));
    current = child;
  }
  current.props.add(parts[parts.length - 1]);
}

function addExpand(request: LoadRequest, path: string): void {
  const parts = path.split("/").map((p) => p.trim()).filter(Boolean);
  let current = request;
  for (const part of parts) {
    let child = current.nav.get(part);
    if (!child) current.nav.set(part, (child = emptyRequest()));
    current = child;
  }
  current.all = true;
}

export function parseLoad(spec: unknown): LoadRequest {
  if (spec === undefined || spec === null) return emptyRequest(true);
  const request = emptyRequest();
  if (typeof spec === "string") {
    spec.split(",").forEach((path) => addPath(request, path));
  } else if (Array.isArray(spec)) {
    spec.forEach((path) => String(path).split(",").forEach((p) => addPath(request, p)));
  } else if (typeof spec === "object") {
    const options = spec as Record<string, unknown>;
    if (typeof options.select === "string" || typeof options.expand === "string") {
      if (typeof options.select === "string") options.select.split(",").forEach((p) => addPath(request, p));
      if (typeof options.expand === "string") options.expand.split(",").forEach((p) => addExpand(request, p));
      if (options.select === undefined && options.expand !== undefined) request.all = true;
    } else {
      for (const [key, value] of Object.entries(options)) {
        if (key === "$all") request.all = value === true;
        else if (key.startsWith("$")) continue;
        else if (value === true) request.props.add(key);
        else if (typeof value === "object" && value !== null) request.nav.set(key, parseLoad(value));
      }
    }
  }
  return request;
}

/** Load requests on a collection name its items' properties, with or without the "items/" prefix. */
export function itemsRequest(request: LoadRequest): LoadRequest {
  const items = request.nav.get("items");
  const result: LoadRequest = { all: request.all, props: new Set(request.props), nav: new Map(request.nav) };
  result.props.delete("items");
  result.nav.delete("items");
  if (request.props.has("items")) result.all = true;
  if (items) {
    result.all ||= items.all;
    items.props.forEach((p) => result.props.add(p));
    items.nav.forEach((v, k) => result.nav.set(k, v));
  }
  if (!result.all && result.props.size === 0 && result.nav.size === 0) result.all = true;
  return result;
}
