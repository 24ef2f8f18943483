import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { useFetcher, useLoaderData, useRevalidator } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, InlineGrid, Layout, Page, ProgressBar, Text } from "@shopify/polaris";
import { useEffect } from "react";
import prisma from "~/db.server";
import { wakeWorker } from "~/jobs/index.server";
import { authenticate } from "~/shopify.server";
import { catalogStatus, requestFullRead } from "~/services/catalog/status.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return catalogStatus(prisma, session.shop);
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const jobId = await requestFullRead(prisma, session.shop);
  if (jobId !== null) wakeWorker(jobId);
  return { queued: true };
};

const when = (iso: string | null) => (iso ? new Date(iso).toLocaleString("en") : "never");
const count = (n: number) => n.toLocaleString("en");

export default function Catalog() {
  const status = useLoaderData<typeof loader>();
  const sync = useFetcher<typeof action>();
  const { revalidate } = useRevalidator();
  const busy = Boolean(status.running) || status.queued || sync.state !== "idle";

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(revalidate, 2000);
    return () => clearInterval(timer);
  }, [busy, revalidate]);

  const stats: [string, number][] = [
    ["Products", status.counts.products],
    ["Variants", status.counts.variants],
    ["Locations", status.counts.locations],
    ["Markets", status.counts.markets],
    ["Languages", status.counts.locales],
  ];
  return (
    <Page
      title="Catalog"
      primaryAction={
        <Button variant="primary" loading={busy} onClick={() => sync.submit({}, { method: "post" })}>
          Sync now
        </Button>
      }
    >
      <Layout>
        {status.problems.map((problem) => (
          <Layout.Section key={problem}>
            <Banner tone="warning">{problem}</Banner>
          </Layout.Section>
        ))}
        {(status.running || status.queued) && (
          <Layout.Section>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingSm">
                  {status.running ? `Reading the catalog… ${count(status.running.objectsRead)} objects so far` : "Starting a catalog read…"}
                </Text>
                <ProgressBar progress={Math.round((status.running?.progress ?? 0) * 100)} tone="primary" />
              </BlockStack>
            </Card>
          </Layout.Section>
        )}
        <Layout.Section>
          <InlineGrid columns={{ xs: 2, sm: 3, md: 5 }} gap="300">
            {stats.map(([label, value]) => (
              <Card key={label}>
                <BlockStack gap="100">
                  <Text as="h3" variant="headingSm" tone="subdued">{label}</Text>
                  <Text as="p" variant="headingXl">{count(value)}</Text>
                </BlockStack>
              </Card>
            ))}
          </InlineGrid>
        </Layout.Section>
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <Text as="p">Last full read: <b>{when(status.lastFull?.finishedAt ?? null)}</b>{status.lastFull ? ` (${status.lastFull.status}, ${count(status.lastFull.created)} new, ${count(status.lastFull.updated)} changed, ${count(status.lastFull.deleted)} removed)` : ""}</Text>
              <Text as="p">Last live update: <b>{when(status.lastIncrementalAt)}</b></Text>
            </BlockStack>
          </Card>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
