import { escapeHtml } from '../../text/html.ts';
import type { Span } from './highlight-spans.ts';

/**
 * A window of the original text around the first match, with every match in
 * it wrapped in <mark>. Offsets come from folded text, which has the same
 * length as the original, so the marks sit on the original characters in
 * their original script.
 */
export function highlightedExcerpt(original: string, spans: readonly Span[], width = 80): string {
  const first = spans[0];
  if (!first) return escapeHtml(shorten(original, width));
  const before = Math.floor((width - (first[1] - first[0])) / 3);
  let start = Math.max(0, first[0] - Math.max(8, before));
  const end = Math.min(original.length, start + Math.max(width, first[1] - first[0] + 16));
  if (end - start < width) start = Math.max(0, end - width);
  const lineStart = original.lastIndexOf('\n', first[0] - 1) + 1;
  if (lineStart > start) start = lineStart;
  const stop = original.indexOf('\n', first[1]);
  const finish = stop >= 0 && stop < end ? stop : end;

  let html = start > 0 ? '…' : '';
  let cursor = start;
  for (const [from, to] of spans) {
    if (to <= start || from >= finish) continue;
    const a = Math.max(from, start);
    const b = Math.min(to, finish);
    html += `${escapeHtml(original.slice(cursor, a))}<mark>${escapeHtml(original.slice(a, b))}</mark>`;
    cursor = b;
  }
  html += escapeHtml(original.slice(cursor, finish));
  if (finish < original.length) html += '…';
  return html;
}

function shorten(text: string, width: number): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > width ? `${line.slice(0, width)}…` : line;
}
