import { LRUCache } from 'lru-cache';
import type { Sql } from '../../db/database';
import { similarWords } from './word-list';

/** One word of the search text: its dutch stem and the stems of similar words in the directory. */
export interface QueryWord {
  word: string;
  lexeme: string | null;
  similar: string[];
}

/** A search text's words with their stems: the same for every tenant (one parser, one stemmer per database). */
interface Stemmed {
  word: string;
  lexeme: string | null;
}

/**
 * Search texts the process has split and stemmed, so a text searched again (residents type the
 * same few words) costs no round trip. Nothing here depends on directory data: the parser, unaccent
 * and the dutch stemmer only change with the database's installation.
 */
const stemmedTexts = new LRUCache<string, Stemmed[]>({ max: 5000 });

async function stemmed(sql: Sql, text: string): Promise<Stemmed[]> {
  const known = stemmedTexts.get(text);
  if (known) return known;
  const rows = await sql.query<Stemmed>(
    `select w as word, (ts_lexize('dutch_stem', w))[1] as lexeme
       from (select distinct w from ts_parse('default', lower(unaccent($1))) t, regexp_split_to_table(t.token, '[^a-z0-9]+') as w
              where length(w) between 1 and 40) words`,
    [text],
  );
  stemmedTexts.set(text, rows);
  return rows;
}

/**
 * The words of a search, unaccented and lower-cased, with their dutch stem (null for a stop word)
 * and, for words of five letters or more that are not directory words themselves, up to three
 * directory words that look alike (pg_trgm similarity ≥ 0.45 against the tenant's words list, see
 * word-list.ts): typo tolerance, `huiswerkbegeleding` → `huiswerkbegeleiding`.
 *
 * The words are the tokens of PostgreSQL's text search parser, as the search document's are
 * (to_tsvector), each split into its runs of letters and digits: `0e13e6` is the number `0e13` and
 * the word `e6` in a document, so it must be in the query too (one word `0e13e6` found nothing).
 * A token the document keeps whole with other characters (`1.5e3`, a host name, an e-mail address)
 * is searched by its parts, which such a document does not hold.
 *
 * The stems come from SQL (the dutch snowball stemmer), once per text (`stemmedTexts`); the
 * look-alikes from the word list the process keeps per tenant, not from a scan of directory_words
 * per search. Never pg_trgm's `%`
 * operator: on PGlite it left the single connection stuck (see search-after-write.test.ts and
 * decision 0007). A word that is itself in the directory is no typo, and its prefix search already
 * finds the longer words a look-alike would add (`huiswerk` → `huiswerkclub`).
 */
export async function queryWords(sql: Sql, tenantId: string, text: string): Promise<QueryWord[]> {
  return Promise.all((await stemmed(sql, text)).map(async (r) => ({
    word: r.word, lexeme: r.lexeme,
    similar: r.word.length < 5 ? [] : (await similarWords(sql, tenantId, r.word)).lexemes,
  })));
}

/**
 * Dutch doubles a consonant after a short vowel (`voetbal` → `voetballen`), and the snowball
 * stemmer undoes that only for k, d and t: `voetballen` stems to `voetball`. Searching the
 * single-consonant form as well lets `voetballen` find `voetbal` and `zwemmen` find `zwemles`.
 */
export function undoubled(lexeme: string): string | null {
  const match = /([bcfglmnprsz])\1$/.exec(lexeme);
  return match && lexeme.length > 4 ? lexeme.slice(0, -1) : null;
}

/**
 * The tsquery (for the `simple` configuration, since it is made of dutch stems already): every
 * word must match, each through its stem, its undoubled stem or a similar word, as a prefix
 * (Dutch compounds: `huiswerk` finds `huiswerkbegeleiding`). Words are [a-z0-9] only, so quoting
 * them is safe. Null when the text has no searchable word (only stop words).
 */
export function buildTsQuery(words: readonly QueryWord[]): string | null {
  const groups: string[] = [];
  for (const w of words) {
    if (!w.lexeme) continue;
    const alternatives = new Set([w.lexeme, undoubled(w.lexeme), ...w.similar].filter((l): l is string => !!l && /^[a-z0-9]+$/.test(l)));
    if (!alternatives.size) continue;
    groups.push(`(${[...alternatives].map((l) => `'${l}'${l.length >= 3 ? ':*' : ''}`).join(' | ')})`);
  }
  return groups.length ? groups.join(' & ') : null;
}

export async function searchQueryFor(sql: Sql, tenantId: string, text: string | undefined): Promise<string | null> {
  if (!text?.trim()) return null;
  return buildTsQuery(await queryWords(sql, tenantId, text));
}
