// `npm run worker`: a worker process for running at scale (PROCESS_ROLE=worker, PostgreSQL): it
// takes jobs from pg-boss and runs the schedulers (one leader among the workers does the timed
// work); the web processes (`npm start`, PROCESS_ROLE=web) only store and send. Start as many as
// the work needs, with the web processes' environment.
//
// It runs the app's own modules through tsx (the same source the server build bundles), so no
// second build is needed. SIGTERM or SIGINT: take no new job, let the running one finish, exit 0
// (a second signal exits at once). SIGKILL loses nothing either: the event it was running is
// taken again by another worker once its lease runs out, and jobs it had fetched but not started
// are sent again by the leader's sweep.

export {};

// Before any app module reads the environment (db.server.ts does as it loads): hence the import below.
process.env.PROCESS_ROLE = "worker";

const { startJobs, stopJobs } = await import("~/jobs/index.server");

let stopping = false;
async function shutdown(signal: string): Promise<void> {
  if (stopping) process.exit(1);
  stopping = true;
  console.log(`worker ${process.pid}: ${signal}, finishing the running job`);
  try {
    await stopJobs();
    console.log(`worker ${process.pid}: stopped`);
    process.exit(0);
  } catch (error) {
    console.error(`worker ${process.pid}: stop failed:`, error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
for (const signal of ["SIGTERM", "SIGINT"] as const) process.on(signal, () => void shutdown(signal));

const engine = await startJobs();
console.log(`worker ${process.pid}: taking jobs (${engine})`);
// The queue's timers do not hold the process open on their own: this does, until a signal.
setInterval(() => undefined, 1 << 30);
