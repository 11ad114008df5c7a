// The proxy base: Office's ClientObject semantics. Property reads throw PropertyNotLoaded
// until a load was synced (or the property was set locally, as office.js keeps set values);
// writes and method calls queue operations; objects resolve lazily, at sync, in queue order.
import type { HeadlessContext, QueuedOperation } from "./context";
import { utf8Bytes } from "./context";
import { OfficeError, propertyNotLoaded } from "./errors";
import { type LoadRequest, itemsRequest, parseLoad } from "./load";

export function quote(text: string): string {
  return JSON.stringify(text);
}

export abstract class HeadlessObject<Target = unknown> {
  abstract readonly typeName: string;
  /** Scalar properties, loaded by load() with no argument. */
  protected abstract readonly scalarProps: readonly string[];
  protected readonly loadedValues = new Map<string, unknown>();
  private resolution: { target: Target | null } | null = null;

  constructor(
    readonly ctx: HeadlessContext,
    readonly path: string,
  ) {}

  get context(): Excel.RequestContext {
    return this.ctx as unknown as Excel.RequestContext;
  }

  /** Known after the sync that resolved this object. */
  get isNullObject(): boolean {
    if (!this.resolution) throw propertyNotLoaded(this.typeName, "isNullObject");
    return this.resolution.target === null;
  }

  /** Finds the workbook object now (at sync time); null for an *OrNullObject miss. */
  protected abstract resolve(): Target | null;

  /** Whether a resolved target may be cached; objects whose identity can go stale override. */
  protected validate(target: Target): void {
    void target;
  }

  resolveNow(): Target | null {
    if (!this.resolution) this.resolution = { target: this.resolve() };
    if (this.resolution.target !== null) this.validate(this.resolution.target);
    return this.resolution.target;
  }

  /**
   * This object's target for an object navigated from it (a range of a sheet, a table's rows…): null
   * propagates, or fails with ItemNotFound, as the host's nullNavigation option says.
   */
  navigationTarget(): Target | null {
    const target = this.resolveNow();
    if (target === null && this.ctx.host.behaviour.nullNavigation === "itemNotFound") {
      throw new OfficeError("ItemNotFound", `The requested resource doesn't exist (navigation from ${this.typeName}, a null object).`);
    }
    return target;
  }

  target(): Target {
    const target = this.resolveNow();
    if (target === null) throw new OfficeError("ItemNotFound", `The requested resource doesn't exist (${this.typeName} is a null object).`);
    return target;
  }

  protected isKnownNull(): boolean {
    return this.resolution !== null && this.resolution.target === null;
  }

  /** Queues the resolution so that a bad argument or a missing item fails this sync. */
  protected queueResolve(action: string, args?: unknown): this {
    this.ctx.enqueue({ path: this.path, action, args, location: `${this.typeName}`, apply: () => void this.resolveNow() });
    return this;
  }

  protected read<T>(name: string): T {
    // office.js reads undefined (not null) from a null object's properties (docs/excel-fidelity.md).
    if (this.isKnownNull()) return undefined as T;
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(this.typeName, name);
    return this.loadedValues.get(name) as T;
  }

  /** Queues a property write; the value is readable locally at once, as in office.js. */
  protected write(name: string, value: unknown, apply: (target: Target) => void): void {
    this.loadedValues.set(name, value);
    this.queue(name, value, apply);
  }

  protected queue(action: string, args: unknown, apply: (target: Target) => void, extra?: Partial<QueuedOperation>): void {
    this.ctx.enqueue({ path: this.path, action, args, location: `${this.typeName}.${action}`, apply: () => apply(this.target()), ...extra });
  }

  /** The current value of a scalar property, read from the workbook at sync time. */
  protected abstract readProperty(name: string, target: Target): unknown;

  /** Navigation properties that load paths may pass through ("format/font/bold"). */
  protected navigation(name: string): HeadlessObject | undefined {
    void name;
    return undefined;
  }

