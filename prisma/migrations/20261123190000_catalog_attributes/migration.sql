-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_CatalogProduct" (
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
    "attributes" TEXT NOT NULL DEFAULT '{}',

    PRIMARY KEY ("shop", "id")
);
INSERT INTO "new_CatalogProduct" ("categoryId", "categoryName", "collections", "descriptionHtml", "featuredImageUrl", "generation", "handle", "hash", "id", "onlineStoreUrl", "options", "productType", "seoDescription", "seoTitle", "shop", "shopifyUpdatedAt", "status", "syncedAt", "tags", "title", "translations", "vendor") SELECT "categoryId", "categoryName", "collections", "descriptionHtml", "featuredImageUrl", "generation", "handle", "hash", "id", "onlineStoreUrl", "options", "productType", "seoDescription", "seoTitle", "shop", "shopifyUpdatedAt", "status", "syncedAt", "tags", "title", "translations", "vendor" FROM "CatalogProduct";
DROP TABLE "CatalogProduct";
ALTER TABLE "new_CatalogProduct" RENAME TO "CatalogProduct";
CREATE INDEX "CatalogProduct_shop_status_idx" ON "CatalogProduct"("shop", "status");
CREATE TABLE "new_CatalogVariant" (
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
    "attributes" TEXT NOT NULL DEFAULT '{}',

    PRIMARY KEY ("shop", "id")
);
INSERT INTO "new_CatalogVariant" ("barcode", "compareAtPrice", "generation", "hash", "id", "imageUrl", "inventoryItemId", "inventoryPolicy", "inventoryQuantity", "position", "price", "productId", "selectedOptions", "shop", "sku", "syncedAt", "title", "tracked", "weightUnit", "weightValue") SELECT "barcode", "compareAtPrice", "generation", "hash", "id", "imageUrl", "inventoryItemId", "inventoryPolicy", "inventoryQuantity", "position", "price", "productId", "selectedOptions", "shop", "sku", "syncedAt", "title", "tracked", "weightUnit", "weightValue" FROM "CatalogVariant";
DROP TABLE "CatalogVariant";
ALTER TABLE "new_CatalogVariant" RENAME TO "CatalogVariant";
CREATE INDEX "CatalogVariant_shop_productId_idx" ON "CatalogVariant"("shop", "productId");
CREATE INDEX "CatalogVariant_shop_sku_idx" ON "CatalogVariant"("shop", "sku");
CREATE INDEX "CatalogVariant_shop_inventoryItemId_idx" ON "CatalogVariant"("shop", "inventoryItemId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

