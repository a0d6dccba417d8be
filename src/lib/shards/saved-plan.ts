import { readFileSync } from 'node:fs';
import { type BureauReport, issuerTimelines } from '../archive/issuer-timelines.ts';
import type { ShardEntry, ShardPlan } from './plan-shards.ts';
import { ShardError } from './shard-manifest.ts';

/** Raised when the saved plan changes shape. */
const savedPlanFormat = 3;

/**
 * A shard plan written by `npm run shards -- --save FILE` for the builds of
 * one checkout: each shard build and the assembly read it instead of every
 * report's front matter, which at a million reports takes minutes per job.
 */
export interface SavedPlan {
  format: number;
  plan: ShardPlan;
  /** SHA-256 of every report's file, by slug: a shard build checks its own reports against them. */
  files: Record<string, string>;
  /** Every bureau with more than one report: its reports, newest first (issuerTimelines). */
  bureaus: BureauReport[][];
}

export function savePlan(plan: ShardPlan, entries: readonly ShardEntry[]): SavedPlan {
  const bureaus = new Set(issuerTimelines(entries).values());
  return {
    format: savedPlanFormat,
    plan,
    files: Object.fromEntries(entries.map((entry) => [entry.slug, entry.sha256])),
    bureaus: [...bureaus].filter((timeline) => timeline.length > 1),
  };
}

/** A saved plan, checked to be one this code wrote for this code version. */
export function readSavedPlan(file: string, codeVersion: string): SavedPlan {
  const again = '用 npm run shards -- --save 重新保存分片计划';
  let saved: SavedPlan;
  try {
    saved = JSON.parse(readFileSync(file, 'utf8')) as SavedPlan;
  } catch (error) {
    throw new ShardError(`读不出分片计划 ${file}（${(error as Error).message}）：${again}。`);
  }
  if (saved.format !== savedPlanFormat) throw new ShardError(`分片计划 ${file} 是另一版程序保存的：${again}。`);
  if (saved.plan.codeVersion !== codeVersion)
    throw new ShardError(`分片计划 ${file} 是为另一版代码或设置保存的：${again}。`);
  return saved;
}

/** Reports of a shard whose files are not the ones the saved plan was made from: the plan is out of date. */
export function reportsChangedSince(saved: SavedPlan, reports: readonly { slug: string; sha256: string }[]): string[] {
  return reports.filter((report) => saved.files[report.slug] !== report.sha256).map((report) => report.slug);
}
