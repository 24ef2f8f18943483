-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "scope" TEXT,
    "expires" DATETIME,
    "accessToken" TEXT NOT NULL,
    "userId" BIGINT,
    "firstName" TEXT,
    "lastName" TEXT,
    "email" TEXT,
    "accountOwner" BOOLEAN NOT NULL DEFAULT false,
    "locale" TEXT,
    "collaborator" BOOLEAN DEFAULT false,
    "emailVerified" BOOLEAN DEFAULT false,
    "refreshToken" TEXT,
    "refreshTokenExpires" DATETIME
);

-- CreateTable
CREATE TABLE "Shop" (
    "domain" TEXT NOT NULL PRIMARY KEY,
    "name" TEXT,
    "currencyCode" TEXT,
    "primaryDomain" TEXT,
    "lastIncrementalAt" DATETIME,
    "scopes" TEXT,
    "installedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" DATETIME,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "InboxEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "source" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "webhookId" TEXT,
    "apiVersion" TEXT,
    "triggeredAt" DATETIME,
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "error" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME
);

-- CreateTable
CREATE TABLE "CatalogProduct" (
    "shop" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "descriptionHtml" TEXT NOT NULL DEFAULT '',
    "vendor" TEXT NOT NULL DEFAULT '',
    "productType" TEXT NOT NULL DEFAULT '',
    "tags" TEXT NOT NULL DEFAULT '[]',
    "status" TEXT NOT NULL,
    "onlineStoreUrl" TEXT,
    "categoryId" TEXT,
    "categoryName" TEXT,
    "seoTitle" TEXT,
    "seoDescription" TEXT,
    "options" TEXT NOT NULL DEFAULT '[]',
    "featuredImageUrl" TEXT,
    "translations" TEXT NOT NULL DEFAULT '{}',
    "collections" TEXT NOT NULL DEFAULT '[]',
    "shopifyUpdatedAt" DATETIME,
    "hash" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "syncedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("shop", "id")
);

-- CreateTable
CREATE TABLE "CatalogVariant" (
    "shop" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "title" TEXT NOT NULL DEFAULT '',
    "sku" TEXT,
    "barcode" TEXT,
    "price" INTEGER NOT NULL,
    "compareAtPrice" INTEGER,
    "inventoryQuantity" INTEGER NOT NULL DEFAULT 0,
    "inventoryPolicy" TEXT NOT NULL DEFAULT 'DENY',
    "tracked" BOOLEAN NOT NULL DEFAULT true,
    "position" INTEGER NOT NULL DEFAULT 1,
    "selectedOptions" TEXT NOT NULL DEFAULT '[]',
    "imageUrl" TEXT,
    "inventoryItemId" TEXT,
    "weightValue" REAL,
    "weightUnit" TEXT,
    "hash" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "syncedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("shop", "id")
);

-- CreateTable
CREATE TABLE "CatalogImage" (
    "shop" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "altText" TEXT,
    "width" INTEGER,
    "height" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    "generation" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "id")
);

-- CreateTable
CREATE TABLE "CatalogTranslation" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "productId", "locale", "key")
);

-- CreateTable
CREATE TABLE "CatalogProductCollection" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "collectionId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "productId", "collectionId")
);

-- CreateTable
CREATE TABLE "CatalogInventoryLevel" (
    "shop" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "available" INTEGER NOT NULL,
    "shopifyUpdatedAt" DATETIME,
    "generation" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "variantId", "locationId")
);

-- CreateTable
CREATE TABLE "CatalogMarketPrice" (
    "shop" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "country" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "price" INTEGER NOT NULL,
    "compareAtPrice" INTEGER,
    "generation" INTEGER NOT NULL DEFAULT 0,

    PRIMARY KEY ("shop", "variantId", "country")
);

-- CreateTable
CREATE TABLE "ShopLocation" (
    "shop" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    PRIMARY KEY ("shop", "id")
);

-- CreateTable
CREATE TABLE "ShopMarket" (
    "shop" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "countries" TEXT NOT NULL DEFAULT '[]',
    "currency" TEXT NOT NULL,
    "locales" TEXT NOT NULL DEFAULT '[]',

    PRIMARY KEY ("shop", "handle")
);

-- CreateTable
CREATE TABLE "ShopLocale" (
    "shop" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "primary" BOOLEAN NOT NULL DEFAULT false,
    "published" BOOLEAN NOT NULL DEFAULT true,

    PRIMARY KEY ("shop", "locale")
);

-- CreateTable
CREATE TABLE "CatalogSync" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "shop" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "mode" TEXT NOT NULL DEFAULT 'bulk',
    "status" TEXT NOT NULL DEFAULT 'running',
    "bulkOperations" TEXT NOT NULL DEFAULT '[]',
    "generation" INTEGER NOT NULL,
    "objectsExpected" INTEGER,
    "objectsRead" INTEGER NOT NULL DEFAULT 0,
    "productsCreated" INTEGER NOT NULL DEFAULT 0,
    "productsUpdated" INTEGER NOT NULL DEFAULT 0,
    "productsDeleted" INTEGER NOT NULL DEFAULT 0,
    "variantsCreated" INTEGER NOT NULL DEFAULT 0,
    "variantsUpdated" INTEGER NOT NULL DEFAULT 0,
    "variantsDeleted" INTEGER NOT NULL DEFAULT 0,
    "repairs" TEXT NOT NULL DEFAULT '[]',
    "error" TEXT,
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME
);

-- CreateIndex
CREATE INDEX "Session_shop_idx" ON "Session"("shop");

-- CreateIndex
CREATE INDEX "InboxEvent_status_nextAttemptAt_idx" ON "InboxEvent"("status", "nextAttemptAt");

-- CreateIndex
CREATE INDEX "InboxEvent_shop_topic_idx" ON "InboxEvent"("shop", "topic");

-- CreateIndex
CREATE UNIQUE INDEX "InboxEvent_source_eventKey_key" ON "InboxEvent"("source", "eventKey");

-- CreateIndex
CREATE INDEX "CatalogProduct_shop_status_idx" ON "CatalogProduct"("shop", "status");

-- CreateIndex
CREATE INDEX "CatalogVariant_shop_productId_idx" ON "CatalogVariant"("shop", "productId");

-- CreateIndex
CREATE INDEX "CatalogVariant_shop_sku_idx" ON "CatalogVariant"("shop", "sku");

-- CreateIndex
CREATE INDEX "CatalogVariant_shop_inventoryItemId_idx" ON "CatalogVariant"("shop", "inventoryItemId");

-- CreateIndex
CREATE INDEX "CatalogImage_shop_productId_idx" ON "CatalogImage"("shop", "productId");

-- CreateIndex
CREATE INDEX "CatalogProductCollection_shop_collectionId_idx" ON "CatalogProductCollection"("shop", "collectionId");

-- CreateIndex
CREATE INDEX "CatalogSync_shop_startedAt_idx" ON "CatalogSync"("shop", "startedAt");

