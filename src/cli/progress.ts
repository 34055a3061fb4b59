import cliProgress from 'cli-progress';

/** Progress on a terminal (a bar with count, rate, ETA) or plain lines when not a TTY. */
export interface Progress {
  update(done: number, total: number | null, detail: string): void;
  stop(): void;
}

export function createProgress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} {bar} {value}/{total} | {rate}/s | ETA {eta_formatted} | {detail}`,
        hideCursor: true,
        stream,
      },
      cliProgress.Presets.shades_classic,
    );
    const t0 = Date.now();
    let started = false;
    return {
      update(done, total, detail) {
        const rate = (done / Math.max(0.001, (Date.now() - t0) / 1000)).toFixed(1);
        if (!started) {
          bar.start(total ?? done, done, { rate, detail });
          started = true;
        }
        if (total == null || total < done) bar.setTotal(done);
        bar.update(done, { rate, detail: detail.slice(-40) });
      },
      stop: () => started && bar.stop(),
    };
  }
  let last = 0;
  const t0 = Date.now();
  return {
    update(done, total, detail) {
      const now = Date.now();
      if (now - last < 2000 && done !== total) return;
      last = now;
      const rate = done / Math.max(0.001, (now - t0) / 1000);
      stream.write(`${label}: ${done}${total ? `/${total}` : ''} (${rate.toFixed(1)}/s) ${detail}\n`);
    },
    stop() {},
  };
}
