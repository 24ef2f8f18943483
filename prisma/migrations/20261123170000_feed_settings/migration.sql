-- CreateTable
CREATE TABLE "FeedSetting" (
    "shop" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "rules" TEXT NOT NULL DEFAULT '{}',
    "updatedAt" DATETIME NOT NULL,

    PRIMARY KEY ("shop", "channel")
);

