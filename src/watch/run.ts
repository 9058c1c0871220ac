// The watch loop: a round over the feeds that are due, then a sleep until the next one is (its interval since its
// last check, or its backoff); --once is one round. The stop signal ends it between (or inside) rounds: feeds not
// yet committing are abandoned, the one committing finishes.
import type { WatchState } from '../store/watch-state.js';
import type { Clock } from './clock.js';
import type { FeedSource } from './feed-list.js';
import { pollRound, type PollDeps } from './poll.js';
import { addReport, noTotals, type WatchProgress, type WatchTotals } from './progress.js';

export interface LoopOptions {
  once: boolean;
  /** seconds between two polls of one feed, in ms */
  intervalMs: number;
  /** feeds polled at once */
  concurrency: number;
}

/** Runs until stopped (or one round with `once`), adding to `totals` as feeds are polled. */
export async function watchLoop(feeds: FeedSource[], d: PollDeps, opts: LoopOptions, progress: WatchProgress, totals: WatchTotals = noTotals()): Promise<WatchTotals> {
  while (!d.stop.aborted) {
    const due = opts.once ? feeds : await dueFeeds(feeds, d.state, d.clock.now(), opts.intervalMs);
    if (due.length > 0) {
      totals.rounds++;
      progress.roundStarted(due.length);
      const reports = await pollRound(due, d, opts.concurrency, (r) => {
        addReport(totals, r);
        progress.feed(r);
      });
      progress.roundDone(reports);
    }
    if (opts.once) break;
    const wake = await nextDue(feeds, d.state, d.clock.now(), opts.intervalMs);
    await d.clock.sleep(Math.max(1000, wake - d.clock.now()), d.stop);
  }
  progress.done();
  return totals;
}

/** When a feed may be polled next: its interval after its last check, or its backoff, whichever is later. */
function dueAt(state: { checked: number | null; nextCheck: number | null } | undefined, intervalMs: number): number {
  if (!state) return 0;
  return Math.max(state.checked === null ? 0 : state.checked + intervalMs, state.nextCheck ?? 0);
}

async function dueFeeds(feeds: FeedSource[], state: WatchState, now: number, intervalMs: number): Promise<FeedSource[]> {
  const states = await state.feeds(feeds.map((f) => f.url));
  return feeds.filter((f) => dueAt(states.get(f.url), intervalMs) <= now);
}

async function nextDue(feeds: FeedSource[], state: WatchState, now: number, intervalMs: number): Promise<number> {
  const states = await state.feeds(feeds.map((f) => f.url));
  return Math.min(...feeds.map((f) => dueAt(states.get(f.url), intervalMs)), now + intervalMs);
}
