import { Button, FormLayout, InlineStack, TextField } from "@shopify/polaris";
import { useState } from "react";
import type { ConnectionView, FieldErrors } from "~/services/orders/queue.server";

/** The safety buffer: stock held back from the channel, in units or percent (the larger wins). The server checks the limits. */
export function BufferForm({ connection, busy, errors, submit }: { connection: ConnectionView; busy: boolean; errors: FieldErrors; submit: (fields: Record<string, string>) => void }) {
  const [units, setUnits] = useState(String(connection.buffer.units));
  const [percent, setPercent] = useState(String(connection.buffer.percent));
  return (
    <form
      aria-label={`Safety buffer for ${connection.channelName}`}
      onSubmit={(event) => {
        event.preventDefault();
        submit({ intent: "buffer", channel: connection.channel, units, percent });
      }}
    >
      <FormLayout>
        <FormLayout.Group condensed>
          <TextField label="Units held back" name="units" type="number" value={units} onChange={setUnits} error={errors.units} autoComplete="off" />
          <TextField label="Percent held back" name="percent" type="number" suffix="%" value={percent} onChange={setPercent} error={errors.percent} autoComplete="off" />
        </FormLayout.Group>
        <InlineStack align="end">
          <Button submit loading={busy}>Save buffer</Button>
        </InlineStack>
      </FormLayout>
    </form>
  );
}
