import { mintSessionToken } from "./session-token";
import { BROWSER_UA, type Stack } from "./stack";

/** The merchant presses "Sync now" on the Catalog page (a POST carrying App Bridge's bearer token). */
export async function reconcileNow(stack: Stack): Promise<void> {
  const token = await mintSessionToken({ shop: stack.shop });
  const response = await fetch(`${stack.app.url}/app/catalog.data`, {
    method: "POST",
    headers: { Authorization: `Bearer ${token}`, "User-Agent": BROWSER_UA, "Content-Type": "application/x-www-form-urlencoded" },
    body: "",
  });
  if (response.status !== 200) throw new Error(`Sync now failed: HTTP ${response.status}\n${stack.app.output().slice(-2000)}`);
}
