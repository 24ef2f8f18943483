import { Badge, BlockStack, Box, Button, ButtonGroup, Card, Divider, InlineStack, Text } from "@shopify/polaris";
import { useState } from "react";
import type { OrdersActionResult, QueuedOrder } from "~/services/orders/queue.server";
import { AnswerBanner } from "./AnswerBanner";
import { useOrdersFetcher } from "./useAnswer";
import { When } from "./When";

interface Props {
  id: string;
  title: string;
  description: string;
  empty: string;
  orders: QueuedOrder[];
  /** Held orders can be retried; waiting ones only dismissed. */
  canRetry: boolean;
  onQueued: () => void;
}

const reasonTone = (reason: string | null) => (reason === "rejected_by_shopify" || reason === "invalid_order" ? "critical" : "warning");

/** Orders that wait for the merchant (held) or for their channel (waiting), with Retry / Dismiss. */
export function QueueCard({ id, title, description, empty, orders, canRetry, onQueued }: Props) {
  const fetcher = useOrdersFetcher(onQueued);
  const [hidden, setHidden] = useState<OrdersActionResult | null>(null);
  const busy = fetcher.state !== "idle";
  const pending = fetcher.formData;
  const answer = fetcher.data && fetcher.data !== hidden ? fetcher.data : null;
  const act = (intent: "retry" | "dismiss", order: QueuedOrder) => fetcher.submit({ intent, id: String(order.id) }, { method: "post" });
  const loading = (intent: string, order: QueuedOrder) => pending?.get("intent") === intent && pending.get("id") === String(order.id);

  return (
    <Card>
      <section id={id} aria-label={title}>
        <BlockStack gap="400">
          <BlockStack gap="100">
            <InlineStack gap="200" align="start" blockAlign="center">
              <Text as="h2" variant="headingMd">{title}</Text>
              <Badge tone={orders.length ? "attention" : undefined}>{String(orders.length)}</Badge>
            </InlineStack>
            <Text as="p" tone="subdued">{orders.length ? description : empty}</Text>
          </BlockStack>
          <AnswerBanner answer={answer} onDismiss={() => setHidden(answer)} />
          {orders.map((order, i) => (
            <BlockStack gap="300" key={order.id}>
              {i > 0 && <Divider />}
              <div data-order-id={order.id} data-external-id={order.externalId}>
                <InlineStack align="space-between" blockAlign="start" gap="400" wrap={false}>
                  <BlockStack gap="150">
                    {/* align is set: Polaris stacks inherit the outer stack's alignment otherwise */}
                    <InlineStack gap="200" align="start" blockAlign="center">
                      <Text as="h3" variant="headingSm">{order.channelName} order {order.externalId}</Text>
                      {canRetry ? <Badge tone={reasonTone(order.reason)}>{order.reasonLabel}</Badge> : <Badge>{order.channelStatus || "Waiting"}</Badge>}
                    </InlineStack>
                    {order.detail && <Text as="p">{order.detail}</Text>}
                    <Text as="p" variant="bodySm" tone="subdued">
                      {order.total} · received <When iso={order.since} />
                    </Text>
                  </BlockStack>
                  <Box minWidth="fit-content">
                    <ButtonGroup>
                      {canRetry && (
                        <Button onClick={() => act("retry", order)} disabled={busy} loading={loading("retry", order)} accessibilityLabel={`Retry order ${order.externalId}`}>
                          Retry
                        </Button>
                      )}
                      <Button tone="critical" variant="plain" onClick={() => act("dismiss", order)} disabled={busy} loading={loading("dismiss", order)} accessibilityLabel={`Dismiss order ${order.externalId}`}>
                        Dismiss
                      </Button>
                    </ButtonGroup>
                  </Box>
                </InlineStack>
              </div>
            </BlockStack>
          ))}
        </BlockStack>
      </section>
    </Card>
  );
}
