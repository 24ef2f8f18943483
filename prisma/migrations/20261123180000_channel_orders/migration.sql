-- CreateTable
CREATE TABLE "ChannelConnection" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "externalShopId" TEXT NOT NULL,
    "credentials" TEXT NOT NULL,
    "keyId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'connected',
    "bufferUnits" INTEGER NOT NULL DEFAULT 0,
    "bufferPercent" INTEGER NOT NULL DEFAULT 0,
    "pullCursor" TEXT,
    "lastPulledAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ChannelOrder" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
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
    "createTriedAt" DATETIME,
    "cancelledAt" DATETIME,
    "shippedAt" DATETIME,
    "redactedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "ChannelRefund" (
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "refundId" TEXT NOT NULL,
    "externalOrderId" TEXT NOT NULL,
    "shopifyRefundId" TEXT NOT NULL,
    "amount" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,

    PRIMARY KEY ("shop", "channel", "refundId")
);

-- CreateTable
CREATE TABLE "StockPush" (
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "variantId" TEXT NOT NULL,
    "dueAt" DATETIME,
    "pushedQty" INTEGER,
    "changedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "channel", "variantId")
);

-- CreateTable
CREATE TABLE "CustomerDataExport" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "shop" TEXT NOT NULL,
    "requestId" TEXT NOT NULL,
    "email" TEXT,
    "data" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

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

