import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import { ROOT } from "./child";

// A benchmark role that serves (a baseline server) rather than computes: it runs in a fresh Node
// process like roleRunner's children, prints `listening <url>` once it serves, and runs until
// stopped. The parent drives load at the URL, then stops it.

const LISTENING = /^listening (\S+)$/;

export interface RoleServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startRoleServer(entry: string, role: string, args: string[], startupMs = 30_000): Promise<RoleServer> {
  const child = spawn(process.execPath, ["--import", "tsx", resolve(ROOT, entry), "--role", role, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] });
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${entry} role "${role}" did not start serving within ${startupMs} ms`)), startupMs);
    child.once("error", fail);
    child.once("exit", (code, signal) => fail(new Error(`${entry} role "${role}" exited (${signal ?? code}) before serving`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      const match = LISTENING.exec(line);
      if (match) {
        clearTimeout(timer);
        done(match[1]);
      } else process.stdout.write(`${line}\n`);
    });
  });
  return {
    url,
    pid: child.pid!,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      await exited;
    },
  };
}

/** The serving child's side: say where it serves. */
export function announceListening(url: string): void {
  process.stdout.write(`listening ${url}\n`);
}
