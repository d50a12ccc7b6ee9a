/** Counts failed token checks per client and refuses a client that failed too often in a window. */
export class FailureLimiter {
  readonly #failures = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Whether `client` is blocked now (too many failures in the last window). */
  blocked(client: string, now = Date.now()): boolean {
    return this.#recent(client, now).length >= this.limit;
  }

  /** Records one failure of `client`. */
  fail(client: string, now = Date.now()): void {
    const recent = this.#recent(client, now);
    recent.push(now);
    this.#failures.set(client, recent);
    // Bound memory: forget the oldest clients when many addresses fail.
    if (this.#failures.size > 10_000) {
      const oldest = this.#failures.keys().next().value;
      if (oldest !== undefined) this.#failures.delete(oldest);
    }
  }

  #recent(client: string, now: number): number[] {
    return (this.#failures.get(client) ?? []).filter((at) => now - at < this.windowMs);
  }
}
