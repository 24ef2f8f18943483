import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

// Each role runs in a fresh Node process (tsx as the loader, the repo as cwd so tsconfig's `~/`
// paths resolve), so its peak RSS is its own. The child writes its result as JSON to a file.

export const ROOT = resolve(import.meta.dirname, "../..");
export const ENTRY = resolve(ROOT, "scripts/bench-catalog.ts");

export async function runRole<T>(role: string, args: string[], resultFile: string, nodeFlags: string[] = []): Promise<T> {
  const argv = [...nodeFlags, "--import", "tsx", ENTRY, "--role", role, ...args, "--result", resultFile];
  const code = await new Promise<number | null>((done, fail) => {
    const child = spawn(process.execPath, argv, { cwd: ROOT, stdio: ["ignore", "inherit", "inherit"] });
    child.on("error", fail);
    child.on("exit", (c, signal) => done(signal ? -1 : c));
  });
  if (code !== 0) throw new Error(`bench role "${role}" exited with ${code}`);
  return JSON.parse(readFileSync(resultFile, "utf8")) as T;
}

/** The child's side: write the result where the parent asked. */
export function writeResult(file: string, value: unknown): void {
  writeFileSync(file, JSON.stringify(value, null, 2));
}
