import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// A round-robin HTTP balancer in front of the web processes, standing in for the load balancer of
// a real deployment: Shopify, TikTok and the channels reach one address; each request goes to the
// next web process. A web process that refuses the connection (killed) is skipped.

export interface Balancer {
  url: string;
  /** Requests forwarded to each upstream, in the order given. */
  forwarded: number[];
  close(): Promise<void>;
}

export async function startBalancer(upstreams: string[]): Promise<Balancer> {
  const targets = upstreams.map((u) => new URL(u));
  const forwarded = targets.map(() => 0);
  let next = 0;
  const server: Server = createServer(async (req, res) => {
    // Bodies here are small (webhooks, pushes): read whole, so a refused attempt can be sent again.
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks);
    const forward = (tries: number) => {
      const i = next++ % targets.length;
      const target = targets[i];
      const upstream = request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
        (answer) => {
          forwarded[i]++;
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on("error", (error: NodeJS.ErrnoException) => {
        if (error.code === "ECONNREFUSED" && tries < targets.length) return forward(tries + 1);
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      upstream.end(body);
    };
    forward(1);
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    forwarded,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
