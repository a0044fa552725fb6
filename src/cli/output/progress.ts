import type { ReadProgress } from '../input/records.js';

/** The progress line: ads done, rate, and with a known input size a bar and the time left. */
export function progressLine(ads: number, read: ReadProgress, elapsedMs: number, width = 24): string {
  const rate = elapsedMs > 0 ? (ads * 1000) / elapsedMs : 0;
  const parts = [`${ads.toLocaleString('en-US')} ads`, `${Math.round(rate).toLocaleString('en-US')} ads/s`];
  if (read.total !== undefined && read.total > 0) {
    const frac = Math.min(1, read.bytes / read.total);
    const filled = Math.round(frac * width);
    const eta = frac > 0 ? (elapsedMs * (1 - frac)) / frac / 1000 : undefined;
    parts.unshift(`[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(100 * frac).toFixed(0).padStart(3)}%`);
    if (eta !== undefined && ads > 0) parts.push(`ETA ${clock(eta)}`);
  }
  return parts.join('  ');
}

export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Redraws the progress line on stderr at most every 200 ms, and only when stderr is a terminal. */
export class ProgressBar {
  private readonly enabled: boolean;
  private readonly start = Date.now();
  private last = 0;
  private ads = 0;

  constructor(
    private readonly read: ReadProgress,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {
    this.enabled = stream.isTTY === true;
  }

  tick(): void {
    this.ads++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 200) return;
    this.last = now;
    this.stream.write(`\r${progressLine(this.ads, this.read, now - this.start)}\x1b[K`);
  }

  /** Clears the line, so the summary starts on a clean one. */
  done(): void {
    if (this.enabled && this.last > 0) this.stream.write('\r\x1b[K');
  }
}
