// Prices as the feeds write them: "<amount> <ISO 4217>" with a period, the currency's own number of
// decimals (app/core/money.ts: "9.99 USD", "1200 JPY"). All five channels accept this form.

import type { Price } from "../channel-adapter";
import { fromMinor } from "../../core/money";

export function formatPrice(price: Price): string {
  return `${fromMinor(price.amount, price.currency)} ${price.currency}`;
}

/** "9.99 USD", "1200 JPY": what formatPrice writes and what the channels' validators accept. */
export const PRICE_FORMAT = /^\d+(?:\.\d+)? [A-Z]{3}$/;

export interface FeedPrices {
  price: string;
  /** Set when the variant is on sale: compare-at above price becomes price, the price becomes the sale price. */
  salePrice: string | null;
}

export function feedPrices(price: Price, compareAt: Price | null): FeedPrices {
  if (compareAt && compareAt.currency === price.currency && compareAt.amount > price.amount) {
    return { price: formatPrice(compareAt), salePrice: formatPrice(price) };
  }
  return { price: formatPrice(price), salePrice: null };
}
