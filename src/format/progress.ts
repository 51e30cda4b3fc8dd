/**
 * A one-line progress bar for long runs, drawn on a terminal's stderr. It stays silent during the
 * first second (short runs never show it), redraws at most ten times a second, and clears itself
 * when the run ends. Pure: the CLI hands it a writer and a clock.
 */

export interface ProgressOptions {
  write(text: string): void;
  /** Monotonic milliseconds. */
  clock(): number;
  /** Terminal width. */
  columns?: number;
  /** Inputs expected (files), when known. */
  totalItems?: number;
  /** Bytes expected (a JSON Lines file), when known. */
  totalBytes?: number;
  /** Milliseconds before the bar first appears. */
  delayMs?: number;
}

export class ProgressBar {
  private readonly started: number;
  private lastDraw = -Infinity;
  private drawn = false;
  private items = 0;
  private bytes = 0;
  private label: string | undefined;

  constructor(private readonly options: ProgressOptions) {
    this.started = options.clock();
  }

  /** Inputs and bytes done so far. */
  update(items: number, bytes: number): void {
    this.items = items;
    this.bytes = bytes;
    this.draw(false);
  }

  /** Names the stage after reading ("linking 12,345 claims"). */
  stage(label: string): void {
    this.label = label;
    this.draw(true);
  }

  /** Clears the line, if anything was drawn. */
  done(): void {
    if (this.drawn) this.options.write("\r\u001b[2K");
    this.drawn = false;
  }

  private draw(force: boolean): void {
    const now = this.options.clock();
    const elapsed = now - this.started;
    if (elapsed < (this.options.delayMs ?? 1000)) return;
    if (!force && now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.drawn = true;
    const line = this.label ? `crosscheck  ${this.label}…` : this.readingLine(elapsed);
    const width = Math.max(20, (this.options.columns ?? 80) - 1);
    this.options.write(`\r\u001b[2K${line.length > width ? line.slice(0, width) : line}`);
  }

  private readingLine(elapsed: number): string {
    const { totalItems, totalBytes } = this.options;
    const fraction = totalBytes ? this.bytes / totalBytes : totalItems ? this.items / totalItems : undefined;
    const mb = this.bytes / 1e6;
    const rate = elapsed > 0 ? mb / (elapsed / 1000) : 0;
    const parts = ["crosscheck"];
    if (fraction !== undefined) {
      const f = Math.min(1, Math.max(0, fraction));
      const cells = 20;
      const full = Math.round(f * cells);
      parts.push(`[${"█".repeat(full)}${"░".repeat(cells - full)}]`, `${String(Math.floor(f * 100)).padStart(3)}%`);
    }
    parts.push(`${this.items.toLocaleString("en-US")}${totalItems ? `/${totalItems.toLocaleString("en-US")}` : ""} articles`, `${mb.toFixed(1)} MB`, `${rate.toFixed(1)} MB/s`);
    if (fraction !== undefined && fraction > 0.01 && fraction < 1) parts.push(`ETA ${Math.round(((elapsed / 1000) * (1 - fraction)) / fraction)}s`);
    return parts.join(" ");
  }
}
