// A saved .xlsx is the same bytes twice only under a fixed clock: the zip stamps every part with the
// time of writing and ExcelJS fills in docProps' dates. Freeze Date alone; timers and ticks run normally.
export const FROZEN_AT = new Date("2024-12-05T10:00:00.000Z");

export function freezeClock(): void {
  beforeAll(() => {
    jest.useFakeTimers({
      now: FROZEN_AT,
      doNotFake: [
        "hrtime",
        "nextTick",
        "performance",
        "queueMicrotask",
        "requestAnimationFrame",
        "cancelAnimationFrame",
        "requestIdleCallback",
        "cancelIdleCallback",
        "setImmediate",
        "clearImmediate",
        "setInterval",
        "clearInterval",
        "setTimeout",
        "clearTimeout",
      ],
    });
  });
  afterAll(() => {
    jest.useRealTimers();
  });
}

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(Buffer.from(a), Buffer.from(b)) === 0;
}
