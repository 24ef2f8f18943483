import { useFetcher } from "@remix-run/react";
import { BlockStack, Button } from "@shopify/polaris";
import { useAppBridge } from "@shopify/app-bridge-react";
import { useEffect, useState } from "react";
import { ConfirmBanner } from "~/components/ConfirmBanner";
import type { FeedsActionResult } from "~/services/feeds/settings.server";
import { FeedUrlField } from "./FeedUrlField";

interface Props {
  label: string;
  url: string;
  channelName: string;
  target: { channel: string; market: string; format: string };
}

/** A feed URL with "Revoke": after a confirmation, the URL stops working and a new one replaces it. */
export function RevocableFeedUrl({ label, url, channelName, target }: Props) {
  const shopify = useAppBridge();
  const fetcher = useFetcher<FeedsActionResult>();
  const [confirming, setConfirming] = useState(false);
  const busy = fetcher.state !== "idle";
  const result = fetcher.data?.intent === "revoke" ? fetcher.data : null;

  useEffect(() => {
    if (!result || fetcher.state !== "idle") return;
    setConfirming(false);
    try {
      shopify.toast.show(result.ok ? `New ${label} issued` : "Could not revoke the URL: reload the page", { isError: !result.ok });
    } catch {
      // Outside the Shopify admin there is no App Bridge; the new URL shows in the field.
    }
  }, [result, fetcher.state, label, shopify]);

  const revoke = () => fetcher.submit({ intent: "revoke", ...target }, { method: "post" });

  return (
    <BlockStack gap="200">
      <FeedUrlField
        label={label}
        url={url}
        actions={
          <Button tone="critical" onClick={() => setConfirming(true)} disabled={confirming || busy} accessibilityLabel={`Revoke ${label}`}>
            Revoke
          </Button>
        }
      />
      {confirming && (
        <ConfirmBanner
          title={`Revoke this ${label}?`}
          confirmLabel="Revoke and issue a new URL"
          onConfirm={revoke}
          onCancel={() => setConfirming(false)}
          loading={busy}
          busy={busy}
        >
          The current URL stops working at once and a new one is issued. {channelName} cannot fetch the feed until you paste the new URL into it.
        </ConfirmBanner>
      )}
    </BlockStack>
  );
}
