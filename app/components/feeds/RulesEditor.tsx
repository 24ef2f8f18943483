import { useFetcher } from "@remix-run/react";
import { Banner, BlockStack, Button, Card, ChoiceList, Divider, Form, FormLayout, InlineStack, Text } from "@shopify/polaris";
import { useEffect, useState } from "react";
import type { FeedRules } from "~/core/feeds/rules";
import type { ChannelChoice, MarketChoice } from "~/services/feeds/overview.server";
import type { FeedsActionResult, RulesEditorData } from "~/services/feeds/settings.server";
import { ConditionsFields } from "./ConditionsFields";
import { CustomLabelsFields } from "./CustomLabelsFields";
import { errorAt, type FieldErrors } from "./field-errors";
import { MarketsField } from "./MarketsField";
import { ProductOverrides } from "./ProductOverrides";
import { TitleTemplateField } from "./TitleTemplateField";

interface Props {
  channel: ChannelChoice;
  markets: MarketChoice[];
  editor: RulesEditorData;
}

const NO_ERRORS: FieldErrors = {};
const STATUSES = [
  { label: "Active", value: "ACTIVE" },
  { label: "Draft", value: "DRAFT" },
  { label: "Archived", value: "ARCHIVED" },
];

/** The channel's rules as a form; saving re-reads the page, so the counts show the new rules. */
export function RulesEditor({ channel, markets, editor }: Props) {
  const fetcher = useFetcher<FeedsActionResult>();
  const savedJson = JSON.stringify(editor.rules);
  const [rules, setRules] = useState<FeedRules>(editor.rules);
  const [submitted, setSubmitted] = useState<string | null>(null);
  // After a save the page's data has the stored (normalised) rules: start again from them.
  useEffect(() => setRules(JSON.parse(savedJson) as FeedRules), [savedJson]);

  const json = JSON.stringify(rules);
  const dirty = json !== savedJson;
  const saving = fetcher.state !== "idle";
  const result = fetcher.data?.intent === "save-rules" && !saving ? fetcher.data : null;
  // Messages belong to what was sent: once the merchant edits again they go.
  const errors = result && !result.ok && submitted === json ? result.errors : NO_ERRORS;
  const update = (patch: Partial<FeedRules>) => setRules((current) => ({ ...current, ...patch }));
  const save = () => {
    setSubmitted(json);
    fetcher.submit({ intent: "save-rules", channel: channel.id, rules: json }, { method: "post" });
  };
  const errorCount = Object.keys(errors).length;

  return (
    <Card>
      <Form onSubmit={save}>
        <BlockStack gap="400">
          <BlockStack gap="100">
            <Text as="h2" variant="headingMd">Rules for {channel.name}</Text>
            <Text as="p" tone="subdued">Which products go into the {channel.name} feeds and how they look there. Saving changes every {channel.name} feed at once.</Text>
          </BlockStack>
          {errorCount > 0 && (
            <Banner tone="critical" title={errorCount === 1 ? "One field needs a change: nothing was saved" : `${errorCount} fields need a change: nothing was saved`}>
              {errors.form && <Text as="p">{errors.form}</Text>}
            </Banner>
          )}
          <FormLayout>
            <FormLayout.Group>
              <MarketsField markets={markets} selected={rules.markets} onChange={(m) => update({ markets: m })} error={errorAt(errors, "markets")} />
              <ChoiceList title="Product status" allowMultiple choices={STATUSES} selected={rules.statuses} onChange={(statuses) => update({ statuses })} error={errorAt(errors, "statuses")} />
              <ChoiceList
                title="Out-of-stock variants"
                choices={[
                  { label: "Send them (shown as out of stock)", value: "in" },
                  { label: "Leave them out", value: "out" },
                ]}
                selected={[rules.excludeOutOfStock ? "out" : "in"]}
                onChange={([choice]) => update({ excludeOutOfStock: choice === "out" })}
              />
            </FormLayout.Group>
            <Divider />
            <ConditionsFields mode="include" title="Only products in or with" help="Empty: every product. Otherwise a product must match one of these." conditions={rules.include} choices={editor.choices} errors={errors} onChange={(include) => update({ include })} />
            <ConditionsFields mode="exclude" title="Leave out products in or with" help="A product matching any of these is left out." conditions={rules.exclude} choices={editor.choices} errors={errors} onChange={(exclude) => update({ exclude })} />
            <Divider />
            <TitleTemplateField value={rules.titleTemplate} onChange={(titleTemplate) => update({ titleTemplate })} placeholders={editor.placeholders} sample={editor.sample} error={errors.titleTemplate} />
            <CustomLabelsFields labels={rules.customLabels} errors={errors} onChange={(customLabels) => update({ customLabels })} />
            <Divider />
            <ProductOverrides overrides={rules.overrides} titles={editor.overrideTitles} errors={errors} onChange={(overrides) => update({ overrides })} />
          </FormLayout>
          <InlineStack align="end" blockAlign="center" gap="300">
            {result?.ok && !dirty && <Text as="span" tone="success">Saved: the counts above follow the new rules.</Text>}
            <Button onClick={() => setRules(JSON.parse(savedJson) as FeedRules)} disabled={!dirty || saving}>Discard</Button>
            <Button submit variant="primary" loading={saving} disabled={!dirty}>Save rules</Button>
          </InlineStack>
        </BlockStack>
      </Form>
    </Card>
  );
}
