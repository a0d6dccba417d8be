import { foldText } from '../text/fold.ts';
import { compareOrderKeys, type OrderKey } from './order.ts';

/** A report as its neighbours' pages link to it. */
export interface NeighbourLink {
  slug: string;
  title: string;
}

export interface Neighbours {
  newer?: NeighbourLink;
  older?: NeighbourLink;
}

/**
 * For every report, the same bureau's next newer and next older report: a
 * reader goes from one year's work summary to the next. Bureaus, unlike the
 * archive as a whole, stay inside one province, so a report's page depends on
 * reports of its own shard (and at most the two beside it when the province is
 * cut into year spans), never on what another province adds.
 */
export function issuerNeighbours(reports: readonly (OrderKey & { issuer: string })[]): Map<string, Neighbours> {
  const byIssuer = new Map<string, (OrderKey & { issuer: string })[]>();
  for (const report of reports) {
    const key = foldText(report.issuer.trim());
    const members = byIssuer.get(key) ?? [];
    members.push(report);
    byIssuer.set(key, members);
  }
  const neighbours = new Map<string, Neighbours>();
  for (const members of byIssuer.values()) {
    members.sort(compareOrderKeys);
    members.forEach((report, index) => {
      const newer = members[index - 1];
      const older = members[index + 1];
      neighbours.set(report.slug, {
        ...(newer ? { newer: { slug: newer.slug, title: newer.title } } : {}),
        ...(older ? { older: { slug: older.slug, title: older.title } } : {}),
      });
    });
  }
  return neighbours;
}
