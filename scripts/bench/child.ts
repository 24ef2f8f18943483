import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs, type ParseArgsConfig } from "node:util";

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

/** Writes the run's JSON results where --out asked, and says so. */
export function writeResults(out: string | undefined, results: object): void {
  if (!out) return;
  const file = resolve(out);
  writeFileSync(file, `${JSON.stringify({ at: new Date().toISOString(), node: process.version, ...results }, null, 2)}\n`);
  process.stdout.write(`results: ${file}\n`);
}

/** Removes the run's temporary files, or says where they are with --keep. */
export function cleanUp(keep: boolean | undefined, work: string, dbDirs: string[]): void {
  if (keep) {
    process.stdout.write(`kept: ${work}${dbDirs.length ? ` and ${dbDirs.join(", ")}` : ""}\n`);
    return;
  }
  rmSync(work, { recursive: true, force: true });
  for (const d of dbDirs) rmSync(d, { recursive: true, force: true });
}

/** The script's entry: a child runs its --role, the parent runs the benchmark; usage errors exit 2. */
export function runBenchmark<V extends { role?: string }>(name: string, parse: () => V, child: (values: V) => Promise<void>, main: (values: V) => Promise<void>): void {
  let values: V | undefined;
  const run = async () => {
    values = parse();
    await (values.role ? child(values) : main(values));
  };
  run().catch((error: unknown) => {
    const usage = error instanceof UsageError;
    const detail = error instanceof Error ? (usage ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`${name}${values?.role ? ` (${values.role})` : ""}: ${usage ? "" : "error: "}${detail}\n`);
    process.exitCode = usage ? 2 : 1;
  });
}

/** parseArgs over the script's options (strict, no positionals); a bad option is a usage error. */
export function parseOptions<O extends ParseArgsConfig["options"]>(options: O) {
  try {
    return parseArgs({ args: process.argv.slice(2), options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
