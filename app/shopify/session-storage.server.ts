import { PrismaSessionStorage } from "@shopify/shopify-app-session-storage-prisma";
import prisma from "~/db.server";

// Shopify sessions in our DB: used by the Shopify library (app/shopify.server.ts) and by background
// jobs that act with the shop's offline token (./offline-admin.server.ts).
export const sessionStorage = new PrismaSessionStorage(prisma);
