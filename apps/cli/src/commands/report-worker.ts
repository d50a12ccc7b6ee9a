import { isMainThread, parentPort } from "node:worker_threads";

import { ReportError, dossierFromPortable, renderPackJob } from "@gcm-review/report";

import type { FromWorker, ToWorker } from "./report-workers.js";
import type { PackFile, Provenance } from "@gcm-review/report";

// A worker thread of the report command's pool (report-workers.ts): it renders the jobs it is sent. It is a bundle
// of its own, with the report's builders and renderers only, so that each worker compiles a third of the code the
// report command loads (no validation, no command line, no PDF browser).

// Bytes that own their whole buffer move to the main thread without a copy.
function transferable(files: readonly PackFile[]): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>();
  for (const { bytes } of files)
    if (
      bytes.buffer instanceof ArrayBuffer &&
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength
    )
      buffers.add(bytes.buffer);
  return [...buffers];
}

function serveJobs(port: NonNullable<typeof parentPort>): void {
  let context: { dossier: ReturnType<typeof dossierFromPortable>; provenance: Provenance };
  port.on("message", (message: ToWorker) => {
    if (message.type === "dossier") {
      context = { dossier: dossierFromPortable(message.dossier), provenance: message.provenance };
      return;
    }
    const { id, job } = message;
    renderPackJob(context.dossier, job, { provenance: context.provenance }).then(
      (files) => port.postMessage({ id, files } satisfies FromWorker, transferable(files)),
      (error: unknown) => {
        const reply: FromWorker = {
          id,
          error:
            error instanceof ReportError
              ? { message: error.message, code: error.code, params: { ...error.params } }
              : { message: error instanceof Error ? error.message : String(error) },
        };
        port.postMessage(reply);
      },
    );
  });
}

if (!isMainThread && parentPort !== null) serveJobs(parentPort);
