// The engine's public surface: pure functions, no Excel, no DOM, no Node APIs.
export * from "./types";
export * from "./numbers";
export * from "./period";
export * from "./address";
export * from "./units";
export * from "./config";
export * from "./text";
export * from "./headers";
export * from "./signs";
export * from "./rounding";
export * from "./source";
export * from "./reconcile";
export * from "./history";
export * from "./baseline";
export * from "./detect";
export * from "./compute";
