import type { ImageSource } from '../images/variants.ts';
import type { ReportFrontMatter } from '../schema/report.ts';
import type { SiteConfig } from '../schema/site.ts';
import type { Topic } from '../schema/topic.ts';
import type { GitInfo } from '../site/git-info.ts';

/** One `##` part of a report, or the preamble before the first heading. */
export interface Section {
  /** Anchor id: `intro` for the preamble, else pinned by the author or derived from the heading. */
  id: string;
  /** Heading as written, numbering included; null for the preamble. */
  heading: string | null;
  headingHtml: string | null;
  /** At least one topic id. */
  topics: string[];
  /** Whether the author wrote the topics next to the heading or the tagger chose them. */
  topicsFrom: 'author' | 'tagger';
  /** The section's body as HTML, without its heading. */
  html: string;
  /** The section's body as plain text, without its heading. */
  text: string;
  /** 1-based line in the source file. */
  line: number;
}

export interface Report {
  /** File name without `.md`: the permanent id in URLs. */
  slug: string;
  /** Absolute path of the Markdown file. */
  file: string;
  /** Path relative to the project root, with forward slashes. */
  sourcePath: string;
  /** SHA-256 of the file's bytes, hex. */
  sha256: string;
  meta: ReportFrontMatter;
  sections: Section[];
  /** Union of the sections' topics and the front matter's, in vocabulary order. */
  topics: string[];
  images: ImageSource[];
}

/** What every page knows of the archive besides its reports. */
export interface ArchiveSettings {
  site: SiteConfig;
  /** The checkout the archive was read from, for links to source files. */
  git: GitInfo;
  topics: Topic[];
  topicById: ReadonlyMap<string, Topic>;
}

/** The archive with every report whole: what report pages and the search index are made from. */
export interface Archive extends ArchiveSettings {
  /** Newest first: year, then date, descending; undated reports last. */
  reports: Report[];
  bySlug: ReadonlyMap<string, Report>;
}

/** What cards, listings and facets read of a report: a whole report and its summary both have it. */
export type ReportBasics = Pick<Report, 'slug' | 'meta' | 'topics'>;

/** What the national pages know of a section: where it is and what it is about, not its text. */
export interface SectionSummary {
  id: string;
  heading: string | null;
  topics: string[];
  /** The opening of the body, as topic pages list it. */
  excerpt: string;
  /** Characters of the body, white space not counted, as the open data gives them. */
  characters: number;
}

/**
 * A report as the national pages (home, listings, topics, feeds, open data)
 * need it. A shard's manifest carries these, so the national site is made
 * from every shard's summaries without reading or rendering a report again.
 */
export interface ReportSummary extends ReportBasics {
  sourcePath: string;
  sha256: string;
  /** The opening of the first section with text, as feeds quote it. */
  summary: string;
  sections: SectionSummary[];
}

/** The whole archive as summaries, in the archive's order: what the national pages are made from. */
export interface Catalogue extends ArchiveSettings {
  reports: ReportSummary[];
}
