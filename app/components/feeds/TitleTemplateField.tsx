import { BlockStack, InlineCode, Text, TextField } from "@shopify/polaris";
import type { FeedVariant } from "~/channels/channel-adapter";
import { renderTemplate } from "~/core/feeds/rules";

interface Props {
  value: string | null;
  onChange: (value: string | null) => void;
  placeholders: readonly { token: string; meaning: string }[];
  /** One real product variant: the preview shows the template filled in for it. */
  sample: FeedVariant | null;
  error?: string;
}

/** The title template ("{title} | {vendor}"), its placeholders, and a live preview on one real product. */
export function TitleTemplateField({ value, onChange, placeholders, sample, error }: Props) {
  const template = value ?? "";
  const original = sample ? (sample.product.translations.title ?? sample.product.title) : "";
  let preview = original;
  if (sample && template.trim()) preview = renderTemplate(template, sample);
  return (
    <BlockStack gap="200">
      <TextField
        label="Title template"
        value={template}
        onChange={(next) => onChange(next === "" ? null : next)}
        autoComplete="off"
        placeholder="{title}"
        error={error}
        helpText="Leave empty to send each product's own title. A placeholder with no value (e.g. no vendor) is left out with its separator."
      />
      <Text as="p" variant="bodySm" tone="subdued">
        Placeholders:{" "}
        {placeholders.map((p, i) => (
          <span key={p.token}>
            {i > 0 && " · "}
            <InlineCode>{p.token}</InlineCode> {p.meaning}
          </span>
        ))}
      </Text>
      {sample && (
        <Text as="p">
          Preview on “{original}
          {sample.variant.title !== "Default Title" ? ` — ${sample.variant.title}` : ""}”:{" "}
          <Text as="span" fontWeight="semibold">
            <span id="title-preview">{preview || "(empty: the product's own title is sent)"}</span>
          </Text>
        </Text>
      )}
    </BlockStack>
  );
}
