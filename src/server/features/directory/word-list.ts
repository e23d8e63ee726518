import type { Sql } from '../../db/database';

/**
 * The tenant's directory words (directory_words: word and dutch stem) held in the process, with a
 * trigram index, for the typo lookup of a search. Scanning the table with similarity() cost a
 * full pass per misspelt word (PGlite: 64 ms for 5.5k words; PostgreSQL: 40-50 ms for 8.6k
 * words at 100k services, both on a busy machine); here it is a few hundred trigram probes.
 *
 * The list only grows (directory_words is insert-only). refreshDirectorySearch drops a tenant's
 * list when it added words, so this process sees them on the next search; a list also expires
 * after WORD_LIST_TTL_MS, which bounds how long words written by another process (a second
 * server on the same PostgreSQL) or by a transaction that committed while a search was loading
 * the list stay unknown to the typo lookup. The entries themselves are found at once either way.
 */
export const WORD_LIST_TTL_MS = 30_000;

interface WordList {
  loadedAt: number;
  words: string[];
  lexemes: (string | null)[];
  /** Word → index, for "is this a directory word itself". */
  index: Map<string, number>;
  /** Trigram → indexes of the words that have it. */
  postings: Map<string, number[]>;
  trigramCounts: Uint16Array;
}

const lists = new Map<string, WordList>();
const loading = new Map<string, Promise<WordList>>();

/** pg_trgm's trigrams of one word of [a-z0-9]: padded with two spaces before and one after, as a set. */
export function trigrams(word: string): Set<string> {
  const padded = `  ${word} `;
  const set = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i++) set.add(padded.slice(i, i + 3));
  return set;
}

/** pg_trgm's similarity() of two words of [a-z0-9]: shared trigrams over all distinct trigrams. */
export function similarity(a: string, b: string): number {
  const ta = trigrams(a);
  const tb = trigrams(b);
  let shared = 0;
  for (const t of ta) if (tb.has(t)) shared++;
  return shared / (ta.size + tb.size - shared);
}

function build(rows: { word: string; lexeme: string | null }[]): WordList {
  const list: WordList = { loadedAt: Date.now(), words: [], lexemes: [], index: new Map(), postings: new Map(), trigramCounts: new Uint16Array(rows.length) };
  rows.forEach((row, i) => {
    list.words.push(row.word);
    list.lexemes.push(row.lexeme);
    list.index.set(row.word, i);
    const grams = trigrams(row.word);
    list.trigramCounts[i] = grams.size;
    for (const g of grams) {
      const posting = list.postings.get(g);
      if (posting) posting.push(i);
      else list.postings.set(g, [i]);
    }
  });
  return list;
}

async function wordList(sql: Sql, tenantId: string): Promise<WordList> {
  const cached = lists.get(tenantId);
  if (cached && Date.now() - cached.loadedAt < WORD_LIST_TTL_MS) return cached;
  // One load per tenant at a time; concurrent searches wait for it. The load reads through the
  // caller's transaction, so row-level security keeps it to the caller's tenant.
  let pending = loading.get(tenantId);
  if (!pending) {
    pending = sql.query<{ word: string; lexeme: string | null }>('select word, lexeme from directory_words where tenant_id = app_tenant_id()')
      .then((rows) => { const list = build(rows); lists.set(tenantId, list); return list; })
      .finally(() => loading.delete(tenantId));
    loading.set(tenantId, pending);
  }
  return pending;
}

/** Forgets a tenant's list (refreshDirectorySearch added words to it). */
export function forgetWordList(tenantId: string): void {
  lists.delete(tenantId);
}

/**
 * The stems of up to `max` directory words most like `word` (pg_trgm similarity ≥ `threshold`,
 * then by word), none when `word` is itself a directory word. The same words the former SQL
 * lookup returned: `similarity(d.word, w) >= 0.45 and d.word <> w order by similarity desc, d.word`.
 */
export async function similarWords(sql: Sql, tenantId: string, word: string, threshold = 0.45, max = 3): Promise<{ known: boolean; lexemes: string[] }> {
  const list = await wordList(sql, tenantId);
  if (list.index.has(word)) return { known: true, lexemes: [] };
  const grams = trigrams(word);
  // Shared trigram counts, only for words that share one at all (the postings of the word's grams).
  const shared = new Map<number, number>();
  for (const g of grams) for (const i of list.postings.get(g) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
  const hits: { word: string; lexeme: string; score: number }[] = [];
  for (const [i, n] of shared) {
    const score = n / (grams.size + list.trigramCounts[i]! - n);
    const lexeme = list.lexemes[i];
    // float4 like pg_trgm, so ties and the threshold compare as they did in SQL.
    if (lexeme && Math.fround(score) >= Math.fround(threshold)) hits.push({ word: list.words[i]!, lexeme, score: Math.fround(score) });
  }
  hits.sort((a, b) => b.score - a.score || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  return { known: false, lexemes: hits.slice(0, max).map((h) => h.lexeme) };
}
