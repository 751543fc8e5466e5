import { SingleBar } from "cli-progress";

/**
 * A progress bar on stderr that appears only when the work has taken more than
 * a second and stderr is a terminal: scripts and pipes get clean output.
 */
export function progressReporter(label: string, stream: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let bar: SingleBar | null = null;
  const onProgress = (p: { phase: string; done: number; total: number }) => {
    if (!stream.isTTY) return;
    if (bar === null) {
      if (Date.now() - started < 1000) return;
      bar = new SingleBar({
        stream,
        format: `${label} {phase} [{bar}] {percentage}% | {value}/{total}`,
        hideCursor: true,
        clearOnComplete: true,
      });
      bar.start(p.total, p.done, { phase: p.phase });
    }
    bar.setTotal(p.total);
    bar.update(p.done, { phase: p.phase });
  };
  const stop = () => bar?.stop();
  return { onProgress, stop };
}
