import type { Sql } from '../../db/database';

/** One word of the search text: its dutch stem and the stems of similar words in the directory. */
export interface QueryWord {
  word: string;
  lexeme: string | null;
  similar: string[];
}

/**
 * The words of a search, unaccented and lower-cased, with their dutch stem (null for a stop word)
 * and, for words of five letters or more that are not directory words themselves, up to three
 * directory words that look alike (trigram
 * similarity on directory_words): typo tolerance, `huiswerkbegeleding` → `huiswerkbegeleiding`.
 *
 * No `%` operator here: on PGlite, pg_trgm's `%` (similarity_op, which reads the
 * pg_trgm.similarity_threshold setting) in this sorted subquery left the single connection stuck
 * once the words list held the demo's words (wrong result, then every later statement hung, see
 * search-after-write.test.ts and decision 0007). similarity() with an explicit bound ranks the same
 * words; a length window (a word three times longer or shorter cannot reach 0.45) keeps the scan cheap.
 * A word that is itself in the directory is no typo: it skips the scan (a primary-key probe), and
 * its prefix search already finds the longer words the scan would add (`huiswerk` → `huiswerkclub`).
 */
export async function queryWords(sql: Sql, text: string): Promise<QueryWord[]> {
  return sql.query<QueryWord>(
    `with words as (
       select distinct w from regexp_split_to_table(lower(unaccent($1)), '[^a-z0-9]+') as w where length(w) between 1 and 40)
     select w as word, (ts_lexize('dutch_stem', w))[1] as lexeme,
            case when length(w) < 5 or exists (select 1 from directory_words e where e.tenant_id = app_tenant_id() and e.word = w) then '{}'::text[] else array(
              select d.lexeme from directory_words d
               where d.tenant_id = app_tenant_id() and length(d.word) between length(w) / 3 and length(w) * 3
                 and similarity(d.word, w) >= 0.45 and d.word <> w
               order by similarity(d.word, w) desc, d.word limit 3) end as similar
       from words`,
    [text],
  );
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

export async function searchQueryFor(sql: Sql, text: string | undefined): Promise<string | null> {
  if (!text?.trim()) return null;
  return buildTsQuery(await queryWords(sql, text));
}
