// GTIN validity: GTIN-8 (EAN-8), GTIN-12 (UPC-A), GTIN-13 (EAN/JAN/ISBN-13), GTIN-14 (ITF-14),
// digits only, with the GS1 mod-10 check digit. UPC-E is not accepted (channels want the UPC-A form).

/** Barcode as merchants type it → digits only (spaces and dashes removed); null when other characters remain. */
export function normalizeGtin(barcode: string): string | null {
  const digits = barcode.replace(/[\s-]/g, "");
  return /^\d+$/.test(digits) ? digits : null;
}

export function isValidGtin(barcode: string): boolean {
  const digits = normalizeGtin(barcode);
  if (!digits || ![8, 12, 13, 14].includes(digits.length)) return false;
  if (/^0+$/.test(digits)) return false;
  let sum = 0;
  // Weights 3,1,3,1… from the digit left of the check digit.
  for (let i = digits.length - 2, weight = 3; i >= 0; i--, weight = 4 - weight) sum += Number(digits[i]) * weight;
  return (10 - (sum % 10)) % 10 === Number(digits[digits.length - 1]);
}
