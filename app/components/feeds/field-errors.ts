import type { FieldErrors } from "~/services/feeds/settings.server";

export type { FieldErrors };

/** The message for `path` or for anything under it ("markets" covers "markets.1"). */
export function errorAt(errors: FieldErrors, path: string): string | undefined {
  if (errors[path]) return errors[path];
  const key = Object.keys(errors).find((k) => k.startsWith(`${path}.`));
  return key ? errors[key] : undefined;
}
