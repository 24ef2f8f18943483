import { ChoiceList } from "@shopify/polaris";
import type { MarketChoice } from "~/services/feeds/overview.server";

interface Props {
  markets: MarketChoice[];
  /** null: every enabled market, including ones added later. */
  selected: string[] | null;
  onChange: (selected: string[] | null) => void;
  error?: string;
}

/** Which markets the channel's feeds publish; the others' URLs answer “not found”. */
export function MarketsField({ markets, selected, onChange, error }: Props) {
  return (
    <ChoiceList
      title="Markets"
      selected={[selected ? "some" : "all"]}
      onChange={([choice]) => onChange(choice === "all" ? null : (selected ?? markets.map((m) => m.handle)))}
      choices={[
        { label: "All markets, including ones you add later", value: "all" },
        {
          label: "Only these markets",
          value: "some",
          renderChildren: (active) =>
            active && (
              <ChoiceList
                title="Markets to publish"
                titleHidden
                allowMultiple
                selected={selected ?? []}
                onChange={onChange}
                error={error}
                choices={markets.map((m) => ({ label: `${m.name} (${m.currency})`, value: m.handle }))}
              />
            ),
        },
      ]}
    />
  );
}
