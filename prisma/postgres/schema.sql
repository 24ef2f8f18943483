-- GENERATED from prisma/schema.prisma by scripts/postgres-schema.ts — do not edit.
-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "isOnline" BOOLEAN NOT NULL DEFAULT false,
    "scope" TEXT,
    "expires" TIMESTAMP(3),
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
    "refreshTokenExpires" TIMESTAMP(3),

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Shop" (
    "domain" TEXT NOT NULL,
    "name" TEXT,
    "currencyCode" TEXT,
    "primaryDomain" TEXT,
    "lastIncrementalAt" TIMESTAMP(3),
    "catalogVersion" INTEGER NOT NULL DEFAULT 0,
    "catalogChangedAt" TIMESTAMP(3),
    "scopes" TEXT,
    "installedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "uninstalledAt" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Shop_pkey" PRIMARY KEY ("domain")
);

-- CreateTable
CREATE TABLE "InboxEvent" (
    "id" SERIAL NOT NULL,
    "source" TEXT NOT NULL,
    "eventKey" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "topic" TEXT NOT NULL,
    "webhookId" TEXT,
    "apiVersion" TEXT,
    "triggeredAt" TIMESTAMP(3),
    "payload" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "claimedAt" TIMESTAMP(3),
    "error" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),
    "processedBy" TEXT,

    CONSTRAINT "InboxEvent_pkey" PRIMARY KEY ("id")
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
    "shopifyUpdatedAt" TIMESTAMP(3),
    "hash" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "syncedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attributes" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "CatalogProduct_pkey" PRIMARY KEY ("shop","id")
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
    "weightValue" DOUBLE PRECISION,
    "weightUnit" TEXT,
    "hash" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,
    "syncedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attributes" TEXT NOT NULL DEFAULT '{}',

    CONSTRAINT "CatalogVariant_pkey" PRIMARY KEY ("shop","id")
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

    CONSTRAINT "CatalogImage_pkey" PRIMARY KEY ("shop","id")
);

-- CreateTable
CREATE TABLE "CatalogTranslation" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogTranslation_pkey" PRIMARY KEY ("shop","productId","locale","key")
);

-- CreateTable
CREATE TABLE "CatalogProductCollection" (
    "shop" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "collectionId" TEXT NOT NULL,
    "handle" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "generation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogProductCollection_pkey" PRIMARY KEY ("shop","productId","collectionId")
);

-- CreateTable
CREATE TABLE "CatalogInventoryLevel" (
    "shop" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "available" INTEGER NOT NULL,
    "shopifyUpdatedAt" TIMESTAMP(3),
    "generation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogInventoryLevel_pkey" PRIMARY KEY ("shop","variantId","locationId")
);

-- CreateTable
CREATE TABLE "CatalogMarketPrice" (
    "shop" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "prices" TEXT NOT NULL DEFAULT '{}',
    "generation" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CatalogMarketPrice_pkey" PRIMARY KEY ("shop","variantId")
);

-- CreateTable
CREATE TABLE "ShopLocation" (
    "shop" TEXT NOT NULL,
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "isActive" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ShopLocation_pkey" PRIMARY KEY ("shop","id")
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

    CONSTRAINT "ShopMarket_pkey" PRIMARY KEY ("shop","handle")
);

-- CreateTable
CREATE TABLE "ShopLocale" (
    "shop" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "primary" BOOLEAN NOT NULL DEFAULT false,
    "published" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "ShopLocale_pkey" PRIMARY KEY ("shop","locale")
);

-- CreateTable
CREATE TABLE "CatalogSync" (
    "id" SERIAL NOT NULL,
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
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "CatalogSync_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "FeedToken" (
    "token" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "market" TEXT NOT NULL,
    "format" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "FeedToken_pkey" PRIMARY KEY ("token")
);

-- CreateTable
CREATE TABLE "FeedSetting" (
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "rules" TEXT NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "FeedSetting_pkey" PRIMARY KEY ("shop","channel")
);

-- CreateTable
CREATE TABLE "ChannelConnection" (
    "id" TEXT NOT NULL,
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "externalShopId" TEXT NOT NULL,
    "credentials" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'connected',
    "bufferUnits" INTEGER NOT NULL DEFAULT 0,
    "bufferPercent" INTEGER NOT NULL DEFAULT 0,
    "pullCursor" TEXT,
    "lastPulledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelConnection_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelOrder" (
    "id" SERIAL NOT NULL,
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "externalId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "channelState" TEXT NOT NULL,
    "channelStatus" TEXT NOT NULL,
    "holdReason" TEXT,
    "holdDetail" TEXT,
    "order" TEXT NOT NULL,
    "buyerEmail" TEXT,
    "currency" TEXT NOT NULL,
    "total" INTEGER NOT NULL,
    "itemCount" INTEGER NOT NULL DEFAULT 0,
    "shopifyOrderId" TEXT,
    "shopifyOrderName" TEXT,
    "createTriedAt" TIMESTAMP(3),
    "cancelledAt" TIMESTAMP(3),
    "shippedAt" TIMESTAMP(3),
    "redactedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ChannelOrder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ChannelRefund" (
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "refundId" TEXT NOT NULL,
    "externalOrderId" TEXT NOT NULL,
    "shopifyRefundId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChannelRefund_pkey" PRIMARY KEY ("shop","channel","refundId")
);

-- CreateTable
CREATE TABLE "StockPush" (
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3),
    "pushedQty" INTEGER,
    "changedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StockPush_pkey" PRIMARY KEY ("shop","channel","variantId")
);

-- CreateTable
CREATE TABLE "CustomerDataExport" (
    "id" SERIAL NOT NULL,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "email" TEXT,
    "data" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CustomerDataExport_pkey" PRIMARY KEY ("id")
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

-- CreateIndex
CREATE UNIQUE INDEX "FeedToken_shop_channel_market_format_key" ON "FeedToken"("shop", "channel", "market", "format");

-- CreateIndex
CREATE INDEX "ChannelConnection_channel_externalShopId_idx" ON "ChannelConnection"("channel", "externalShopId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelConnection_shop_channel_key" ON "ChannelConnection"("shop", "channel");

-- CreateIndex
CREATE INDEX "ChannelOrder_shop_status_idx" ON "ChannelOrder"("shop", "status");

-- CreateIndex
CREATE INDEX "ChannelOrder_shop_buyerEmail_idx" ON "ChannelOrder"("shop", "buyerEmail");

-- CreateIndex
CREATE INDEX "ChannelOrder_shop_shopifyOrderId_idx" ON "ChannelOrder"("shop", "shopifyOrderId");

-- CreateIndex
CREATE UNIQUE INDEX "ChannelOrder_shop_channel_externalId_key" ON "ChannelOrder"("shop", "channel", "externalId");

-- CreateIndex
CREATE INDEX "StockPush_dueAt_idx" ON "StockPush"("dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "CustomerDataExport_shop_requestId_key" ON "CustomerDataExport"("shop", "requestId");

