import { Button, ButtonGroup, TextField } from "@shopify/polaris";
import { useAppBridge } from "@shopify/app-bridge-react";
import { useEffect, useState, type ReactNode } from "react";

/** A feed URL, read-only and selectable, with a Copy button (clipboard + App Bridge toast) and any `actions` after it. */
export function FeedUrlField({ label, url, actions }: { label: string; url: string; actions?: ReactNode }) {
  const shopify = useAppBridge();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 2000);
    return () => clearTimeout(timer);
  }, [copied]);

  const toast = (message: string, isError = false) => {
    try {
      shopify.toast.show(message, { isError });
    } catch {
      // Outside the Shopify admin there is no App Bridge: the button label says it.
    }
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied("yes");
      toast(`${label} copied`);
    } catch {
      setCopied("failed");
      toast("Could not copy: select the URL and copy it", true);
    }
  };

  return (
    <TextField
      label={label}
      value={url}
      readOnly
      autoComplete="off"
      monospaced
      selectTextOnFocus
      connectedRight={
        <ButtonGroup variant="segmented">
          <Button onClick={copy} accessibilityLabel={`Copy ${label}`}>
            {copied === "yes" ? "Copied" : copied === "failed" ? "Not copied" : "Copy"}
          </Button>
          {actions}
        </ButtonGroup>
      }
    />
  );
}
