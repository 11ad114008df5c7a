// The headless Excel host: the Excel JavaScript API over an ExcelJS workbook, strict like
// Excel (PropertyNotLoaded, null objects, InvalidArgument shapes, protected sheets, the 5 MB
// request limit). Browser-safe; file I/O is in ./node.
//
// The save edits the package the workbook was read from (./package): what the run did not change stays
// byte for byte, and the host's charts (`host.charts(sheet)`) are written as DrawingML chart parts.
export { createHeadlessHost } from "./host";
export type { ChartInfo, ChartSeriesInfo, HeadlessHost, HeadlessHostOptions } from "./host";
export { loadWorkbook, PackageSaveError, saveWorkbook } from "./io";
export { extensionFits, packageKind, type PackageKind } from "./package/kind";
export { OfficeError, isOfficeError } from "./errors";
export type { OfficeDebugInfo, OfficeErrorCode } from "./errors";
export type { HostBehaviour, HostStats } from "./state";
export { BEHAVIOUR_CHOICES, DEFAULT_BEHAVIOUR, DEFAULT_MAX_REQUEST_BYTES, MAX_CELLS_PER_GET } from "./state";
export { UNCALCULATED } from "./cells";
export { SWEDISH, formatNumber } from "./numberFormat";
export { charsToPoints, pointsToChars } from "./styles";
