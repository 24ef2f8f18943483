import { BlockStack, Button, ButtonGroup, FormLayout, TextField } from "@shopify/polaris";
import { useState } from "react";
import type { ConnectionView, FieldErrors } from "~/services/orders/queue.server";

interface Props {
  connection: ConnectionView;
  busy: boolean;
  errors: FieldErrors;
  submit: (fields: Record<string, string>) => void;
  onCancel?: () => void;
}

/**
 * The channel's credentials. Secrets are password inputs; nothing typed here comes back from the
 * server (the page only ever shows the account id), so a saved secret cannot be read on the page.
 */
export function ConnectForm({ connection, busy, errors, submit, onCancel }: Props) {
  const [values, setValues] = useState<Record<string, string>>(() => ({ externalShopId: connection.externalShopId ?? "" }));
  const set = (name: string) => (value: string) => setValues((v) => ({ ...v, [name]: value }));

  return (
    <form
      aria-label={`Connect ${connection.channelName}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit({ intent: "connect", channel: connection.channel, ...values });
      }}
    >
      <BlockStack gap="300">
        <FormLayout>
          {connection.fields.map((field) => (
            <TextField
              key={field.name}
              name={field.name}
              label={field.label}
              helpText={field.helpText}
              type={field.secret ? "password" : "text"}
              autoComplete={field.secret ? "new-password" : "off"}
              value={values[field.name] ?? ""}
              onChange={set(field.name)}
              error={errors[field.name]}
              monospaced={field.secret}
            />
          ))}
        </FormLayout>
        <ButtonGroup>
          <Button variant="primary" submit loading={busy}>
            {`Connect ${connection.channelName}`}
          </Button>
          {onCancel && (
            <Button onClick={onCancel} disabled={busy}>
              Cancel
            </Button>
          )}
        </ButtonGroup>
      </BlockStack>
    </form>
  );
}
