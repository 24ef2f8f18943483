// Every channel the app can publish to. A channel counts once it is listed here and passes
// tests/channels/contract.test.ts.

import type { ChannelAdapter, ChannelId } from "./channel-adapter";
import { googleAdapter } from "./google";
import { metaAdapter } from "./meta";
import { pinterestAdapter } from "./pinterest";
import { snapchatAdapter } from "./snapchat";
import { tiktokAdapter } from "./tiktok";

export const channelAdapters: readonly ChannelAdapter[] = [metaAdapter, googleAdapter, tiktokAdapter, pinterestAdapter, snapchatAdapter];

export const channelAdaptersById: Readonly<Record<ChannelId, ChannelAdapter>> = {
  meta: metaAdapter,
  google: googleAdapter,
  tiktok: tiktokAdapter,
  pinterest: pinterestAdapter,
  snapchat: snapchatAdapter,
};

export function getChannelAdapter(id: string): ChannelAdapter | null {
  return Object.prototype.hasOwnProperty.call(channelAdaptersById, id) ? channelAdaptersById[id as ChannelId] : null;
}
