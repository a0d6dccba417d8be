import type { Catalogue } from '../archive/types.ts';
import { dataFileLinks } from '../publish/data-files.ts';
import { feedUrls } from '../publish/feeds.ts';
import { repositoryOf } from '../site/source-link.ts';
import type { SiteUrls } from '../site/urls.ts';

interface AboutView {
  /** The repository holding the code and the report files, when known. */
  repository: string | undefined;
  dataFiles: ReturnType<typeof dataFileLinks>;
  siteFeed: string;
  /** The first topic's feed, to show what a page's feed address looks like; none in an archive without topics. */
  exampleTopicFeed: string | undefined;
}

export function aboutView(archive: Catalogue, urls: SiteUrls, env: NodeJS.ProcessEnv = process.env): AboutView {
  const feeds = feedUrls(urls);
  const firstTopic = archive.topics[0];
  return {
    repository: repositoryOf(archive.site, env, archive.git),
    dataFiles: dataFileLinks(urls),
    siteFeed: feeds.site,
    exampleTopicFeed: firstTopic && feeds.topic(firstTopic.id),
  };
}
