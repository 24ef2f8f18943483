/** What an order mutation answers: the value, or Shopify-style user errors (nothing changed). */
export interface OrderUserError {
  field: string[] | null;
  message: string;
  code: string | null;
}

export type OrderResult<T> = { ok: true; value: T } | { ok: false; errors: OrderUserError[] };

export const ok = <T>(value: T): OrderResult<T> => ({ ok: true, value });

export const fail = <T>(field: string[] | null, message: string, code: string | null): OrderResult<T> => ({
  ok: false,
  errors: [{ field, message, code }],
});
