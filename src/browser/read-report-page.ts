/*
 * Reads a report's own page as the compare page needs it: nothing else is
 * published for comparing, so any two reports of the archive can be set side
 * by side and a sharded build has no extra files to make.
 */

/** A topic as a section's chips show it. */
interface TopicLink {
  name: string;
  href: string;
}

export interface PageSection {
  heading: string | null;
  /** Topic ids (the section's data-topics). */
  topics: string[];
  /** The section's topic chips, by id. */
  chips: Map<string, TopicLink>;
  /** The section on the report page: where its heading on the compare page leads. */
  href: string;
  /** The section's text: its nodes after the heading and topic list, links made absolute. */
  body: Node[];
}

export interface ReportPage {
  url: string;
  title: string;
  /** Type and date, issuer: the lines under the title. */
  facts: string[];
  /** zh-Hant for a report in Traditional script. */
  lang: string | null;
  sections: PageSection[];
}

/** Raised when a report's page cannot be had; the message is for the reader. */
export class ReportPageError extends Error {}

/** A section heading's words, without the § link beside them. */
function headingText(heading: Element): string {
  const words = heading.cloneNode(true) as Element;
  words.querySelector('.section-link')?.remove();
  return (words.textContent ?? '').trim();
}

/**
 * Links in a report's text are written for its own page: `#er` means a
 * section there. On the compare page they must still lead where they did.
 */
function anchorLinksTo(page: URL, nodes: readonly Node[]): void {
  for (const node of nodes) {
    if (!(node instanceof Element)) continue;
    const links = node.matches('a[href]') ? [node] : [...node.querySelectorAll('a[href]')];
    for (const link of links) {
      try {
        link.setAttribute('href', new URL(link.getAttribute('href')!, page).href);
      } catch {
        // An address no URL parser takes (http://) stays as written, as it is on the report page.
      }
    }
  }
}

function sectionOf(element: Element, page: URL): PageSection {
  const heading = element.querySelector(':scope > h2');
  const chips = new Map<string, TopicLink>();
  const topics = (element.getAttribute('data-topics') ?? '').split(' ').filter(Boolean);
  const chipLinks = [...element.querySelectorAll(':scope > .section-topics .chip')];
  // The chips list the section's topics in the order of data-topics.
  topics.forEach((id, at) => {
    const link = chipLinks[at];
    if (link) chips.set(id, { name: link.textContent ?? id, href: link.getAttribute('href') ?? '' });
  });
  const body = [...element.childNodes].filter(
    (node) => node !== heading && !(node instanceof Element && node.classList.contains('section-topics')),
  );
  anchorLinksTo(page, body);
  return {
    heading: heading ? headingText(heading) : null,
    topics,
    chips,
    href: `${page.pathname}#${element.id}`,
    body,
  };
}

/** Fetches and reads the page at `url`, the page of report `slug`. */
export async function readReportPage(url: string, slug: string): Promise<ReportPage> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    throw new ReportPageError(`读不到报告「${slug}」：网络连接失败，请稍后再试。`);
  }
  if (response.status === 404) throw new ReportPageError(`档案里没有编号为「${slug}」的报告，请检查网址。`);
  if (!response.ok) throw new ReportPageError(`读不到报告「${slug}」（服务器返回 ${response.status}）。`);
  const page = new DOMParser().parseFromString(await response.text(), 'text/html');
  const title = page.querySelector('.report-header h1');
  const body = page.querySelector('.report-body');
  if (!title || !body) throw new ReportPageError(`「${slug}」的页面不是一篇报告。`);
  const eyebrow = page.querySelector('.report-header .eyebrow')?.textContent?.trim();
  const issuer = page.querySelector('.report-header .facts dd')?.textContent?.trim();
  const address = new URL(url, location.href);
  return {
    url,
    title: title.textContent?.trim() ?? slug,
    facts: [issuer, eyebrow].filter((fact): fact is string => Boolean(fact)),
    lang: body.getAttribute('lang'),
    sections: [...body.querySelectorAll(':scope > .report-section')].map((section) => sectionOf(section, address)),
  };
}
