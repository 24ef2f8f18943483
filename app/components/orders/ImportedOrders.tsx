import { Badge, BlockStack, Card, IndexTable, Link, Text } from "@shopify/polaris";
import type { ImportedOrder, ImportedStatus } from "~/services/orders/queue.server";
import { When } from "./When";

const STATUS: Record<ImportedStatus, { label: string; tone?: "success" | "critical" | "attention" | "warning" }> = {
  imported: { label: "Imported", tone: "success" },
  cancelled: { label: "Cancelled", tone: "critical" },
  refunded: { label: "Refunded", tone: "warning" },
  partially_refunded: { label: "Partially refunded", tone: "attention" },
};

/** Channel orders placed in Shopify, newest first, each linking to its Shopify order. */
export function ImportedOrders({ orders, total, limit }: { orders: ImportedOrder[]; total: number; limit: number }) {
  return (
    <Card padding="0">
      <section id="imported-orders" aria-label="Orders in Shopify">
        <BlockStack gap="0">
          <div style={{ padding: "var(--p-space-400)" }}>
            <BlockStack gap="100">
              <Text as="h2" variant="headingMd">Orders in Shopify</Text>
              <Text as="p" tone="subdued">
                {total === 0
                  ? "No channel order has been placed in Shopify yet."
                  : total > orders.length
                    ? `The latest ${limit} of ${total.toLocaleString("en")} channel orders placed in Shopify.`
                    : "Channel orders placed in Shopify, newest first."}
              </Text>
            </BlockStack>
          </div>
          {orders.length > 0 && (
            <IndexTable
              resourceName={{ singular: "order", plural: "orders" }}
              itemCount={orders.length}
              selectable={false}
              headings={[{ title: "Channel" }, { title: "Channel order" }, { title: "Shopify order" }, { title: "Status" }, { title: "Total", alignment: "end" }, { title: "Received" }]}
            >
              {orders.map((order, index) => (
                <IndexTable.Row id={String(order.id)} key={order.id} position={index}>
                  <IndexTable.Cell>{order.channelName}</IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" fontWeight="medium">{order.externalId}</Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    {order.adminUrl ? (
                      <Link url={order.adminUrl} removeUnderline>{order.shopifyOrderName ?? "Open in Shopify"}</Link>
                    ) : (
                      (order.shopifyOrderName ?? "—")
                    )}
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <BlockStack gap="100">
                      <Badge tone={STATUS[order.status].tone}>{STATUS[order.status].label}</Badge>
                      {order.attention ? (
                        <Text as="span" tone="critical" variant="bodySm">
                          Needs attention: {order.attention}
                        </Text>
                      ) : null}
                    </BlockStack>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <Text as="span" alignment="end" numeric>{order.total}</Text>
                  </IndexTable.Cell>
                  <IndexTable.Cell>
                    <When iso={order.createdAt} />
                  </IndexTable.Cell>
                </IndexTable.Row>
              ))}
            </IndexTable>
          )}
        </BlockStack>
      </section>
    </Card>
  );
}
