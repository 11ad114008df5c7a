// Progress steps on stderr, only when stderr is a terminal: a pipe or a log file gets no
// control characters. One line, rewritten per step, cleared at the end.
export interface ProgressStream {
  isTTY?: boolean;
  write(text: string): unknown;
}

export interface Progress {
  step(text: string): void;
  /** Clears the progress line, so what follows starts on a clean line. */
  end(): void;
}

export function createProgress(stream: ProgressStream, totalSteps: number): Progress {
  if (!stream.isTTY) return { step: () => undefined, end: () => undefined };
  let count = 0;
  let shown = false;
  return {
    step(text) {
      count = Math.min(count + 1, totalSteps);
      stream.write(`\r\x1b[K[${count}/${totalSteps}] ${text} …`);
      shown = true;
    },
    end() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}
