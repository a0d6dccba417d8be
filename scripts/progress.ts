import { basename } from 'node:path';

/** A one-line progress bar on a terminal stream; shown only when there is more than a handful of work. */
export function progressBar(stream: NodeJS.WriteStream, label: string, minimum = 5) {
  let shown = false;
  return {
    update(done: number, total: number, item: string) {
      if (total < minimum) return;
      shown = true;
      const width = 24;
      const filled = Math.round((done / total) * width);
      const name = item ? basename(item).slice(0, 40) : '';
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${name}\x1b[K`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
