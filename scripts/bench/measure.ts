import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  /** Highest total resident memory of the process and all its descendants, sampled every 50 ms. */
  peakRssMb: number;
  output: string;
}

function statusOf(pid: number): { parent: number; rssKb: number; peakKb: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
    return { parent: field('PPid'), rssKb: field('VmRSS'), peakKb: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/** Every process below `root`, by walking /proc once. */
function tree(root: number): Map<number, { rssKb: number; peakKb: number }> {
  const byParent = new Map<number, number[]>();
  const info = new Map<number, { rssKb: number; peakKb: number }>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const pid = Number(name);
    const status = statusOf(pid);
    if (!status) continue;
    info.set(pid, status);
    byParent.set(status.parent, [...(byParent.get(status.parent) ?? []), pid]);
  }
  const members = new Map<number, { rssKb: number; peakKb: number }>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const status = info.get(pid);
    if (status) members.set(pid, status);
    queue.push(...(byParent.get(pid) ?? []));
  }
  return members;
}

/** Runs a command to completion, timing it and tracking the memory of its whole process tree. */
export function runMeasured(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakKb = 0;
    const sample = () => {
      if (child.pid === undefined) return;
      const members = tree(child.pid);
      let total = 0;
      for (const member of members.values()) {
        total += member.rssKb;
        peakKb = Math.max(peakKb, member.peakKb);
      }
      peakKb = Math.max(peakKb, total);
    };
    const timer = setInterval(sample, 50);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, seconds: (performance.now() - started) / 1000, peakRssMb: Math.round(peakKb / 1024), output });
    });
  });
}
