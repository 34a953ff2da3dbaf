/**
 * The form a name is searched by: lower case, accents and umlauts folded ("Mäki" → "maki"),
 * so that a worker typing on any keyboard finds the person.
 */
export function searchForm(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a search query, each matched as a prefix of a first or last name. */
export function searchTerms(query: string): string[] {
  return searchForm(query)
    .split(/[\s-]+/)
    .filter((t) => t.length > 0)
    .slice(0, 4);
}

/** Escapes LIKE wildcards so a term is matched literally as a prefix. */
export function likePrefix(term: string): string {
  return `${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
