/**
 * Progress while printing: on a terminal, one bar redrawn in place with count and ETA; in a log
 * (CI, a pipe), one plain line per finished kit. Both end with the same summary line.
 */

export interface Failure {
  file: string;
  reason: string;
}

export interface Counts {
  printed: number;
  unchanged: number;
  failures: Failure[];
}

function duration(seconds: number): string {
  if (seconds < 60) return `${Math.ceil(seconds)} s`;
  return `${Math.floor(seconds / 60)} min ${String(Math.ceil(seconds % 60)).padStart(2, "0")} s`;
}

/** `[######------]  6/12  ETA 4 s`: the ETA assumes the remaining kits take as long as the finished ones. */
export function progressBar(done: number, total: number, elapsedSeconds: number, width = 24): string {
  const filled = total ? Math.round((done / total) * width) : width;
  const eta = done === 0 ? "ETA …" : done === total ? "done" : `ETA ${duration((elapsedSeconds / done) * (total - done))}`;
  return `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${String(done).padStart(String(total).length)}/${total}  ${eta}`;
}

export function summaryLine(counts: Counts, seconds: number): string {
  const line = `kits: ${counts.printed} printed, ${counts.unchanged} unchanged, ${counts.failures.length} failed (${seconds.toFixed(1)} s)`;
  if (!counts.failures.length) return line;
  return `${line}; failed: ${counts.failures.map((failure) => `${failure.file} (${failure.reason})`).join("; ")}`;
}

export interface ProgressOutput {
  /** True when `write` goes to a terminal that can redraw a line. */
  tty: boolean;
  write: (text: string) => void;
  log: (line: string) => void;
}

export interface Progress {
  printed(file: string, detail: string): void;
  failed(file: string, reason: string): void;
  end(): void;
}

export function startProgress(total: number, output: ProgressOutput, now = () => performance.now()): Progress {
  const started = now();
  let done = 0;
  const elapsed = () => (now() - started) / 1000;
  const draw = () => output.write(`\r\x1b[2Kkits ${progressBar(done, total, elapsed())}`);
  const line = (text: string) => {
    if (output.tty) output.write("\r\x1b[2K");
    output.log(text);
    if (output.tty) draw();
  };
  if (output.tty && total) draw();
  return {
    printed(file, detail) {
      done++;
      if (output.tty) draw();
      else output.log(`kits: [${done}/${total}] ${file} (${detail})`);
    },
    failed(file, reason) {
      done++;
      line(`kits: [${done}/${total}] ${file} failed: ${reason}`);
    },
    end() {
      if (output.tty && total) output.write("\r\x1b[2K");
    },
  };
}
