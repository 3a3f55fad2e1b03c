/**
 * Progress lines for the publisher's long steps. On a terminal one line is redrawn in
 * place; in a log (CI, a scheduled task) a line is written at most every few seconds,
 * so the log stays readable.
 */
export interface Progress {
  update(done: number, total: number | null, detail?: string): void;
  step(message: string): void;
  end(message?: string): void;
}

export interface ProgressSink {
  write(text: string): void;
  isTTY: boolean;
}

const stderrSink: ProgressSink = { write: (text) => process.stderr.write(text), isTTY: Boolean(process.stderr.isTTY) };

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

export function createProgress(label: string, sink: ProgressSink = stderrSink, unit: 'bytes' | 'items' = 'bytes'): Progress {
  let lastWrite = 0;
  let open = false;
  const show = (value: number) => (unit === 'bytes' ? formatBytes(value) : String(value));
  return {
    update(done, total, detail) {
      const now = Date.now();
      if (now - lastWrite < (sink.isTTY ? 100 : 5000)) return;
      lastWrite = now;
      const percent = total ? ` ${Math.floor((done / total) * 100)}%` : '';
      const line = `${label}: ${show(done)}${total ? ` of ${show(total)}` : ''}${percent}${detail ? ` ${detail}` : ''}`;
      if (sink.isTTY) {
        sink.write(`\r\x1b[2K${line}`);
        open = true;
      } else sink.write(`${line}\n`);
    },
    step(message) {
      if (open) sink.write('\n');
      open = false;
      sink.write(`${label}: ${message}\n`);
    },
    end(message) {
      if (open) sink.write('\n');
      open = false;
      if (message) sink.write(`${label}: ${message}\n`);
    },
  };
}

export const silentProgress: Progress = { update: () => {}, step: () => {}, end: () => {} };
