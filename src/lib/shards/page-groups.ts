import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { StepPart } from '../config/build-scope.ts';
import { completePartsOf } from './complete-parts.ts';
import { linkFiles } from './link-files.ts';
import { ShardError } from './shard-manifest.ts';

/*
 * The national pages rendered in N groups on N runners at once
 * (`npm run assemble -- --page-group K/N`). Each group is a folder of finished
 * pages; `--combine` puts the groups together into the site and writes the
 * sitemap from the pages they list.
 */

/** Raise when group.json changes meaning: older groups are then refused. */
export const pageGroupFormatVersion = 1;
const groupFile = 'group.json';

/** group.json, written last into a group's folder: a folder without it is an interrupted build. */
interface PageGroupManifest extends StepPart {
  format: number;
  /** The archive version the pages were rendered for (reports and code): groups of another version are not used. */
  version: string;
  /** Where the site is served (its root path and origin), which its links carry: groups made for another are not used. */
  address: string;
  /** Every page the group rendered, as a path below the site's root ('' is the home page, 'about/'). */
  pages: string[];
}

/** The folder group K of N is built into, beside the other groups. */
export function pageGroupFolder(groupsDir: string, group: StepPart): string {
  return join(groupsDir, `${group.part}-of-${group.parts}`);
}

export function writePageGroupManifest(out: string, group: Omit<PageGroupManifest, 'format'>): void {
  const manifest: PageGroupManifest = { format: pageGroupFormatVersion, ...group };
  writeFileSync(join(out, groupFile), JSON.stringify(manifest));
}

type FoundGroup = PageGroupManifest & { folder: string };

/** The finished groups in `groupsDir`, in any order and of any version. */
export function findPageGroups(groupsDir: string): FoundGroup[] {
  if (!existsSync(groupsDir)) return [];
  return readdirSync(groupsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(groupsDir, entry.name, groupFile)))
    .map((entry) => {
      const folder = join(groupsDir, entry.name);
      return { ...(JSON.parse(readFileSync(join(folder, groupFile), 'utf8')) as PageGroupManifest), folder };
    });
}

/** The address a site's pages are made for: its root path and origin, as pageGroupsFor compares them. */
export function siteAddress(root: string, origin: string): string {
  return `${origin}${root}`;
}

/** The complete set of groups rendered for this version and address, in order; a ShardError says which are missing. */
export function pageGroupsFor(groupsDir: string, version: string, address: string): FoundGroup[] {
  const found = findPageGroups(groupsDir).filter(
    (group) => group.format === pageGroupFormatVersion && group.version === version && group.address === address,
  );
  const set = completePartsOf(found, (group) => group);
  if (set.complete) return set.complete;
  const command = (part: number, parts: number) => `npm run assemble -- --page-group ${part}/${parts}`;
  if (set.parts === 0) {
    throw new ShardError(
      `${groupsDir} 里的全国页面是为另一版档案或另一个网址生成的：重新运行 ${command(1, 1)}（或分成 N 组：--page-group 1/N … N/N）；` +
        `若已用 npm run assemble -- --pages 生成了全部页面，删除 ${groupsDir}。`,
    );
  }
  throw new ShardError(
    `全国页面分成 ${set.parts} 组，还缺：\n${set.missing.map((part) => `  ${command(part, set.parts)}`).join('\n')}`,
  );
}

/**
 * Puts the groups' files into `out` (linked where the disk allows) and returns
 * the pages they rendered. Pages every group renders (home, search) are the
 * same bytes in each, so which copy lands does not matter.
 */
export function placePageGroups(groups: readonly FoundGroup[], out: string): { files: number; pages: string[] } {
  const files = linkFiles(
    groups.flatMap(({ folder }) =>
      readdirSync(folder, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile() && !(entry.parentPath === folder && entry.name === groupFile))
        .map((entry) => {
          const source = join(entry.parentPath, entry.name);
          return { source, target: join(out, relative(folder, source)) };
        }),
    ),
  );
  return { files, pages: [...new Set(groups.flatMap((group) => group.pages))] };
}
