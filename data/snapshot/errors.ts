/**
 * Errors a dataset is refused with. Every problem names the file, the line (1-based,
 * as an editor shows it; 0 when the problem is with the file as a whole) and the field,
 * so a publisher can fix the source without reading code.
 */
export class DatasetError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${file}${line > 0 ? `:${line}` : ''} [${field}] ${problem}`);
    this.name = 'DatasetError';
  }
}

/** Thrown when a dataset has one or more problems; lists them all (up to the collector's limit). */
export class DatasetRejectedError extends Error {
  constructor(
    readonly errors: readonly DatasetError[],
    readonly omitted: number,
  ) {
    const lines = errors.map((error) => `  - ${error.message}`);
    if (omitted > 0) lines.push(`  … and ${omitted} more problem${omitted === 1 ? '' : 's'}`);
    const total = errors.length + omitted;
    super(`The dataset was refused (${total} problem${total === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'DatasetRejectedError';
  }
}

/**
 * Gathers problems instead of stopping at the first, so one run shows a publisher
 * everything that is wrong; after `limit` problems it only counts, to keep output readable.
 */
export class ErrorCollector {
  private readonly collected: DatasetError[] = [];
  private extra = 0;

  constructor(readonly limit = 20) {}

  add(file: string, line: number, field: string, problem: string): void {
    if (this.collected.length < this.limit) this.collected.push(new DatasetError(file, line, field, problem));
    else this.extra += 1;
  }

  /** Another collector's problems, as if they had been added here in their order (a parser thread collects its own). */
  absorb(other: { problems: readonly { file: string; line: number; field: string; problem: string }[]; omitted: number }): void {
    for (const { file, line, field, problem } of other.problems) this.add(file, line, field, problem);
    this.extra += other.omitted;
  }

  /** The problems as plain data, to cross a thread boundary. */
  toPlain(): { problems: { file: string; line: number; field: string; problem: string }[]; omitted: number } {
    return { problems: this.collected.map(({ file, line, field, problem }) => ({ file, line, field, problem })), omitted: this.extra };
  }

  get count(): number {
    return this.collected.length + this.extra;
  }

  throwIfAny(): void {
    if (this.count > 0) throw new DatasetRejectedError([...this.collected], this.extra);
  }
}
