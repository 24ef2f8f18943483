import { data as respond, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Card, Layout, Page, Text } from "@shopify/polaris";
import { DeadLetterCard } from "~/components/jobs/DeadLetterCard";
import prisma from "~/db.server";
import { jobsOverview, parseJobsAction, runJobsAction } from "~/jobs/dead-letters.server";
import { wakeWorker } from "~/jobs/index.server";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return jobsOverview(prisma, session.shop);
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const input = parseJobsAction(await request.formData());
  if (!input) return respond({ intent: "unknown" as const, ok: false, message: "This request is not one the page makes: reload the page." }, { status: 400 });
  const result = await runJobsAction(prisma, session.shop, input);
  if (result.eventId) wakeWorker(result.eventId);
  return result;
};

const count = (n: number) => n.toLocaleString("en");

export default function Jobs() {
  const data = useLoaderData<typeof loader>();
  return (
    <Page title="Jobs" subtitle="Webhooks, channel events and the app's own work, run in the background.">
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">Queue</Text>
              <Text as="p" id="jobs-pending">
                {`${count(data.pending - data.running)} waiting · ${count(data.running)} running · ${count(data.failedTotal)} failed`}
              </Text>
              <Text as="p" tone="subdued">
                {`A job that fails is tried again after a growing pause, up to ${data.maxAttempts} times in all. One that still fails is listed below: fix what its error names, then Retry it, or Dismiss it.`}
              </Text>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <DeadLetterCard failed={data.failed} total={data.failedTotal} limit={data.limit} />
        </Layout.Section>
      </Layout>
    </Page>
  );
}
