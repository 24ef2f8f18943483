// Loads Google's product taxonomy (google-product-taxonomy.txt, next to this module) once per process.
//
// Where the file is: next to this module in dev/tests/tsx (import.meta.url). The Remix/Vite server build
// bundles this module into build/server/index.js, where import.meta.url no longer points here and the .txt
// is not copied, so we also try `app/services/feeds/…` under process.cwd() (the app root in production),
// and GOOGLE_PRODUCT_TAXONOMY_PATH overrides both.

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { matchGoogleCategory, parseGoogleTaxonomy, type GoogleCategoryMatch, type GoogleTaxonomy } from "~/core/taxonomy/google-taxonomy";

const FILE_NAME = "google-product-taxonomy.txt";
export const GOOGLE_TAXONOMY_PATH_ENV = "GOOGLE_PRODUCT_TAXONOMY_PATH";

/** Where the taxonomy file may be, in the order tried. */
export function googleTaxonomyPathCandidates(env: Readonly<Record<string, string | undefined>> = process.env): string[] {
  const candidates: string[] = [];
  const fromEnv = env[GOOGLE_TAXONOMY_PATH_ENV]?.trim();
  if (fromEnv) candidates.push(path.resolve(fromEnv));
  try {
    candidates.push(fileURLToPath(new URL(`./${FILE_NAME}`, import.meta.url)));
  } catch {
    // import.meta.url is not a file: URL (e.g. some bundlers); the cwd fallback applies.
  }
  candidates.push(path.resolve(process.cwd(), "app/services/feeds", FILE_NAME));
  return [...new Set(candidates)];
}

/** Reads and parses the taxonomy at `filePath`, or at the first candidate that exists. Not cached. */
export function loadGoogleTaxonomy(filePath?: string): GoogleTaxonomy {
  const candidates = filePath ? [path.resolve(filePath)] : googleTaxonomyPathCandidates();
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`Google product taxonomy not found; tried: ${candidates.join(", ")}`);
  return parseGoogleTaxonomy(readFileSync(found, "utf8"));
}

let cached: GoogleTaxonomy | undefined;

/** The process-wide taxonomy (read on first use). Its match results are memoised per Shopify full name. */
export function getGoogleTaxonomy(): GoogleTaxonomy {
  cached ??= loadGoogleTaxonomy();
  return cached;
}

/** Google category for a Shopify category full name, against the process-wide taxonomy. */
export function googleCategoryFor(shopifyFullName: string | null | undefined): GoogleCategoryMatch | null {
  if (!shopifyFullName) return null;
  return matchGoogleCategory(getGoogleTaxonomy(), shopifyFullName);
}

/** Tests only: forget the cached taxonomy. */
export function resetGoogleTaxonomyCache(): void {
  cached = undefined;
}
