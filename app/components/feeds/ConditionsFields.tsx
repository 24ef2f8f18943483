import { BlockStack, FormLayout, Text } from "@shopify/polaris";
import type { Condition, ConditionField } from "~/core/feeds/rules";
import type { RuleChoices } from "~/services/feeds/settings.server";
import { errorAt, type FieldErrors } from "./field-errors";
import { ValuesPicker } from "./ValuesPicker";

const FIELDS: { field: ConditionField; label: string; choices: keyof RuleChoices }[] = [
  { field: "collection", label: "Collections", choices: "collections" },
  { field: "tag", label: "Tags", choices: "tags" },
  { field: "vendor", label: "Vendors", choices: "vendors" },
  { field: "productType", label: "Product types", choices: "productTypes" },
];

interface Props {
  mode: "include" | "exclude";
  title: string;
  help: string;
  conditions: Condition[];
  choices: RuleChoices;
  errors: FieldErrors;
  onChange: (conditions: Condition[]) => void;
}

/** Include or exclude products by collection, tag, vendor and product type: one picker each. */
export function ConditionsFields({ mode, title, help, conditions, choices, errors, onChange }: Props) {
  return (
    <BlockStack gap="200">
      <BlockStack gap="050">
        <Text as="h3" variant="headingSm">{title}</Text>
        <Text as="p" tone="subdued">{help}</Text>
      </BlockStack>
      <FormLayout.Group condensed>
        {FIELDS.map(({ field, label, choices: key }) => {
          const error = conditions.map((c, i) => (c.field === field ? errorAt(errors, `${mode}.${i}`) : undefined)).find(Boolean);
          return (
            <ValuesPicker
              key={field}
              label={`${mode === "include" ? "Include" : "Leave out"}: ${label.toLowerCase()}`}
              options={choices[key]}
              selected={conditions.filter((c) => c.field === field).map((c) => c.value)}
              error={error}
              onChange={(values) => onChange([...conditions.filter((c) => c.field !== field), ...values.map((value) => ({ field, value }))])}
            />
          );
        })}
      </FormLayout.Group>
    </BlockStack>
  );
}
