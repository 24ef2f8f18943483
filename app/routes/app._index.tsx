import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { BlockStack, Card, InlineGrid, Layout, Page, Text } from "@shopify/polaris";
import { authenticate } from "~/shopify.server";
import { shopOverview } from "~/services/overview.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  return shopOverview(session.shop);
};

export default function Overview() {
  const data = useLoaderData<typeof loader>();
  return (
    <Page title="Social selling">
      <Layout>
        <Layout.Section>
          <Card>
            <BlockStack gap="200">
              <Text as="h2" variant="headingMd">{data.shop}</Text>
              <Text as="p" tone="subdued">
                Installed {data.installedAt ? new Date(data.installedAt).toLocaleString("en") : "just now"}.
              </Text>
            </BlockStack>
          </Card>
        </Layout.Section>
        <Layout.Section>
          <InlineGrid columns={2} gap="400">
            <Card>
              <BlockStack gap="100">
                <Text as="h3" variant="headingSm">Webhooks received</Text>
                <Text as="p" variant="heading2xl">{data.inbox.total}</Text>
              </BlockStack>
            </Card>
            <Card>
              <BlockStack gap="100">
                <Text as="h3" variant="headingSm">Waiting to be processed</Text>
                <Text as="p" variant="heading2xl">{data.inbox.pending}</Text>
              </BlockStack>
            </Card>
          </InlineGrid>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
