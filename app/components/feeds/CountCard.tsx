import { BlockStack, Card, Text } from "@shopify/polaris";

/** One big number with its label (items live, left out…); `id` lets tests and links find it. */
export function CountCard({ id, label, value }: { id: string; label: string; value: number }) {
  return (
    <Card>
      <BlockStack gap="100">
        <Text as="h3" variant="headingSm" tone="subdued">{label}</Text>
        <Text as="p" variant="heading2xl" id={id}>{value.toLocaleString("en")}</Text>
      </BlockStack>
    </Card>
  );
}
