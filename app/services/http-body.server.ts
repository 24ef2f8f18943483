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
