// Options of the queue commands (ingest --queue, worker, queue): the retry policy and whole-number values.
import { DEFAULT_RETRY, type RetryPolicy } from '../queue/boss.js';
import { str, UsageError, type OptionSpec, type Parsed } from './args.js';

export const RETRY_OPTIONS: OptionSpec = { retries: 'string', 'job-timeout': 'string' };

/** A whole number from min to max, or the default when the option is absent. */
export function wholeNumber(p: Parsed, opt: string, min: number, max: number, dflt: number): number {
  const v = str(p, opt);
  if (v === undefined) return dflt;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max) throw new UsageError(`--${opt}: "${v}" must be a whole number from ${min} to ${max}`);
  return Number(v);
}

export function retryPolicyOf(p: Parsed): RetryPolicy {
  return {
    ...DEFAULT_RETRY,
    retryLimit: wholeNumber(p, 'retries', 0, 100, DEFAULT_RETRY.retryLimit),
    expireInSeconds: wholeNumber(p, 'job-timeout', 1, 86_400, DEFAULT_RETRY.expireInSeconds),
  };
}
