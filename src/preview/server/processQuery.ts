// One ProcessQuery: the request's object paths built on the headless host's object model and its actions
// run in order, each synced on its own so that a failure names its action (office.js prints the failing
// statement from ActionIndex). Like Excel, the actions before a failure stay applied.
import { OfficeError, isOfficeError, type HeadlessHost } from "../../headless";
import { assign, invoke, isModelObject, navigate, notImplemented, nullness, read, typeOf, type ModelObject } from "./objectModel";
import { queryResult, queueLoad } from "./query";
import { ActionType, ObjectPathType, errorInfo, type ActionInfo, type ActionResult, type ArgumentInfo, type ObjectPathInfo, type RequestBody, type ResponseBody } from "./richApi";

/** Ranges office.js keeps across syncs (Range._KeepReference): the sheet by id, so a rename does not lose them. */
export class References {
  private next = 1;
  private readonly places = new Map<string, { sheetId: string; address: string }>();

  keep(sheetId: string, address: string): string {
    const id = `{prognos-reference-${this.next++}}`;
    this.places.set(id, { sheetId, address: address.slice(address.lastIndexOf("!") + 1) });
    return id;
  }

  find(id: string): { sheetId: string; address: string } | undefined {
    return this.places.get(id);
  }

  remove(id: string): void {
    this.places.delete(id);
  }
}

const NULL_OBJECT = Symbol("null object");
type Entry = ModelObject | typeof NULL_OBJECT;
type Settle = () => unknown;
const NO_RESULT: Settle = () => undefined;

class Failure {
  constructor(readonly response: ResponseBody) {}
}

/** The objects of one request, by object path id, built when first used (in action order, as office.js instantiates them). */
class RequestScope {
  private readonly objects = new Map<number, Entry>();
  /** Reference ids answered with this request's Instantiate results. */
  private readonly referenceOf = new Map<number, string>();

  constructor(
    private readonly workbook: ModelObject,
    private readonly paths: Record<string, ObjectPathInfo>,
    private readonly references: References,
  ) {}

  private info(id: number): ObjectPathInfo {
    const info = this.paths[String(id)];
    if (!info) throw new OfficeError("InvalidObjectPath", `The request refers to object path ${id}, which it does not define.`);
    return info;
  }

  object(id: number): Entry {
    let entry = this.objects.get(id);
    if (entry === undefined) {
      entry = this.create(this.info(id));
      this.objects.set(id, entry);
    }
    return entry;
  }

  private arguments(argumentInfo: ArgumentInfo | undefined): unknown[] {
    const values = argumentInfo?.Arguments ?? [];
    const referenced = argumentInfo?.ReferencedObjectPathIds ?? [];
    return values.map((value, index) => {
      if (!referenced[index]) return value;
      const object = this.object(referenced[index]);
      return object === NULL_OBJECT ? null : object;
    });
  }

  private create(info: ObjectPathInfo): Entry {
    switch (info.ObjectPathType) {
      case ObjectPathType.GlobalObject:
        return this.workbook;
      case ObjectPathType.NullObject:
        return NULL_OBJECT;
      case ObjectPathType.ReferenceId: {
        const place = this.references.find(info.Name);
        if (!place) throw new OfficeError("InvalidObjectPath", `The object path '${info.Name}' isn't working for what you're trying to do: the reference was removed.`);
        this.referenceOf.set(info.Id, info.Name);
        const sheet = invoke(navigate(this.workbook, "Worksheets"), "GetItem", [place.sheetId]) as ModelObject;
        return invoke(sheet, "GetRange", [place.address]) as ModelObject;
      }
      case ObjectPathType.Property:
      case ObjectPathType.Method:
      case ObjectPathType.Indexer: {
        const parent = this.object(info.ParentObjectPathId ?? 0);
        if (parent === NULL_OBJECT) return NULL_OBJECT;
        if (info.ObjectPathType === ObjectPathType.Property) return navigate(parent, info.Name);
        const name = info.ObjectPathType === ObjectPathType.Indexer ? "GetItem" : info.Name;
        const made = invoke(parent, name, this.arguments(info.ArgumentInfo));
        // The host returns nothing where Excel returns an object nobody here uses (TableRowCollection.add):
        // it stands in, and anything done with it is NotImplemented.
        return isModelObject(made) ? made : { typeName: `${typeOf(parent)}.${name}()` };
      }
      default:
        throw notImplemented(this.workbook, `object path of type ${info.ObjectPathType}`);
    }
  }

