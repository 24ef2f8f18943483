import { Badge, BlockStack, Button, ButtonGroup, Card, Divider, InlineStack, Text } from "@shopify/polaris";
import { useEffect, useState } from "react";
import { ConfirmBanner } from "~/components/ConfirmBanner";
import { FeedUrlField } from "~/components/feeds/FeedUrlField";
import type { ConnectionView, OrdersActionResult } from "~/services/orders/queue.server";
import { AnswerBanner } from "./AnswerBanner";
import { BufferForm } from "./BufferForm";
import { ConnectForm } from "./ConnectForm";
import { useOrdersFetcher } from "./useAnswer";
import { When } from "./When";

const STATE = {
  connected: { label: "Connected", tone: "success" },
  disconnected: { label: "Disconnected", tone: undefined },
  not_connected: { label: "Not connected", tone: undefined },
} as const;

/** One channel: connect it, or see its push URL, safety buffer, pull and disconnect. */
export function ConnectionCard({ connection, onQueued }: { connection: ConnectionView; onQueued: () => void }) {
  const fetcher = useOrdersFetcher(onQueued);
  const [hidden, setHidden] = useState<OrdersActionResult | null>(null);
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const busy = fetcher.state !== "idle";
  const answer = fetcher.data && fetcher.data !== hidden ? fetcher.data : null;
  const errorsFor = (intent: string) => (answer && !answer.ok && answer.intent === intent ? (answer.errors ?? {}) : {});
  const submit = (fields: Record<string, string>) => fetcher.submit(fields, { method: "post" });
  const submitting = (intent: string) => busy && fetcher.formData?.get("intent") === intent;
  const connected = connection.status === "connected";
  const state = STATE[connection.status];

  // A saved connection closes the form; a disconnection closes the confirmation.
  useEffect(() => {
    if (fetcher.state !== "idle" || !fetcher.data?.ok) return;
    if (fetcher.data.intent === "connect") setEditing(false);
    if (fetcher.data.intent === "disconnect") setConfirming(false);
  }, [fetcher.state, fetcher.data]);

  return (
    <Card>
      <section id={`connection-${connection.channel}`} aria-label={connection.channelName} data-status={connection.status}>
        <BlockStack gap="400">
          <InlineStack align="space-between" blockAlign="center">
            <Text as="h2" variant="headingMd">{connection.channelName}</Text>
            <Badge tone={state.tone}>{state.label}</Badge>
          </InlineStack>
          <AnswerBanner answer={answer} onDismiss={() => setHidden(answer)} />
          {!connected || editing ? (
            <BlockStack gap="300">
              <Text as="p" tone="subdued">
                {connected
                  ? "Enter the new credentials. The old ones are replaced when you save."
                  : `Connect ${connection.channelName} to bring its orders into Shopify. The credentials are stored encrypted and never shown again.`}
              </Text>
              <ConnectForm connection={connection} busy={submitting("connect")} errors={errorsFor("connect")} submit={submit} onCancel={editing ? () => setEditing(false) : undefined} />
            </BlockStack>
          ) : (
            <BlockStack gap="400">
              <Text as="p">
                {connection.channel === "tiktok" ? "Shop ID" : "Commerce account"}: <Text as="span" fontWeight="semibold">{connection.externalShopId}</Text>
              </Text>
              {connection.pushUrl && (
                <BlockStack gap="100">
                  <FeedUrlField label="Order push URL" url={connection.pushUrl} />
                  <Text as="p" variant="bodySm" tone="subdued">
                    Paste it into TikTok Shop Partner Center → your app → Manage webhooks, for order status and cancellation events.
                  </Text>
                </BlockStack>
              )}
              {connection.canPull && (
                <InlineStack align="space-between" blockAlign="center" gap="200">
                  <Text as="p" tone="subdued">
                    Orders are pulled from Meta every few minutes. Last pull: <When iso={connection.lastPulledAt} />
                  </Text>
                  <Button onClick={() => submit({ intent: "pull" })} loading={submitting("pull")} disabled={busy}>
                    Pull orders now
                  </Button>
                </InlineStack>
              )}
              <Divider />
              <BlockStack gap="200">
                <Text as="h3" variant="headingSm">Safety buffer</Text>
                <Text as="p" tone="subdued">Stock held back from {connection.channelName} so that the last units are not oversold.</Text>
                <BufferForm connection={connection} busy={submitting("buffer")} errors={errorsFor("buffer")} submit={submit} />
              </BlockStack>
              <Divider />
              {confirming ? (
                <ConfirmBanner
                  title={`Disconnect ${connection.channelName}?`}
                  confirmLabel="Disconnect"
                  onConfirm={() => submit({ intent: "disconnect", channel: connection.channel })}
                  onCancel={() => setConfirming(false)}
                  loading={submitting("disconnect")}
                  busy={busy}
                >
                  The credentials are deleted and no new orders come in from {connection.channelName}. Orders already in Shopify stay.
                </ConfirmBanner>
              ) : (
                <ButtonGroup>
                  <Button onClick={() => setEditing(true)} disabled={busy}>
                    Update credentials
                  </Button>
                  <Button tone="critical" variant="plain" onClick={() => setConfirming(true)} disabled={busy} accessibilityLabel={`Disconnect ${connection.channelName}`}>
                    Disconnect…
                  </Button>
                </ButtonGroup>
              )}
            </BlockStack>
          )}
        </BlockStack>
      </section>
    </Card>
  );
}
