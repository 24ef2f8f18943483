import pg from "pg";

// One scheduler among many worker processes: the timed work (bulk read polls, reconciliation,
// stock flushes, Meta pulls, rechecks, the sweep) runs where this process holds a PostgreSQL
// session advisory lock. The lock lives as long as the connection: a leader that stops or dies
// releases it, and another worker takes it at its next try (every `retryMs`). A leader checks its
// connection on the same beat and steps down when it is gone. On SQLite there is one app or
// worker process per database file, so it always leads.

const SCHEDULER_LOCK = 7_316_401; // any app-wide constant: "the schedulers"

export interface Leadership {
  leads(): boolean;
  stop(): Promise<void>;
}

export const alwaysLeads: Leadership = { leads: () => true, stop: async () => undefined };

export function advisoryLeadership(connectionString: string, options: { retryMs?: number; key?: number } = {}): Leadership {
  let client: pg.Client | null = null;
  let leading = false;
  let stopped = false;
  let beating: Promise<void> | null = null;

  function drop(lost: pg.Client | null): Promise<void> {
    if (!lost || client !== lost) return Promise.resolve();
    client = null;
    leading = false;
    return lost.end().catch(() => undefined);
  }

  async function beat(): Promise<void> {
    const current = client ?? (await connect());
    if (stopped) return drop(current);
    try {
      if (leading) await current.query("SELECT 1");
      else leading = (await current.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [options.key ?? SCHEDULER_LOCK])).rows[0]?.locked === true;
    } catch {
      await drop(current);
    }
  }

  async function connect(): Promise<pg.Client> {
    const fresh = new pg.Client({ connectionString, application_name: "sshub-scheduler" });
    fresh.on("error", () => void drop(fresh));
    fresh.on("end", () => void drop(fresh));
    await fresh.connect();
    client = fresh;
    return fresh;
  }

  const tick = () => {
    if (stopped || beating) return;
    beating = beat()
      .catch((error: unknown) => console.error("scheduler lock:", error instanceof Error ? error.message : error))
      .finally(() => {
        beating = null;
      });
  };
  const timer = setInterval(tick, options.retryMs ?? 5_000);
  timer.unref();
  tick();

  return {
    leads: () => leading && !stopped,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await beating;
      await drop(client);
    },
  };
}