  isNull(id: number): boolean {
    const object = this.object(id);
    if (object === NULL_OBJECT) return true;
    const known = nullness(object);
    if (known !== undefined) return known;
    // A part of an object (Range.format, Worksheet.protection) is null exactly when the object is.
    const parent = this.info(id).ParentObjectPathId;
    return parent ? this.isNull(parent) : false;
  }

  /** Queues the action on the host's proxies; the result is read after the sync. */
  perform(action: ActionInfo): Settle {
    const id = action.ObjectPathId;
    const object = this.object(id);
    switch (action.ActionType) {
      case ActionType.Instantiate:
        return () => (this.isNull(id) ? null : this.referenceOf.has(id) ? { _ReferenceId: this.referenceOf.get(id) } : {});
      case ActionType.Query:
        if (object === NULL_OBJECT) return () => null;
        queueLoad(object, action.QueryInfo);
        return () => queryResult(object, action.QueryInfo, this.isNull(id));
      case ActionType.SetProperty:
        if (object === NULL_OBJECT) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist (a null object).");
        assign(object, action.Name, action.ArgumentInfo?.Arguments?.[0]);
        return NO_RESULT;
      case ActionType.Method:
        return this.method(id, object, action);
      default:
        throw notImplemented(object === NULL_OBJECT ? this.workbook : object, `action of type ${action.ActionType}`);
    }
  }

  private method(id: number, object: Entry, action: ActionInfo): Settle {
    if (action.Name === "_KeepReference") return object === NULL_OBJECT ? NO_RESULT : this.keep(id, object);
    if (action.Name === "_RemoveReference") {
      this.references.remove(String(action.ArgumentInfo?.Arguments?.[0]));
      return NO_RESULT;
    }
    if (object === NULL_OBJECT) throw new OfficeError("ItemNotFound", "The requested resource doesn't exist (a null object).");
    const returned = invoke(object, action.Name, this.arguments(action.ArgumentInfo));
    // A ClientResult (getCount): its value is known after the sync.
    if (isModelObject(returned) && !("load" in returned) && "value" in returned) return () => returned.value;
    return NO_RESULT;
  }

  private keep(id: number, range: ModelObject): Settle {
    const worksheet = navigate(range, "Worksheet");
    queueLoad(range, { Select: ["address"] });
    queueLoad(worksheet, { Select: ["id"] });
    return () => {
      if (!this.isNull(id)) this.referenceOf.set(id, this.references.keep(String(read(worksheet, "id")), String(read(range, "address"))));
      return undefined;
    };
  }
}

function failure(error: unknown, index: number): ResponseBody["Error"] {
  if (isOfficeError(error)) return errorInfo(error.code, error.message, error.debugInfo.errorLocation, index);
  return errorInfo("GeneralException", error instanceof Error ? error.message : String(error), undefined, index);
}

/** Runs one request's actions on the host, in one `run`; answers every result, or the results before the failure and the error. */
export async function processQuery(host: HeadlessHost, body: RequestBody, references: References): Promise<ResponseBody> {
  try {
    return await host.run(async (context) => {
      const scope = new RequestScope(context.workbook as unknown as ModelObject, body.ObjectPaths ?? {}, references);
      const results: ActionResult[] = [];
      for (const [index, action] of (body.Actions ?? []).entries()) {
        try {
          const settle = scope.perform(action);
          await context.sync();
          const value = settle();
          if (value !== undefined) results.push({ ActionId: action.Id, Value: value });
        } catch (error) {
          // Thrown out of the batch, so that run does not sync what the failed action left queued.
          throw new Failure({ Results: results, Error: failure(error, index) });
        }
      }
      return { Results: results };
    });
  } catch (error) {
    if (error instanceof Failure) return error.response;
    throw error;
  }
}
