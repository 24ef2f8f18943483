import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join, resolve } from "node:path";
import { testEnv } from "./env";

// The BUILT app (build/server/index.js) served by remix-serve in a child process, exactly as in
// production: used by integration tests, browser tests and scripts/demo.ts.

const ROOT = join(import.meta.dirname, "../..");
export const SERVER_BUILD = resolve(ROOT, process.env.BUILD_DIR ?? "build", "server/index.js");
const REMIX_SERVE = join(ROOT, "node_modules/@remix-run/serve/dist/cli.js");
const HOST = "127.0.0.1";
const OUTPUT_LIMIT = 1 << 20;

export interface StartAppOptions {
  /** Merged over testEnv(); DATABASE_URL is required so no test ever touches prisma/dev.sqlite. */
  env: { DATABASE_URL: string } & Record<string, string>;
  /** Default: a free port. */
  port?: number;
  /** Refuse (and log) any connection from the app process to a non-loopback address. */
  denyOutboundNetwork?: boolean;
  /** How long to wait for the first HTTP answer. Default 30 s. */
  startupTimeoutMs?: number;
}

export interface AppServer {
  /** http://127.0.0.1:PORT (no trailing slash); also the app's SHOPIFY_APP_URL unless overridden. */
  url: string;
  port: number;
  /** Everything the process wrote to stdout and stderr so far (the last 1 MB). */
  output(): string;
  /** Connections the network guard refused (denyOutboundNetwork), as "host:port". */
  blockedConnections(): string[];
  /** SIGTERM to the process group, SIGKILL after 2 s (the app's render-abort timers can keep it alive ~6 s); resolves once it has exited. Idempotent. */
  stop(): Promise<void>;
  /** SIGKILL now, no shutdown of any kind (crash tests); resolves once it has exited. */
  kill(): Promise<void>;
}

export async function startApp(options: StartAppOptions): Promise<AppServer> {
  if (!existsSync(SERVER_BUILD)) {
    throw new Error(`${SERVER_BUILD} is missing: build the app first (npx remix vite:build).`);
  }
  // A free port can be taken between probing and binding; try again with another one.
  for (let attempt = 1; ; attempt++) {
    const port = options.port ?? (await freePort());
    try {
      return await launch(port, options);
    } catch (error) {
      if (options.port !== undefined || attempt === 3 || !(error instanceof PortInUseError)) throw error;
    }
  }
}

class PortInUseError extends Error {}

async function launch(port: number, options: StartAppOptions): Promise<AppServer> {
  const url = `http://${HOST}:${port}`;
  const env: NodeJS.ProcessEnv = {
    NODE_ENV: "test",
    ...inheritedEnv(),
    ...testEnv(),
    // The bounce page and redirects are built from SHOPIFY_APP_URL: it must be the real URL.
    SHOPIFY_APP_URL: url,
    ...options.env,
    HOST,
    PORT: String(port),
  };
  const nodeArgs = options.denyOutboundNetwork ? ["--import", NETWORK_GUARD] : [];
  const child = spawn(process.execPath, [...nodeArgs, REMIX_SERVE, SERVER_BUILD], {
    cwd: ROOT,
    env,
    detached: true, // its own process group, so stop() reaches anything it starts
    stdio: ["ignore", "pipe", "pipe"],
  });

  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString("utf8");
    if (output.length > OUTPUT_LIMIT) output = output.slice(-OUTPUT_LIMIT);
  };
  child.stdout!.on("data", collect);
  child.stderr!.on("data", collect);

  let started = false;
  let stopped: Promise<void> | undefined;
  let exitInfo: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once("exit", (code, signal) => {
      exitInfo = signal ? `signal ${signal}` : `code ${code}`;
      if (started && !stopped) process.stderr.write(`[app-server] ${url} exited unexpectedly (${exitInfo}). Output:\n${output}\n`);
      resolve();
    }),
  );
  child.once("error", (error) => {
    exitInfo ??= `spawn failed: ${error.message}`;
  });
  const killOnParentExit = () => signalGroup(child, "SIGKILL");
  process.once("exit", killOnParentExit);

  const stop = (): Promise<void> =>
    (stopped ??= (async () => {
      process.removeListener("exit", killOnParentExit);
      if (exitInfo === undefined) {
        signalGroup(child, "SIGTERM");
        const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 2_000);
        await exited;
        clearTimeout(timer);
      }
    })());

  try {
    await waitForHttp(url, options.startupTimeoutMs ?? 30_000, () => exitInfo);
  } catch (error) {
    await stop();
    process.stderr.write(`[app-server] ${url} did not start: ${(error as Error).message}. Output:\n${output}\n`);
    if (/EADDRINUSE/.test(output)) throw new PortInUseError(`port ${port} is in use`);
    throw error;
  }
  started = true;

  return {
    url,
    port,
    output: () => output,
    blockedConnections: () => [...output.matchAll(/\[network-guard\] refused (\S+)/g)].map((m) => m[1]),
    stop,
    kill: () =>
      (stopped ??= (async () => {
        process.removeListener("exit", killOnParentExit);
        if (exitInfo === undefined) signalGroup(child, "SIGKILL");
        await exited;
      })()),
  };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

async function waitForHttp(url: string, timeoutMs: number, exited: () => string | undefined): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const exit = exited();
    if (exit) throw new Error(`the app process exited during startup (${exit})`);
    try {
      const response = await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(2_000) });
      await response.body?.cancel();
      return; // any HTTP answer means it is serving
    } catch {
      if (Date.now() > deadline) throw new Error(`the app did not answer HTTP at ${url} within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, HOST, () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

// Only what a process needs to run; never the parent's test-runner or app variables.
function inheritedEnv(): Record<string, string> {
  const keep = ["PATH", "HOME", "TMPDIR", "TZ", "LANG", "LC_ALL", "SYSTEMROOT"];
  return Object.fromEntries(keep.flatMap((key) => (process.env[key] === undefined ? [] : [[key, process.env[key]!]])));
}

// Preloaded into the app process (node --import) with denyOutboundNetwork: every TCP connection
// (http, https, fetch/undici, database drivers) goes through net.Socket#connect; anything but
// loopback is refused with an error and logged as "[network-guard] refused host:port".
const NETWORK_GUARD = `data:text/javascript,${encodeURIComponent(`
import net from "node:net";
const connect = net.Socket.prototype.connect;
const loopback = (host) => host === "localhost" || host === "::1" || /^127\\./.test(host) || host === "::ffff:127.0.0.1";
net.Socket.prototype.connect = function (...args) {
  let first = Array.isArray(args[0]) ? args[0][0] : args[0];
  if (typeof first !== "object" || first === null) first = { port: first, host: typeof args[1] === "string" ? args[1] : undefined };
  if (first.path === undefined) {
    const host = first.host ?? "localhost";
    if (!loopback(host)) {
      const target = host + ":" + first.port;
      process.stderr.write("[network-guard] refused " + target + "\\n" + new Error("outbound connection").stack + "\\n");
      process.nextTick(() => this.destroy(Object.assign(new Error("[network-guard] refused " + target), { code: "ECONNREFUSED" })));
      return this;
    }
  }
  return connect.apply(this, args);
};
`)}`;
