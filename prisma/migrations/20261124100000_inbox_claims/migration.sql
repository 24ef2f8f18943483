-- Running inbox events on several workers (app/jobs/process-event.server.ts): a worker's lease on
-- the event it runs ("claimedAt", beside the retry columns, so the table is redefined as Prisma
-- does on SQLite rather than altered), and which worker ran its last attempt ("processedBy").
-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_InboxEvent" (
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
    "claimedAt" DATETIME,
    "error" TEXT,
    "receivedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" DATETIME,
    "processedBy" TEXT
);
INSERT INTO "new_InboxEvent" ("id", "source", "eventKey", "shop", "topic", "webhookId", "apiVersion", "triggeredAt", "payload", "status", "attempts", "nextAttemptAt", "error", "receivedAt", "processedAt") SELECT "id", "source", "eventKey", "shop", "topic", "webhookId", "apiVersion", "triggeredAt", "payload", "status", "attempts", "nextAttemptAt", "error", "receivedAt", "processedAt" FROM "InboxEvent";
DROP TABLE "InboxEvent";
ALTER TABLE "new_InboxEvent" RENAME TO "InboxEvent";
CREATE INDEX "InboxEvent_status_nextAttemptAt_idx" ON "InboxEvent"("status", "nextAttemptAt");
CREATE INDEX "InboxEvent_shop_topic_idx" ON "InboxEvent"("shop", "topic");
CREATE UNIQUE INDEX "InboxEvent_source_eventKey_key" ON "InboxEvent"("source", "eventKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;
