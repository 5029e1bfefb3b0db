/**
 * Progress of long stages as running counts on one line: rewritten in place on a terminal
 * (at most every 100 ms), or printed every few seconds when the output is a file or a pipe.
 */

export class ProgressLine {
  readonly #counts = new Map<string, { done: number; total?: number }>();
  readonly #tty = Boolean(process.stdout.isTTY);
  #lastShown = 0;
  #visible = false;

  /** Sets the count of `label`; the line shows every label set so far. */
  update(label: string, done: number, total?: number): void {
    this.#counts.set(label, total === undefined ? { done } : { done, total });
    const now = performance.now();
    const complete = [...this.#counts.values()].every((c) => c.total !== undefined && c.done >= c.total);
    if (!complete && now - this.#lastShown < (this.#tty ? 100 : 3000)) return;
    this.#lastShown = now;
    const text = [...this.#counts]
      .map(
        ([name, c]) =>
          `${name}: ${c.done.toLocaleString('en')}${c.total === undefined ? '' : `/${c.total.toLocaleString('en')}`}`,
      )
      .join(' · ');
    if (this.#tty) {
      process.stdout.write(`\r\x1b[2K  ${text}`);
      this.#visible = true;
    } else process.stdout.write(`  ${text}\n`);
  }

  /** Ends the line (call before printing anything else). */
  done(): void {
    if (this.#tty && this.#visible) process.stdout.write('\n');
    this.#visible = false;
    this.#counts.clear();
    this.#lastShown = 0;
  }
}
