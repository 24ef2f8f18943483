import { useFetcher } from "@remix-run/react";
import { useAppBridge } from "@shopify/app-bridge-react";
import { useEffect } from "react";
import type { OrdersActionResult } from "~/services/orders/queue.server";

/**
 * A fetcher for the Orders page's action. Each new answer is shown as an App Bridge toast (the
 * caller also shows it in a Banner, which works outside the admin too) and `onQueued` runs when
 * the answer started a job, so the page can look again for its outcome.
 */
export function useOrdersFetcher(onQueued?: () => void) {
  const shopify = useAppBridge();
  const fetcher = useFetcher<OrdersActionResult>();
  const answer = fetcher.data;

  useEffect(() => {
    if (!answer) return;
    if (answer.ok && answer.queued) onQueued?.();
    try {
      shopify.toast.show(answer.message, { isError: !answer.ok });
    } catch {
      // Outside the Shopify admin there is no App Bridge: the Banner says it.
    }
    // Only a new answer is announced (onQueued and shopify are stable enough for that).
  }, [answer]);

  return fetcher;
}