  load(spec?: unknown): this {
    const request = parseLoad(spec);
    let bytes = 0;
    this.ctx.enqueue({
      path: this.path,
      action: "load",
      args: spec ?? "*",
      location: `${this.typeName}.load`,
      apply: () => {
        bytes = this.applyLoad(request);
      },
      responseBytes: () => bytes,
    });
    return this;
  }

  /** Snapshots the requested properties now; returns the bytes of JSON loaded. */
  applyLoad(request: LoadRequest): number {
    const target = this.resolveNow();
    if (target === null) return 0;
    const names = new Set(request.props);
    if (request.all) this.scalarProps.forEach((p) => names.add(p));
    let bytes = 0;
    for (const name of names) {
      const child = this.navigation(name);
      if (child) {
        bytes += child.applyLoad({ all: true, props: new Set(), nav: new Map() });
        continue;
      }
      if (!this.scalarProps.includes(name)) {
        throw new OfficeError("InvalidArgument", `The property '${name}' does not exist on ${this.typeName}.`);
      }
      const value = this.readProperty(name, target);
      this.loadedValues.set(name, value);
      bytes += utf8Bytes(JSON.stringify(value) ?? "null") + name.length + 3;
    }
    for (const [name, nested] of request.nav) {
      const child = this.navigation(name);
      if (!child) throw new OfficeError("InvalidArgument", `'${name}' is not a navigation property of ${this.typeName}.`);
      bytes += child.applyLoad(nested);
    }
    return bytes;
  }

  /** Office's set(): assigns properties, recursing into navigation objects. */
  set(properties: Record<string, unknown>): void {
    for (const [key, value] of Object.entries(properties)) {
      const child = this.navigation(key);
      if (child && typeof value === "object" && value !== null && !Array.isArray(value)) {
        child.set(value as Record<string, unknown>);
      } else if (key in this && !child) {
        (this as unknown as Record<string, unknown>)[key] = value;
      } else {
        throw new OfficeError("InvalidArgument", `set(): '${key}' is not a settable property of ${this.typeName}.`);
      }
    }
  }

  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = {};
    for (const [key, value] of this.loadedValues) json[key] = value;
    for (const name of this.navigationNames()) {
      const child = this.navigation(name);
      const nested = child?.toJSON();
      if (nested && Object.keys(nested).length > 0) json[name] = nested;
    }
    return json;
  }

  protected navigationNames(): readonly string[] {
    return [];
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }
}

/** A collection proxy: `items` after a synced load; item properties loaded through it. */
export abstract class HeadlessCollection<Item extends HeadlessObject, ItemTarget, Target = unknown> extends HeadlessObject<Target> {
  protected readonly scalarProps: readonly string[] = [];
  private loadedItems: Item[] | null = null;

  get items(): Item[] {
    if (this.isKnownNull()) return undefined as unknown as Item[];
    if (!this.loadedItems) throw propertyNotLoaded(this.typeName, "items");
    return this.loadedItems;
  }

  /** The collection's members now, in order. */
  protected abstract currentTargets(target: Target): ItemTarget[];
  protected abstract itemFor(target: ItemTarget, index: number): Item;

  protected readProperty(name: string): unknown {
    throw new OfficeError("InvalidArgument", `The property '${name}' does not exist on ${this.typeName}.`);
  }

  override applyLoad(request: LoadRequest): number {
    const target = this.resolveNow();
    if (target === null) return 0;
    const itemRequest = itemsRequest(request);
    this.loadedItems = this.currentTargets(target).map((t, i) => this.itemFor(t, i));
    return this.loadedItems.reduce((sum, item) => sum + item.applyLoad(itemRequest), 0);
  }

  override toJSON(): Record<string, unknown> {
    return this.loadedItems ? { items: this.loadedItems.map((item) => item.toJSON()) } : {};
  }
}

/** Office's ClientResult<T>: `value` readable after the sync that computed it. */
export class HeadlessResult<T> {
  private computed: { value: T } | null = null;

  get value(): T {
    if (!this.computed) {
      throw new OfficeError("ValueNotLoaded", 'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.');
    }
    return this.computed.value;
  }

  settle(value: T): void {
    this.computed = { value };
  }
}
