import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";

import { ReportError, ReportErrorCode } from "@gcm-review/report";

import type { PackFile, PackJob, PortableDossier, Provenance } from "@gcm-review/report";

// The report's documents are independent: a pool of worker threads renders them at once, one job per thread.
// A worker runs report-worker.ts (a bundle of its own in the build); the main thread keeps the validation, the PDF
// browser, progress and the atomic writes.
// Beyond four, the pool waits on the largest document (the compilation) and only adds memory.
const MAX_WORKERS = 4;

export type ToWorker =
  | { type: "dossier"; dossier: PortableDossier; provenance: Provenance }
  | { type: "job"; id: number; job: PackJob };

export type FromWorker =
  | { id: number; files: PackFile[] }
  | { id: number; error: { message: string; code?: string; params?: Record<string, string> } };

/** Runs the jobs of a pack on worker threads (see `generatePack`'s `runJob`). */
export interface JobPool {
  /** How many jobs run at once (one per worker). */
  size: number;
  /** Sends the validated dossier to every worker; jobs wait for it. */
  start(dossier: PortableDossier, provenance: Provenance): void;
  runJob(job: PackJob): Promise<PackFile[]>;
  close(): Promise<void>;
}

interface Pending {
  job: PackJob;
  resolve: (files: PackFile[]) => void;
  reject: (error: unknown) => void;
}

/**
 * A pool of worker threads for the report command, started before validation so that the workers load their
 * code meanwhile; `undefined` on a single processor or when running from TypeScript source (tests), where a
 * worker cannot load this module: jobs then run in the main thread.
 */
export function openJobPool(): JobPool | undefined {
  // Beside this module in the build (dist/commands/); from TypeScript source there is no such file.
  const script = new URL("report-worker.js", import.meta.url);
  const size = Math.min(availableParallelism(), MAX_WORKERS);
  if (size < 2 || !import.meta.url.endsWith(".js")) return undefined;
  const workers = Array.from({ length: size }, () => new Worker(script));
  const idle = [...workers];
  const queue: Pending[] = [];
  const running = new Map<number, Pending & { worker: Worker }>();
  let started = false;
  let nextId = 0;
  let failure: Error | undefined;

  const dispatch = () => {
    while (started) {
      const worker = idle.shift();
      if (worker === undefined) return;
      const pending = queue.shift();
      if (pending === undefined) {
        idle.unshift(worker);
        return;
      }
      const id = nextId++;
      running.set(id, { ...pending, worker });
      worker.postMessage({ type: "job", id, job: pending.job } satisfies ToWorker);
    }
  };
  const fail = (error: unknown) => {
    failure ??= error instanceof Error ? error : new Error(String(error));
    for (const pending of [...queue, ...running.values()]) pending.reject(failure);
    queue.length = 0;
    running.clear();
  };
  for (const worker of workers) {
    worker.on("message", (reply: FromWorker) => {
      const pending = running.get(reply.id);
      if (pending === undefined) return;
      running.delete(reply.id);
      idle.push(worker);
      if ("files" in reply) pending.resolve(reply.files);
      else pending.reject(rebuildError(reply.error));
      dispatch();
    });
    worker.on("error", fail);
    worker.on("exit", (code) => {
      if (code !== 0) fail(new Error(`a report worker stopped (exit code ${code})`));
    });
  }
  return {
    size,
    start(dossier, provenance) {
      for (const worker of workers)
        worker.postMessage({ type: "dossier", dossier, provenance } satisfies ToWorker);
      started = true;
      dispatch();
    },
    runJob(job) {
      if (failure !== undefined) return Promise.reject(failure);
      return new Promise((resolve, reject) => {
        queue.push({ job, resolve, reject });
        dispatch();
      });
    },
    async close() {
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}

// A ReportError keeps its code and parameters across the thread boundary; anything else is a plain Error.
function rebuildError(error: { message: string; code?: string; params?: Record<string, string> }) {
  const code = Object.values(ReportErrorCode).find((known) => known === error.code);
  return code === undefined
    ? new Error(error.message)
    : new ReportError(code, error.message, { params: error.params ?? {} });
}
