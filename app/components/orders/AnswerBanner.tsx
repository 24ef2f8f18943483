import { Banner } from "@shopify/polaris";
import type { OrdersActionResult } from "~/services/orders/queue.server";

/** The latest answer of an action, in words; `onDismiss` hides it. */
export function AnswerBanner({ answer, onDismiss }: { answer: OrdersActionResult | null | undefined; onDismiss?: () => void }) {
  if (!answer) return null;
  return (
    <Banner tone={answer.ok ? "success" : "critical"} onDismiss={onDismiss}>
      <p data-answer={answer.ok ? "ok" : "refused"}>{answer.message}</p>
    </Banner>
  );
}
