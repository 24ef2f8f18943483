import { useFetcher } from "@remix-run/react";
import { BlockStack, Button, Checkbox, Combobox, InlineGrid, Listbox, Text, TextField } from "@shopify/polaris";
import { useEffect, useState } from "react";
import type { ProductOverride } from "~/core/feeds/rules";
import type { FeedsActionResult } from "~/services/feeds/settings.server";
import type { FieldErrors } from "./field-errors";

interface Props {
  overrides: Record<string, ProductOverride>;
  /** Product titles by gid (those already overridden). */
  titles: Record<string, string>;
  errors: FieldErrors;
  onChange: (overrides: Record<string, ProductOverride>) => void;
}

/** Per-product changes for this channel: leave a product out, or send it under another title. */
export function ProductOverrides({ overrides, titles, errors, onChange }: Props) {
  const search = useFetcher<FeedsActionResult>();
  const [query, setQuery] = useState("");
  const [known, setKnown] = useState(titles);
  const found = search.data?.intent === "find-products" && query.trim() ? search.data.products : [];

  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    const timer = setTimeout(() => search.submit({ intent: "find-products", query: q }, { method: "post" }), 200);
    return () => clearTimeout(timer);
    // Only a new query searches (not a new `search` object after each answer).
  }, [query]);

  const add = (id: string) => {
    const product = found.find((p) => p.id === id);
    if (product) setKnown((k) => ({ ...k, [id]: product.title }));
    if (!overrides[id]) onChange({ ...overrides, [id]: { exclude: true } });
    setQuery("");
  };
  const set = (id: string, override: ProductOverride | null) => {
    const next = { ...overrides };
    if (override) next[id] = override;
    else delete next[id];
    onChange(next);
  };

  return (
    <BlockStack gap="300">
      <BlockStack gap="050">
        <Text as="h3" variant="headingSm">Single products</Text>
        <Text as="p" tone="subdued">Leave a product out of this channel, or give it another title here. This wins over the rules above.</Text>
      </BlockStack>
      <Combobox activator={<Combobox.TextField label="Find a product" value={query} onChange={setQuery} autoComplete="off" placeholder="Search by title" />}>
        {found.length > 0 ? (
          <Listbox onSelect={add} accessibilityLabel="Products">
            {found.map((p) => (
              <Listbox.Option key={p.id} value={p.id} accessibilityLabel={p.title}>
                {p.title}
              </Listbox.Option>
            ))}
          </Listbox>
        ) : null}
      </Combobox>
      {Object.entries(overrides).map(([id, override]) => (
        <InlineGrid key={id} columns={["oneThird", "oneThird", "oneThird"]} gap="300" alignItems="center">
          <Text as="p" fontWeight="semibold" truncate>{known[id] ?? id}</Text>
          <Checkbox label="Leave out of this channel" checked={Boolean(override.exclude)} onChange={(exclude) => set(id, { ...override, exclude })} />
          <TextField
            label="Title in this channel"
            labelHidden
            placeholder="Title in this channel"
            value={override.title ?? ""}
            onChange={(title) => set(id, { ...override, title: title === "" ? undefined : title })}
            autoComplete="off"
            disabled={override.exclude}
            error={errors[`overrides.${id}.title`]}
            connectedRight={<Button onClick={() => set(id, null)} accessibilityLabel={`Remove ${known[id] ?? id}`}>Remove</Button>}
          />
        </InlineGrid>
      ))}
    </BlockStack>
  );
}
