// The headless Excel host: the Excel JavaScript API over an ExcelJS workbook, strict like
// Excel (PropertyNotLoaded, null objects, InvalidArgument shapes, protected sheets, the 5 MB
// request limit). Browser-safe; file I/O is in ./node.
//
// Charts live only in the host's memory (`host.charts(sheet)`): ExcelJS cannot write charts,
// so they are not in a saved .xlsx.
export { createHeadlessHost } from "./host";
export type { ChartInfo, ChartSeriesInfo, HeadlessHost, HeadlessHostOptions } from "./host";
export { loadWorkbook, saveWorkbook } from "./io";
export { OfficeError, isOfficeError } from "./errors";
export type { OfficeDebugInfo, OfficeErrorCode } from "./errors";
export type { HostBehaviour, HostStats } from "./state";
export { BEHAVIOUR_CHOICES, DEFAULT_BEHAVIOUR, DEFAULT_MAX_REQUEST_BYTES, MAX_CELLS_PER_GET } from "./state";
export { UNCALCULATED } from "./cells";
export { SWEDISH, formatNumber } from "./numberFormat";
export { charsToPoints, pointsToChars } from "./styles";
