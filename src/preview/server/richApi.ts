// The RichApi messages office.js's HttpRequestExecutor posts to `<session url>/ProcessQuery` and reads
// back (learned from @microsoft/office-js/dist/excel-web-16.00.debug.js: ClientRequestBase builds the
// body, ClientRequestContext.processRequestExecutorResponseMessage reads the answer).

export enum ObjectPathType {
  GlobalObject = 1,
  NewObject = 2,
  Method = 3,
  Property = 4,
  Indexer = 5,
  ReferenceId = 6,
  NullObject = 7,
}

export enum ActionType {
  Instantiate = 1,
  Query = 2,
  Method = 3,
  SetProperty = 4,
  Trace = 5,
  EnsureUnchanged = 6,
  RecursiveQuery = 7,
  ExtensionCall = 8,
  Update = 9,
}

export interface ArgumentInfo {
  Arguments?: unknown[];
  /** Per argument: the id of the object path passed there (a proxy), 0 for a plain value. */
  ReferencedObjectPathIds?: number[];
}

export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: ObjectPathType;
  /** Pascal-cased member ("Worksheets", "GetItemOrNullObject"), or the reference id for ReferenceId. */
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}

export interface QueryInfo {
  /** camelCase property paths ("values", "protection/protected"); on a collection, its items'. */
  Select?: string[];
  Expand?: string[];
  Top?: number;
  Skip?: number;
}

export interface ActionInfo {
  Id: number;
  ActionType: ActionType;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: QueryInfo;
}

export interface RequestBody {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
  AutoKeepReference?: boolean;
}

export interface ActionResult {
  ActionId: number;
  Value: unknown;
}

/** office.js turns this into its RichApi.Error: code, message, debugInfo.errorLocation, and the statement it prints from ActionIndex. */
export interface ErrorInfo {
  Code: string;
  Message: string;
  Location?: string;
  ActionIndex?: number;
  HttpStatusCode: number;
}

export interface ResponseBody {
  Results: ActionResult[];
  Error?: ErrorInfo;
}

/** The HTTP status Excel pairs with each error code (carried in the error, the response itself is 200). */
const STATUS: Record<string, number> = {
  AccessDenied: 403,
  ItemNotFound: 404,
  ItemAlreadyExists: 409,
  NotImplemented: 501,
  RequestPayloadSizeLimitExceeded: 413,
  ResponsePayloadSizeLimitExceeded: 413,
  GeneralException: 500,
};

export function errorInfo(code: string, message: string, location?: string, actionIndex?: number): ErrorInfo {
  return {
    Code: code,
    Message: message,
    HttpStatusCode: STATUS[code] ?? 400,
    ...(location ? { Location: location } : {}),
    ...(actionIndex !== undefined ? { ActionIndex: actionIndex } : {}),
  };
}

/** "GetItemOrNullObject" → "getItemOrNullObject": office.js's wire names are its API names, first letter upper-cased. */
export function apiName(wireName: string): string {
  return wireName.charAt(0).toLowerCase() + wireName.slice(1);
}

export function wireName(apiName: string): string {
  return apiName.charAt(0).toUpperCase() + apiName.slice(1);
}
