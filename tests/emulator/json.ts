/**
 * JSON output for REST-shaped webhook bodies: Shopify sends exact 64-bit numeric ids
 * (`"id": 788032119674292922`). Wrap an id string with `rawNumber()` and `stringifyWithRawNumbers`
 * prints it as a bare JSON number without ever turning it into a JS number.
 */
const MARK = "\u0000n:";

export function rawNumber(digits: string | null | undefined): string | null {
  if (digits == null) return null;
  if (!/^-?\d+$/.test(digits)) throw new Error(`rawNumber needs an integer string, got ${digits}`);
  return MARK + digits;
}

export function stringifyWithRawNumbers(value: unknown): string {
  return JSON.stringify(value).replace(/"\\u0000n:(-?\d+)"/g, "$1");
}
