import type { StoreResult } from "~/persistence/inbox.server";

// What both intakes (Shopify webhooks, channel pushes) need from a raw HTTP request: the body read
// with a byte cap (a chunked upload has no Content-Length to trust), and plain-text answers.

export const MAX_WEBHOOK_BYTES = 5 * 1024 * 1024;

/** The body, or null once it passes `limit` bytes. */
export async function readAtMost(request: Request, limit: number): Promise<Uint8Array | null> {
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > limit) {
      // Not awaited: on a clone (a tee), cancelling settles only once the other branch is done too.
      reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
}

export const plainText = (status: number, body: string) => new Response(body, { status, headers: { "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The answer once the event is in the inbox: 200, and a new event's id goes to the worker. The row
 * is the truth, so a failure to hand it on loses nothing (the worker's sweep finds it) and must not
 * turn the acknowledgement into an error the sender would answer with a redelivery.
 */
export function acknowledge(stored: StoreResult, onStored?: (id: number) => void): Response {
  if (stored.status === "duplicate") return plainText(200, "OK (duplicate)");
  try {
    onStored?.(stored.id);
  } catch (error) {
    console.error(`event ${stored.id} stored, the worker not told:`, error instanceof Error ? error.message : error);
  }
  return plainText(200, "OK");
}
