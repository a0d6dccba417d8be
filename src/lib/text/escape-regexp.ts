/** Text to match literally inside a regular expression built from data (site names, catalogue words). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
