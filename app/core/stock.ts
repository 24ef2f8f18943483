// What a channel may sell of a variant: the available stock less the channel's safety buffer,
// never below zero. One rule for the stock pushed to a channel and the quantity in its feed.

export interface SafetyBuffer {
  /** Units held back. */
  units: number;
  /** Percent of the available stock held back (rounded up, so the buffer never rounds away). */
  percent: number;
}

export const NO_BUFFER: SafetyBuffer = { units: 0, percent: 0 };

export function sellableQuantity(available: number, buffer: SafetyBuffer): number {
  if (available <= 0) return 0;
  const held = Math.max(buffer.units, Math.ceil((available * buffer.percent) / 100));
  return Math.max(0, available - held);
}
