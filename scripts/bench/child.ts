import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// Each role of a benchmark runs in a fresh Node process (tsx as the loader, the repo as cwd so
// tsconfig's `~/` paths resolve), so its peak RSS is its own. The child writes its result as JSON
// to a file. Shared by bench:catalog and bench:feeds.

export const ROOT = resolve(import.meta.dirname, "../..");

/** Runs `entry --role <role> …args --result <resultFile>` and reads the result back. */
export function roleRunner(entry: string) {
  const script = resolve(ROOT, entry);
  return async function runRole<T>(role: string, args: string[], resultFile: string, nodeFlags: string[] = []): Promise<T> {
    const argv = [...nodeFlags, "--import", "tsx", script, "--role", role, ...args, "--result", resultFile];
    const code = await new Promise<number | null>((done, fail) => {
      const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
      child.on("error", fail);
      child.on("exit", (c, signal) => done(signal ? -1 : c));
    });
    if (code !== 0) throw new Error(`${entry} role "${role}" exited with ${code}`);
    return JSON.parse(readFileSync(resultFile, "utf8")) as T;
  };
}

/** The child's side: write the result where the parent asked. */
export function writeResult(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value, null, 2));
}

export class UsageError extends Error {}

export const positiveInt = (text: string, what: string): number => {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${what}: "${text}" is not a positive integer`);
  return n;
};
