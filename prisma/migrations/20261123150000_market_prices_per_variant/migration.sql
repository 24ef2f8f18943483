-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CatalogMarketPrice" (
    "shop" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "prices" TEXT NOT NULL DEFAULT '{}',
    "generation" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "variantId")
);
-- One row per variant: the per-country rows are folded into its JSON (hand-edited; Prisma's
-- generated copy would have hit the new primary key with one row per country).
INSERT INTO "new_CatalogMarketPrice" ("shop", "variantId", "prices", "generation")
SELECT "shop", "variantId",
       json_group_object("country", json_object('currency', "currency", 'price', "price", 'compareAtPrice', "compareAtPrice")),
       MAX("generation")
FROM "CatalogMarketPrice" GROUP BY "shop", "variantId";
DROP TABLE "CatalogMarketPrice";
ALTER TABLE "new_CatalogMarketPrice" RENAME TO "CatalogMarketPrice";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

