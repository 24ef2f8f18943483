import type { ChannelId, FeedFormat } from "~/channels/channel-adapter";
import type { PeakRss } from "../bench/types";

// What the roles of scripts/bench-feeds.ts hand each other (as JSON files).

/** One feed under test: a channel's feed for one market in the channel's first format. */
export interface FeedUnderTest {
  channel: ChannelId;
  market: string;
  format: FeedFormat;
  token: string;
}

/** The output of the fill role: a DB with the catalog ingested through the real path, shop facts and feed tokens. */
export interface FilledDb {
  variants: number;
  shop: string;
  dbFile: string;
  dbDir: string;
  dbMB: number;
  ingestSeconds: number;
  feeds: FeedUnderTest[];
  peak: PeakRss;
}

/** One timed pass over one feed (serving or baseline). */
export interface FeedPass {
  items: number;
  bytes: number;
  seconds: number;
  cpuSeconds: number;
  /** Serving: ms from calling serveFeed to the first body chunk (baseline: to the first serialised chunk). */
  firstByteMs: number;
  /** ms to the first chunk that carries an item (the header comes first in CSV/TSV and XML). */
  firstItemMs: number;
  peak: PeakRss;
}

export interface BaselinePass extends FeedPass {
  /** Seconds spent collecting the ready rows through mappedVariants before timing (not part of the rate). */
  collectSeconds: number;
}
