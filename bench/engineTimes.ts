// Engine time over generated detail rows, with bench/engine.ts (the engine author's generator and
// timing), and how it grows: the ratio of the medians against the ratio of the sizes.
import { benchEngine } from "./engine";

export interface EngineTime {
  rows: number;
  runs: number;
  medianMs: number;
}

export interface EngineBench {
  times: EngineTime[];
  /** Median at the largest size over the median at the smallest; linear growth equals sizeRatio. */
  growth: number;
  sizeRatio: number;
}

export function benchEngineTimes(sizes: Array<{ rows: number; runs: number }>, log: (line: string) => void): EngineBench {
  const times = sizes.map(({ rows, runs }) => {
    log(`engine: ${rows} rows, ${runs} runs`);
    return { rows, runs, ...benchEngine(rows, runs) };
  });
  const first = times[0];
  const last = times[times.length - 1];
  return { times, growth: last.medianMs / first.medianMs, sizeRatio: last.rows / first.rows };
}
