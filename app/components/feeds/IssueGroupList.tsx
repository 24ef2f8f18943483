import { Badge, BlockStack, Box, Divider, InlineStack, Link, List, Text } from "@shopify/polaris";
import type { IssueGroup } from "~/services/feeds/overview.server";

const count = (n: number) => n.toLocaleString("en");
/** "text" → "text." (once). */
const sentence = (text: string) => (/[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`);
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/** Issue groups of one severity: what is wrong, what to do, how many items, which products. */
export function IssueGroupList({ groups }: { groups: IssueGroup[] }) {
  return (
    <BlockStack gap="400">
      {groups.map((group, i) => (
        <BlockStack gap="300" key={group.code}>
          {i > 0 && <Divider />}
          <section aria-label={group.title} data-issue-code={group.code}>
            <BlockStack gap="200">
              <InlineStack gap="200" blockAlign="center" wrap={false}>
                <Text as="h3" variant="headingSm">{group.title}</Text>
                <Badge tone={group.severity === "error" ? "critical" : "warning"}>{plural(group.items, "item", "items")}</Badge>
              </InlineStack>
              <Text as="p" tone="subdued">For example: {sentence(group.example)}</Text>
              <Text as="p">
                <Text as="span" fontWeight="semibold">How to fix: </Text>
                {group.fixes.map(sentence).join(" ")}
              </Text>
              <Box paddingInlineStart="100">
                <BlockStack gap="100">
                  <Text as="p" variant="bodySm" tone="subdued">
                    {plural(group.productCount, "product", "products")}:
                  </Text>
                  <List type="bullet" gap="extraTight">
                    {group.products.map((product) => (
                      <List.Item key={product.id}>
                        <Link url={product.adminUrl} removeUnderline>{product.title}</Link>
                      </List.Item>
                    ))}
                  </List>
                  {group.productCount > group.products.length && (
                    <Text as="p" variant="bodySm" tone="subdued">
                      and {plural(group.productCount - group.products.length, "more product", "more products")}
                    </Text>
                  )}
                </BlockStack>
              </Box>
            </BlockStack>
          </section>
        </BlockStack>
      ))}
    </BlockStack>
  );
}
