// Money is never a float. Shopify speaks decimal strings ("29.90"); the app stores and computes
// integer minor units of a currency, whose number of decimals comes from ISO 4217 (via Intl).

const digitsCache = new Map<string, number>();

export function minorDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, digits);
  }
  return digits;
}

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** "29.9" EUR → 2990; "1200" JPY → 1200. Extra decimals beyond the currency's are rounded half up. */
export function toMinor(amount: string, currency: string): number {
  const match = DECIMAL.exec(amount.trim());
  if (!match) throw new Error(`Not a decimal amount: "${amount}"`);
  const [, sign, whole, fraction = ""] = match;
  const digits = minorDigits(currency);
  const kept = fraction.padEnd(digits, "0").slice(0, digits);
  let minor = Number(whole) * 10 ** digits + Number(kept || "0");
  const next = fraction.charCodeAt(digits);
  if (fraction.length > digits && next >= 53 /* '5' */) minor += 1;
  if (!Number.isSafeInteger(minor)) throw new Error(`Amount out of range: "${amount}"`);
  return sign ? -minor : minor;
}

/** 2990 EUR → "29.90"; 1200 JPY → "1200". */
export function fromMinor(minor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const abs = Math.abs(minor);
  if (digits === 0) return `${sign}${abs}`;
  const scale = 10 ** digits;
  return `${sign}${Math.floor(abs / scale)}.${String(abs % scale).padStart(digits, "0")}`;
}
