import { BlockStack, FormLayout, Text, TextField } from "@shopify/polaris";
import type { LabelRule } from "~/core/feeds/rules";
import type { FieldErrors } from "./field-errors";

const INDEXES = [0, 1, 2, 3, 4] as const;
const FIELD_NAMES = { collection: "collection", tag: "tag", vendor: "vendor", productType: "product type" } as const;

interface Props {
  labels: LabelRule[];
  errors: FieldErrors;
  onChange: (labels: LabelRule[]) => void;
}

/** custom_label_0 … custom_label_4: text or placeholders, the same for every product (a condition set in code is kept). */
export function CustomLabelsFields({ labels, errors, onChange }: Props) {
  const set = (index: LabelRule["index"], value: string) => {
    const rest = labels.filter((l) => l.index !== index);
    const current = labels.find((l) => l.index === index);
    onChange(value === "" ? rest : [...rest, { ...current, index, value }].sort((a, b) => a.index - b.index));
  };
  return (
    <BlockStack gap="200">
      <BlockStack gap="050">
        <Text as="h3" variant="headingSm">Custom labels</Text>
        <Text as="p" tone="subdued">Group products for campaigns and reports in the channel (e.g. “summer”, or {"{vendor}"}).</Text>
      </BlockStack>
      <FormLayout.Group condensed>
        {INDEXES.map((index) => {
          const position = labels.findIndex((l) => l.index === index);
          const label = labels[position];
          return (
            <TextField
              key={index}
              label={`Custom label ${index}`}
              value={label?.value ?? ""}
              onChange={(value) => set(index, value)}
              autoComplete="off"
              error={position >= 0 ? errors[`customLabels.${position}.value`] : undefined}
              helpText={label?.when ? `Only for products with ${FIELD_NAMES[label.when.field]} “${label.when.value}”` : undefined}
            />
          );
        })}
      </FormLayout.Group>
    </BlockStack>
  );
}
