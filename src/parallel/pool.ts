/**
 * A pool of worker threads. Each worker loads the registry once (and the rules when asked to
 * prepare, or the first time it compares); the main thread sends it units of input to extract
 * (batches of articles, or chunks of JSON lines as bytes), then groups of linked pairs to
 * compare. Jobs may finish out of order; callers keep input order by awaiting the promises in
 * the order they sent them.
 */
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { EntityDef } from "../normalize/entities.js";
import type { ExtractUnit, InputOutcome } from "./extract.js";
import type { CompareJob, CompareJobResult } from "./compare.js";

/** What every worker starts with. */
export interface WorkerInit {
  entities: EntityDef[];
  /** User rule folders (`--rules`), loaded by a worker before its first comparison. */
  ruleDirs: string[];
}

export type WorkerRequest = { seq: number; extract: ExtractUnit } | { seq: number; compare: CompareJob } | { seq: number; prepare: true };

export type WorkerResponse =
  | { seq: number; extracted: InputOutcome[] }
  | { seq: number; compared: CompareJobResult }
  | { seq: number; prepared: true }
  | { seq: number; error: string };

interface Pending {
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
  worker: number;
}

/**
 * The compiled worker script next to this module. Under Jest the sources are TypeScript, which
 * a worker thread cannot load; then there is no worker and everything runs in-process.
 */
export function workerScript(): URL | undefined {
  if (!import.meta.url.endsWith(".js")) return undefined;
  const url = new URL("./worker.js", import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : undefined;
}

export class WorkerPool {
  private readonly workers: Worker[] = [];
  private readonly load: number[] = [];
  private readonly pending = new Map<number, Pending>();
  private seq = 0;
  private failure: Error | undefined;
  private closing = false;

  constructor(size: number, init: WorkerInit, script: URL) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(script, { workerData: init });
      worker.on("message", (response: WorkerResponse) => this.settle(response));
      worker.on("error", (error: Error) => this.fail(i, error));
      worker.on("exit", (code) => {
        if (code !== 0 && !this.closing) this.fail(i, new Error(`worker ${i + 1} stopped with exit code ${code}`));
      });
      this.workers.push(worker);
      this.load.push(0);
    }
  }

  get size(): number {
    return this.workers.length;
  }

  /** Extracts a unit on the least busy worker; a chunk's bytes are handed over, not copied (the chunk is unusable here afterwards). */
  async extract(unit: ExtractUnit): Promise<InputOutcome[]> {
    const transfer = "chunk" in unit ? [unit.chunk.bytes.buffer as ArrayBuffer] : [];
    const response = await this.send((seq) => ({ seq, extract: unit }), undefined, transfer);
    if (!("extracted" in response)) throw new Error("worker answered an extraction with something else");
    return response.extracted;
  }

  /** Compares one group of linked pairs on the least busy worker. */
  async compare(job: CompareJob): Promise<CompareJobResult> {
    // The pairs are handed over when they own their buffer (the job is not used here afterwards).
    const { pairs } = job;
    const transfer = pairs.byteOffset === 0 && pairs.byteLength === pairs.buffer.byteLength ? [pairs.buffer as ArrayBuffer] : [];
    const response = await this.send((seq) => ({ seq, compare: job }), undefined, transfer);
    if (!("compared" in response)) throw new Error("worker answered a comparison with something else");
    return response.compared;
  }

  /**
   * Has every worker load the rules once the work already sent to it is done, so comparison
   * starts warm: sent after the last extraction batch, this runs while the main thread links.
   * A failure surfaces with the first comparison.
   */
  prepare(): void {
    for (let i = 0; i < this.workers.length; i++) this.send((seq) => ({ seq, prepare: true }), i).catch(() => undefined);
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private send(request: (seq: number) => WorkerRequest, worker?: number, transfer: ArrayBuffer[] = []): Promise<WorkerResponse> {
    if (this.failure) return Promise.reject(this.failure);
    let target = worker ?? 0;
    if (worker === undefined) for (let i = 1; i < this.load.length; i++) if (this.load[i]! < this.load[target]!) target = i;
    const seq = this.seq++;
    this.load[target]!++;
    return new Promise<WorkerResponse>((resolve, reject) => {
      this.pending.set(seq, { resolve, reject, worker: target });
      this.workers[target]!.postMessage(request(seq), transfer);
    });
  }

  private settle(response: WorkerResponse): void {
    const entry = this.pending.get(response.seq);
    if (!entry) return;
    this.pending.delete(response.seq);
    this.load[entry.worker]!--;
    if ("error" in response) entry.reject(new Error(`a worker failed: ${response.error}`));
    else entry.resolve(response);
  }

  private fail(worker: number, error: Error): void {
    this.failure ??= error;
    for (const [seq, entry] of this.pending) {
      if (entry.worker !== worker) continue;
      this.pending.delete(seq);
      entry.reject(error);
    }
  }
}

/** A pool started only when there is enough work for it, and shared by the stages that use it. */
export class LazyPool {
  private pool: WorkerPool | undefined;
  private readonly script: URL | undefined;

  constructor(
    private readonly jobs: number,
    private readonly init: WorkerInit,
  ) {
    this.script = jobs > 1 ? workerScript() : undefined;
  }

  /** Whether workers can be used at all (more than one job, and compiled code). */
  get possible(): boolean {
    return this.script !== undefined;
  }

  /** The pool, if it was started. */
  get started(): WorkerPool | undefined {
    return this.pool;
  }

  /** Starts the pool (once); undefined when workers are not possible. */
  start(): WorkerPool | undefined {
    if (!this.script) return undefined;
    this.pool ??= new WorkerPool(this.jobs, this.init, this.script);
    return this.pool;
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    await pool?.close();
  }
}
