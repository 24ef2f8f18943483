/** Decimal-string money helpers. No floats touch an amount. */

/** Approximate fixed rates against EUR (the emulator's stand-in for Shopify's daily FX). */
const RATES_PER_EUR: Record<string, string> = {
  EUR: "1",
  USD: "1.08",
  GBP: "0.85",
  CHF: "0.95",
  HUF: "395",
  CZK: "25.2",
  PLN: "4.3",
  SEK: "11.3",
  DKK: "7.46",
  CAD: "1.47",
  AUD: "1.65",
  JPY: "162",
  KRW: "1450",
  CNY: "7.8",
};

const ZERO_DECIMAL = new Set(["JPY", "KRW", "HUF", "CLP", "ISK", "VND", "TWD"]);

export function currencyDecimals(code: string): number {
  return ZERO_DECIMAL.has(code) ? 0 : 2;
}

const SCALE = 6;

/** "12.5" → 12500000n at 6 decimals. */
function toScaled(amount: string): bigint {
  const m = /^(-)?(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!m) throw new Error(`Not a decimal amount: ${amount}`);
  const frac = (m[3] ?? "").padEnd(SCALE, "0").slice(0, SCALE);
  const v = BigInt(m[2]) * 10n ** BigInt(SCALE) + BigInt(frac || "0");
  return m[1] ? -v : v;
}

function fromScaled(v: bigint, decimals: number): string {
  const unit = 10n ** BigInt(SCALE - decimals);
  const neg = v < 0n;
  let a = neg ? -v : v;
  a = (a + unit / 2n) / unit; // round half up
  const s = a.toString().padStart(decimals + 1, "0");
  const out = decimals ? `${s.slice(0, -decimals)}.${s.slice(-decimals)}` : s;
  return neg ? `-${out}` : out;
}

export function isDecimalString(v: unknown): v is string {
  return typeof v === "string" && /^-?\d+(\.\d+)?$/.test(v.trim());
}

/** Normalise to the currency's decimals: "29" → "29.00" (EUR), "11990.0" → "11990" (HUF). */
export function formatAmount(amount: string, currency: string): string {
  return fromScaled(toScaled(amount), currencyDecimals(currency));
}

export function convertAmount(amount: string, from: string, to: string): string {
  if (from === to) return amount;
  const rf = RATES_PER_EUR[from];
  const rt = RATES_PER_EUR[to];
  if (!rf || !rt) return amount;
  const scaled = (toScaled(amount) * toScaled(rt)) / toScaled(rf);
  return fromScaled(scaled, currencyDecimals(to));
}

export function compareAmounts(a: string, b: string): number {
  const x = toScaled(a);
  const y = toScaled(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function knownCurrency(code: string): boolean {
  return code in RATES_PER_EUR;
}

/** Σ amounts, formatted to the currency's decimals. */
export function sumAmounts(amounts: readonly string[], currency: string): string {
  return fromScaled(amounts.reduce((s, a) => s + toScaled(a), 0n), currencyDecimals(currency));
}

/** amount × an integer quantity. */
export function timesAmount(amount: string, quantity: number, currency: string): string {
  return fromScaled(toScaled(amount) * BigInt(quantity), currencyDecimals(currency));
}

/** a − b. */
export function subtractAmount(a: string, b: string, currency: string): string {
  return fromScaled(toScaled(a) - toScaled(b), currencyDecimals(currency));
}
