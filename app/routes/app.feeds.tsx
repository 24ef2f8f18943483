import { data as respond, type ActionFunctionArgs, type LoaderFunctionArgs } from "@remix-run/node";
import { Link as RemixLink, useLoaderData, useNavigate, useNavigation, useRevalidator, type ShouldRevalidateFunction } from "@remix-run/react";
import { Banner, BlockStack, Card, InlineGrid, InlineStack, Layout, List, Page, Select, Tabs, Text } from "@shopify/polaris";
import { useEffect } from "react";
import { CountCard } from "~/components/feeds/CountCard";
import { RevocableFeedUrl } from "~/components/feeds/RevocableFeedUrl";
import { IssueGroupList } from "~/components/feeds/IssueGroupList";
import { RulesEditor } from "~/components/feeds/RulesEditor";
import { env } from "~/env.server";
import { feedDeps } from "~/services/feeds/default-deps.server";
import { feedsPage, parseFeedsAction, runFeedsAction } from "~/services/feeds/settings.server";
import { authenticate } from "~/shopify.server";

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const params = new URL(request.url).searchParams;
  return feedsPage(feedDeps(), { shop: session.shop, appUrl: env().SHOPIFY_APP_URL, channel: params.get("channel"), market: params.get("market") });
};

export const action = async ({ request }: ActionFunctionArgs) => {
  const { session } = await authenticate.admin(request);
  const input = parseFeedsAction(await request.formData());
  if (!input) return respond({ intent: "unknown" as const, ok: false as const }, { status: 400 });
  const result = await runFeedsAction(feedDeps(), { shop: session.shop, appUrl: env().SHOPIFY_APP_URL }, input);
  return respond(result, { status: result.ok ? 200 : 400 });
};

// A product search changes nothing: the page's data (a walk of the catalog) is not reloaded for it.
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "find-products" ? false : defaultShouldRevalidate;

const FORMAT_LABEL = { csv: "CSV", tsv: "TSV", xml: "XML" } as const;

