import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface Measured {
  status: number | null;
  seconds: number;
  /** Highest resident memory of the process tree: the larger of any one process's own peak and the sampled sum. */
  peakRssMb: number;
  /** CPU time of the process tree (user and system, all threads), as last sampled before each process ended. */
  cpuSeconds: number;
  output: string;
}

/** Clock ticks per second of /proc/<pid>/stat's times: 100 on Linux for x86 and arm. */
const ticksPerSecond = 100;

/** User and system ticks of a process, all its threads included. */
function cpuTicksOf(pid: number): number | undefined {
  try {
    // Fields after the command name (which may hold spaces, hence the last ')'): utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ').at(-1)!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return undefined;
  }
}

function memoryOf(pid: number): { rssKb: number; peakKb: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(text)?.[1] ?? 0);
    return { rssKb: field('VmRSS'), peakKb: field('VmHWM') };
  } catch {
    return undefined;
  }
}

/** A process's children, from every one of its threads' children lists. */
function childrenOf(pid: number): number[] {
  try {
    return readdirSync(`/proc/${pid}/task`).flatMap((task) =>
      readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').split(' ').filter(Boolean).map(Number),
    );
  } catch {
    return [];
  }
}

/**
 * Every process below `root` and its memory, following the kernel's children
 * lists: a few small reads, where scanning all of /proc would itself cost the
 * machine a noticeable share of a core.
 */
function tree(root: number): Map<number, { rssKb: number; peakKb: number }> {
  const members = new Map<number, { rssKb: number; peakKb: number }>();
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.pop()!;
    const memory = memoryOf(pid);
    if (!memory) continue;
    members.set(pid, memory);
    queue.push(...childrenOf(pid));
  }
  return members;
}

/** Runs a command to completion, timing it and tracking the memory of its whole process tree. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    let peakKb = 0;
    const ticks = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const members = tree(child.pid);
      let total = 0;
      for (const [pid, member] of members) {
        total += member.rssKb;
        peakKb = Math.max(peakKb, member.peakKb);
        const used = cpuTicksOf(pid);
        if (used !== undefined) ticks.set(pid, used);
      }
      peakKb = Math.max(peakKb, total);
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (status) => {
      clearInterval(timer);
      const cpuSeconds = [...ticks.values()].reduce((sum, used) => sum + used, 0) / ticksPerSecond;
      resolve({
        status,
        seconds: (performance.now() - started) / 1000,
        peakRssMb: Math.round(peakKb / 1024),
        cpuSeconds,
        output,
      });
    });
  });
}
