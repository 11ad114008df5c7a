// Errors shaped like Office's `OfficeExtension.Error`: `name` "RichApi.Error", a `code`
// from Excel.ErrorCodes and a `debugInfo` naming the failing statement.

export type OfficeErrorCode =
  | "PropertyNotLoaded"
  | "ValueNotLoaded"
  | "InvalidArgument"
  | "ItemNotFound"
  | "ItemAlreadyExists"
  | "AccessDenied"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "GeneralException"
  | "InvalidReference"
  | "InvalidOperation"
  | "InvalidObjectPath"
  | "NotImplemented";

export interface OfficeDebugInfo {
  code: OfficeErrorCode;
  message: string;
  /** e.g. "Range.values" */
  errorLocation?: string;
  /** The queued statement that failed, e.g. `worksheets.getItem("X").getRange("A1").values = …` */
  statement?: string;
}

export class OfficeError extends Error {
  readonly code: OfficeErrorCode;
  debugInfo: OfficeDebugInfo;

  constructor(code: OfficeErrorCode, message: string, location?: { errorLocation?: string; statement?: string }) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...location };
  }
}

export function isOfficeError(error: unknown): error is OfficeError {
  return error instanceof OfficeError;
}

export const fail = (code: OfficeErrorCode, message: string): never => {
  throw new OfficeError(code, message);
};

export function propertyNotLoaded(typeName: string, property: string): OfficeError {
  return new OfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    { errorLocation: `${typeName}.${property}` },
  );
}
