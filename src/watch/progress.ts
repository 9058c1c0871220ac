// What `readout watch` tells while it runs, on stderr. On a terminal one updating line (feeds polled, new items,
// stored, events, errors); otherwise one line per round. Feed errors are always one line each, naming the feed.
import type { FeedReport } from './poll.js';

export interface WatchTotals {
  rounds: number;
  /** feed polls done (not counting feeds waiting in backoff) */
  polls: number;
  articles: number;
  stored: number;
  skipped: number;
  events: number;
  /** feed failures */
  errors: number;
  /** items that gave no article, and items left for a later poll */
  none: number;
  later: number;
}

export const noTotals = (): WatchTotals => ({ rounds: 0, polls: 0, articles: 0, stored: 0, skipped: 0, events: 0, errors: 0, none: 0, later: 0 });

export interface WatchProgress {
  roundStarted(feeds: number): void;
  feed(r: FeedReport): void;
  roundDone(reports: FeedReport[]): void;
  done(): void;
}

export function addReport(t: WatchTotals, r: FeedReport): void {
  if (r.status === 'waiting' || r.status === 'stopped') return;
  t.polls++;
  t.articles += r.articles;
  t.none += r.none;
  t.later += r.later;
  if (r.status === 'failed') t.errors++;
  if (r.counts) {
    t.stored += r.counts.stored;
    t.skipped += r.counts.skipped;
    t.events += r.counts.events;
  }
}

export function watchProgress(totals: WatchTotals, stderr: NodeJS.WriteStream = process.stderr): WatchProgress {
  const tty = stderr.isTTY === true;
  let feeds = 0;
  let done = 0;
  let shown = false;
  const show = () => {
    if (!tty) return;
    stderr.write(`\rround ${totals.rounds}: ${done}/${feeds} feeds, ${totals.articles} new items, ${totals.stored} stored, ` +
      `${totals.events} events, ${totals.errors} errors   `);
    shown = true;
  };
  const line = (s: string) => {
    if (tty && shown) { stderr.write('\n'); shown = false; }
    stderr.write(`${s}\n`);
  };
  return {
    roundStarted(n) {
      feeds = n;
      done = 0;
      show();
    },
    feed(r) {
      done++;
      if (r.status === 'failed') line(`readout watch: ${r.feed.url}: ${r.error}`);
      for (const note of r.notes) line(`readout watch: ${r.feed.url}: ${note}`);
      show();
    },
    roundDone(reports) {
      if (tty) return;
      const n = (s: FeedReport['status']) => reports.filter((r) => r.status === s).length;
      const articles = reports.reduce((a, r) => a + r.articles, 0);
      const events = reports.reduce((a, r) => a + (r.counts?.events ?? 0), 0);
      stderr.write(`round ${totals.rounds}: ${reports.length} feeds (${n('new')} with new items, ${n('unchanged')} unchanged, ` +
        `${n('failed')} failed, ${n('waiting')} waiting), ${articles} new items, ${events} events\n`);
    },
    done() {
      if (tty && shown) stderr.write('\n');
    },
  };
}

export function summary(t: WatchTotals, feeds: number): string {
  return `watched ${feeds} feed${feeds === 1 ? '' : 's'} for ${t.rounds} round${t.rounds === 1 ? '' : 's'}: ${t.articles} new items, ` +
    `stored ${t.stored} articles (${t.skipped} skipped), ${t.events} events; ${t.errors} feed errors, ` +
    `${t.none} items without an article, ${t.later} left for later\n`;
}