export default function Feeds() {
  const data = useLoaderData<typeof loader>();
  const navigate = useNavigate();
  const navigation = useNavigation();
  const { revalidate } = useRevalidator();
  const notRead = data.state === "not-read";

  // Waiting for the first full read: look again every few seconds.
  useEffect(() => {
    if (!notRead) return;
    const timer = setInterval(revalidate, 3000);
    return () => clearInterval(timer);
  }, [notRead, revalidate]);

  if (data.state === "not-read") {
    return (
      <Page title="Feeds">
        <Layout>
          <Layout.Section>
            <Card>
              <BlockStack gap="200">
                <Text as="h2" variant="headingMd">Your catalog has not been read yet</Text>
                <Text as="p">
                  Feed URLs appear here once the first full read of your products is done. This page updates by itself; you can follow the read on the{" "}
                  <RemixLink to="/app/catalog">Catalog</RemixLink> page.
                </Text>
              </BlockStack>
            </Card>
          </Layout.Section>
        </Layout>
      </Page>
    );
  }

  const select = (channel: string, market: string) => navigate(`?${new URLSearchParams({ channel, market })}`);
  const selectedTab = data.channels.findIndex((c) => c.id === data.channel.id);
  const loading = navigation.state === "loading" && navigation.location.pathname === "/app/feeds";
  const market = data.market;
  const byRules = data.byRules.reduce((sum, rule) => sum + rule.items, 0);

  return (
    <Page title="Feeds" subtitle="One feed per channel and market: paste its URL into the channel and it stays in sync with your catalog.">
      <Layout>
        <Layout.Section>
          <Card padding="0">
            <Tabs
              tabs={data.channels.map((c) => ({ id: `channel-${c.id}`, content: c.name, panelID: "feed-panel" }))}
              selected={selectedTab}
              onSelect={(index) => select(data.channels[index].id, market.handle)}
              fitted
            />
          </Card>
        </Layout.Section>
        <Layout.Section>
          <div id="feed-panel" aria-busy={loading} style={{ opacity: loading ? 0.5 : 1, transition: "opacity 120ms" }}>
            <BlockStack gap="400">
              <Card>
                <BlockStack gap="400">
                  <InlineStack align="space-between" blockAlign="end" gap="400">
                    <BlockStack gap="100">
                      <Text as="h2" variant="headingMd">{data.channel.name} · {market.name}</Text>
                      <Text as="p" tone="subdued">{market.currency} · {market.countries.join(", ")}</Text>
                    </BlockStack>
                    <div style={{ minWidth: 240 }}>
                      <Select
                        label="Market"
                        options={data.markets.map((m) => ({ label: `${m.name} (${m.currency})`, value: m.handle }))}
                        value={market.handle}
                        onChange={(handle) => select(data.channel.id, handle)}
                      />
                    </div>
                  </InlineStack>
                  {!data.published ? (
                    <Banner tone="info">Your rules for {data.channel.name} do not publish {market.name}: this market has no feed, and its URLs answer “not found”.</Banner>
                  ) : data.feeds.length === 0 ? (
                    <Banner tone="info">This market has no feed URL yet: it gets one at the next full read of the catalog.</Banner>
                  ) : (
                    <BlockStack gap="300">
                      {data.feeds.map((feed) => (
                        <RevocableFeedUrl key={feed.format} label={`${FORMAT_LABEL[feed.format]} feed URL`} url={feed.url} target={{ channel: data.channel.id, market: market.handle, format: feed.format }} channelName={data.channel.name} />
                      ))}
                      {data.overrides.map((o) => (
                        <RevocableFeedUrl key={o.handle} label={`${o.label}: every published market`} url={o.url} target={{ channel: data.channel.id, market: o.handle, format: "csv" }} channelName={data.channel.name} />
                      ))}
                    </BlockStack>
                  )}
                </BlockStack>
              </Card>
              <InlineGrid columns={3} gap="400">
                <CountCard id="items-live" label="Items live" value={data.live} />
                <CountCard id="items-left-out" label="Left out: problems" value={data.leftOut} />
                <CountCard id="items-by-rules" label="Left out: your rules" value={byRules} />
              </InlineGrid>
              <RulesEditor key={data.channel.id} channel={data.channel} markets={data.markets} editor={data.editor} />
              <Card>
                <BlockStack gap="400">
                  <BlockStack gap="100">
                    <Text as="h2" variant="headingMd">Why items are left out</Text>
                    <Text as="p" tone="subdued">
                      {data.errors.length === 0
                        ? `Every item is in the ${data.channel.name} feed for ${market.name}.`
                        : `${data.channel.name} would reject these items, so the feed leaves them out until they are fixed in Shopify. An item can have more than one problem.`}
                    </Text>
                  </BlockStack>
                  {data.errors.length > 0 && <IssueGroupList groups={data.errors} />}
                </BlockStack>
              </Card>
              <Card>
                <BlockStack gap="400">
                  <BlockStack gap="100">
                    <Text as="h2" variant="headingMd">Warnings</Text>
                    <Text as="p" tone="subdued">
                      {data.warnings.length === 0
                        ? "No warnings."
                        : "These items are sent, but the channel may show them less or ask for changes. Fixing them in Shopify improves the listing."}
                    </Text>
                  </BlockStack>
                  {data.warnings.length > 0 && <IssueGroupList groups={data.warnings} />}
                </BlockStack>
              </Card>
              {data.byRules.length > 0 && (
                <Card>
                  <BlockStack gap="300">
                    <BlockStack gap="100">
                      <Text as="h2" variant="headingMd">Left out by your rules</Text>
                      <Text as="p" tone="subdued">Your {data.channel.name} settings leave these items out on purpose.</Text>
                    </BlockStack>
                    <List type="bullet">
                      {data.byRules.map((rule) => (
                        <List.Item key={rule.reason}>
                          {rule.title}: <b data-rule={rule.reason}>{rule.items.toLocaleString("en")}</b>
                        </List.Item>
                      ))}
                    </List>
                  </BlockStack>
                </Card>
              )}
            </BlockStack>
          </div>
        </Layout.Section>
      </Layout>
    </Page>
  );
}
