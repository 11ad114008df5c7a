// Reaching into the headless host's object model by the names office.js puts on the wire, and
// nothing else: a member the host does not model fails with NotImplemented naming it, never a no-op.
import { OfficeError } from "../../headless";
import { apiName } from "./richApi";

/** A value of the object model: a proxy (Range, Worksheet, …) or one of the host's plain part objects ({ format }, fill). */
export type ModelObject = Record<string, unknown>;

/** The host's own plumbing: reachable from JavaScript, but no member of Excel's API. */
const PLUMBING = new Set([
  "constructor", "load", "set", "toJSON", "track", "untrack", "resolveNow", "target", "applyLoad", "queueOwnResolve",
  "context", "ctx", "path", "typeName", "isNullObject", "items",
]);

export function typeOf(object: ModelObject): string {
  return typeof object.typeName === "string" ? object.typeName : "object";
}

export function notImplemented(object: ModelObject, member: string): OfficeError {
  return new OfficeError("NotImplemented", `The workbook server's headless host does not implement ${typeOf(object)}.${member}.`);
}

/** The member's descriptor, own or inherited (never Object.prototype's), unless it is plumbing. */
function lookup(object: ModelObject, name: string): PropertyDescriptor | undefined {
  if (PLUMBING.has(name) || name.startsWith("_")) return undefined;
  for (let current: object | null = object; current && current !== Object.prototype; current = Object.getPrototypeOf(current)) {
    const descriptor = Object.getOwnPropertyDescriptor(current, name);
    if (descriptor) return descriptor;
  }
  return undefined;
}

export function isModelObject(value: unknown): value is ModelObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A navigation property ("Format", "Worksheets"): the object it leads to. */
export function navigate(object: ModelObject, wire: string): ModelObject {
  const name = apiName(wire);
  const descriptor = lookup(object, name);
  const value = descriptor?.get ? descriptor.get.call(object) : descriptor?.value;
  if (!isModelObject(value) || typeof value === "function") throw notImplemented(object, name);
  return value;
}

/** Calls a method by its wire name ("GetItemOrNullObject"); returns what the host returns. */
export function invoke(object: ModelObject, wire: string, args: unknown[]): unknown {
  const name = apiName(wire);
  const method = lookup(object, name)?.value;
  if (typeof method !== "function") throw notImplemented(object, name);
  return (method as (...args: unknown[]) => unknown).apply(object, args);
}

/** Sets a scalar property by its wire name ("Values"). */
export function assign(object: ModelObject, wire: string, value: unknown): void {
  const name = apiName(wire);
  const descriptor = lookup(object, name);
  if (!descriptor?.set) throw notImplemented(object, name);
  descriptor.set.call(object, value);
}

/** Reads a scalar property after the sync that loaded it. */
export function read(object: ModelObject, name: string): unknown {
  const descriptor = lookup(object, name);
  if (!descriptor?.get) throw notImplemented(object, name);
  return descriptor.get.call(object);
}

export function isCollection(object: ModelObject): boolean {
  for (let current: object | null = object; current && current !== Object.prototype; current = Object.getPrototypeOf(current)) {
    if (Object.getOwnPropertyDescriptor(current, "items")?.get) return true;
  }
  return false;
}

/** Whether the host knows the object to be a null object; undefined while it has not resolved it (then its parent decides). */
export function nullness(object: ModelObject): boolean | undefined {
  if (!("isNullObject" in object)) return undefined;
  try {
    return Boolean(object.isNullObject);
  } catch {
    return undefined;
  }
}
