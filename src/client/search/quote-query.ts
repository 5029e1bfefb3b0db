/**
 * A query as the search's sentences quote it: in curly quotes (“border security”), and a
 * query that is one quoted phrase already keeps its own quotes only once (“border security”,
 * not “"border security"”).
 */
export function quoteQuery(query: string): string {
  const trimmed = query.trim();
  const phrase = /^"([^"]*)"$/.exec(trimmed);
  return `“${phrase ? phrase[1]! : trimmed}”`;
}
