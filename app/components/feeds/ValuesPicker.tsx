import { BlockStack, Combobox, InlineStack, Listbox, Tag } from "@shopify/polaris";
import { useState } from "react";

interface Props {
  label: string;
  /** Values the catalog has (the merchant can also add one it does not have yet). */
  options: string[];
  selected: string[];
  onChange: (values: string[]) => void;
  error?: string;
}

const SHOWN = 50;

/** Picks values from a list by typing (Combobox), shows them as removable tags. */
export function ValuesPicker({ label, options, selected, onChange, error }: Props) {
  const [input, setInput] = useState("");
  const typed = input.trim();
  const query = typed.toLowerCase();
  const matching = options.filter((o) => o.toLowerCase().includes(query)).slice(0, SHOWN);
  const known = (value: string) => [...options, ...selected].some((o) => o.toLowerCase() === value.toLowerCase());
  const toggle = (value: string) => {
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
    setInput("");
  };

  return (
    <BlockStack gap="200">
      <Combobox
        allowMultiple
        activator={<Combobox.TextField label={label} value={input} onChange={setInput} autoComplete="off" placeholder="Search or type" error={error} />}
      >
        {matching.length > 0 || (typed && !known(typed)) ? (
          <Listbox onSelect={toggle} accessibilityLabel={label}>
            {typed && !known(typed) ? <Listbox.Action value={typed}>{`Add “${typed}”`}</Listbox.Action> : null}
            {matching.map((option) => (
              <Listbox.Option key={option} value={option} selected={selected.includes(option)} accessibilityLabel={option}>
                {option}
              </Listbox.Option>
            ))}
          </Listbox>
        ) : null}
      </Combobox>
      {selected.length > 0 && (
        <InlineStack gap="100">
          {selected.map((value) => (
            <Tag key={value} onRemove={() => onChange(selected.filter((v) => v !== value))} accessibilityLabel={`Remove ${value} from ${label}`}>
              {value}
            </Tag>
          ))}
        </InlineStack>
      )}
    </BlockStack>
  );
}
