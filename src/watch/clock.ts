// Time for `readout watch`, passed in: the real clock in the command, a controllable one in tests.
export interface Clock {
  now(): number;
  /** resolves after ms, or at once when `stop` aborts */
  sleep(ms: number, stop?: AbortSignal): Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms, stop) => new Promise<void>((resolve) => {
    if (ms <= 0 || stop?.aborted) return resolve();
    const done = () => { clearTimeout(timer); stop?.removeEventListener('abort', done); resolve(); };
    const timer = setTimeout(done, ms);
    stop?.addEventListener('abort', done);
  }),
};
