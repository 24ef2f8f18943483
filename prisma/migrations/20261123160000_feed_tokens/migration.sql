-- CreateTable
CREATE TABLE "FeedToken" (
    "token" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" DATETIME
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Shop" (
    "domain" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "currencyCode" TEXT,
    "primaryDomain" TEXT,
    "lastIncrementalAt" DATETIME,
    "catalogVersion" INTEGER NOT NULL DEFAULT 0,
    "catalogChangedAt" DATETIME,
    "scopes" TEXT,
    "installedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_Shop" ("currencyCode", "domain", "installedAt", "lastIncrementalAt", "name", "primaryDomain", "scopes", "uninstalledAt", "updatedAt") SELECT "currencyCode", "domain", "installedAt", "lastIncrementalAt", "name", "primaryDomain", "scopes", "uninstalledAt", "updatedAt" FROM "Shop";
DROP TABLE "Shop";
ALTER TABLE "new_Shop" RENAME TO "Shop";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "FeedToken_shop_channel_market_format_key" ON "FeedToken"("shop", "channel", "market", "format");

