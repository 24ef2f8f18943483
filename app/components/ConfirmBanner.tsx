import { Banner, BlockStack, Button, ButtonGroup, Text } from "@shopify/polaris";
import type { ReactNode } from "react";

interface Props {
  /** The question, e.g. "Disconnect TikTok Shop?". */
  title: string;
  /** What confirming does, in one paragraph. */
  children: ReactNode;
  /** The confirm button's label (a critical action). */
  confirmLabel: string;
  onConfirm: () => void;
  /** Cancel and the banner's dismiss button both call this. */
  onCancel: () => void;
  /** The confirmed action is under way: the confirm button spins. */
  loading: boolean;
  /** Any request is under way: Cancel is disabled. */
  busy: boolean;
}

/** A warning banner that asks before a destructive action: the consequence, then confirm or cancel. */
export function ConfirmBanner({ title, children, confirmLabel, onConfirm, onCancel, loading, busy }: Props) {
  return (
    <Banner tone="warning" title={title} onDismiss={onCancel}>
      <BlockStack gap="200">
        <Text as="p">{children}</Text>
        <ButtonGroup>
          <Button variant="primary" tone="critical" onClick={onConfirm} loading={loading}>
            {confirmLabel}
          </Button>
          <Button onClick={onCancel} disabled={busy}>
            Cancel
          </Button>
        </ButtonGroup>
      </BlockStack>
    </Banner>
  );
}
