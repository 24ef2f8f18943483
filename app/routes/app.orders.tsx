import { data as respond, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData, useRevalidator } from "@remix-run/react";
import { BlockStack, InlineGrid, Layout, Page, Text } from "@shopify/polaris";
import { useCallback, useEffect, useState } from "react";
import { ConnectionCard } from "~/components/orders/ConnectionCard";
import { ImportedOrders } from "~/components/orders/ImportedOrders";
import { QueueCard } from "~/components/orders/QueueCard";
import prisma from "~/db.server";
import { env } from "~/env.server";
import { wakeWorker } from "~/jobs/index.server";
import { ordersOverview, parseOrdersAction, runOrdersAction } from "~/services/orders/queue.server";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return ordersOverview(prisma, session.shop, { appUrl: env().SHOPIFY_APP_URL });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const input = parseOrdersAction(await request.formData());
  if (!input) return respond({ intent: "unknown" as const, ok: false as const, message: "This request is not one the page makes: reload the page." }, { status: 400 });
  const result = await runOrdersAction(prisma, session.shop, input);
  if (result.ok && result.queued) wakeWorker(result.jobId);
  // A refusal (a field to fix, an order no longer queued) is an answer for the page, not an HTTP error.
  return result;
};

/** After a retry or a pull, the page looks again every few seconds for this long. */
const WATCH_MS = 30_000;

export default function Orders() {
  const data = useLoaderData<typeof loader>();
  const { revalidate } = useRevalidator();
  const [watchUntil, setWatchUntil] = useState(0);
  const onQueued = useCallback(() => setWatchUntil(Date.now() + WATCH_MS), []);

  useEffect(() => {
    if (watchUntil === 0) return;
    const timer = setInterval(() => (Date.now() > watchUntil ? setWatchUntil(0) : revalidate()), 3000);
    return () => clearInterval(timer);
  }, [watchUntil, revalidate]);

  const { byStatus } = data.counts;
  return (
    <Page title="Orders" subtitle="Orders from your selling channels, placed in Shopify once each.">
      <Layout>
        <Layout.Section>
          <InlineGrid columns={{ xs: 1, md: 2 }} gap="400">
            {data.connections.map((connection) => (
              <ConnectionCard key={connection.channel} connection={connection} onQueued={onQueued} />
            ))}
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <BlockStack gap="400">
            <QueueCard
              id="review-queue"
              title="Review queue"
              description="These orders could not be placed in Shopify. Fix what is named (in Shopify or on the channel), then press Retry; or Dismiss an order you handle yourself."
              empty="Nothing to review: every channel order so far could be placed in Shopify."
              orders={data.held}
              canRetry
              onQueued={onQueued}
            />
            {data.waiting.length > 0 && (
              <QueueCard
                id="waiting-orders"
                title="Waiting on the channel"
                description="Not paid yet, or still inside the channel's cancellation window: they are placed in Shopify by themselves once the channel releases them."
                empty=""
                orders={data.waiting}
                canRetry={false}
                onQueued={onQueued}
              />
            )}
            <ImportedOrders orders={data.imported} total={byStatus.imported} limit={data.importedLimit} />
            <BlockStack gap="100">
              <Text as="p" tone="subdued" id="orders-summary">
                {`${byStatus.imported.toLocaleString("en")} in Shopify · ${byStatus.held.toLocaleString("en")} to review · ${byStatus.waiting.toLocaleString("en")} waiting · ${byStatus.dismissed.toLocaleString("en")} dismissed · ${byStatus.cancelled.toLocaleString("en")} cancelled before import.`}
              </Text>
              <Text as="p" tone="subdued" id="duplicates-note">
                Duplicates are prevented: a channel that sends the same order again, or more than once, never creates a second Shopify order.
              </Text>
            </BlockStack>
          </BlockStack>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
