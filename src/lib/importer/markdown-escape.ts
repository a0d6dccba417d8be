/**
 * Report text must come out of the renderer exactly as it went in, so the
 * characters Markdown would read as syntax are escaped: ** placeholders must
 * not turn into bold, 1. at a line start must not become a list, <…> must not
 * become a link.
 */
function escapeInline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([*_`[\]<~])/g, '\\$1')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&');
}

/** A paragraph: inline escapes plus whatever would start a block at the beginning of the line. */
export function escapeParagraph(text: string): string {
  const inline = escapeInline(text);
  return inline
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([#>+-])(?=\s|$|#)/, '\\$1')
    .replace(/^(=+|-+)$/, (line) => `\\${line}`)
    .replace(/^(\|)/, '\\$1');
}

/** A heading's text: inline escapes, and a trailing brace block must not read as topic attributes. */
export function escapeHeading(text: string): string {
  return escapeInline(text)
    .replace(/\{([^{}]*)\}\s*$/, '\\{$1}')
    .replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'));
}
