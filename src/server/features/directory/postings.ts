import type { Sql } from '../../db/database';

/** Lexemes `from <= lexeme < to` in byte order (directory_postings.lexeme is collate "C"). */
export interface LexemeRange {
  from: string;
  to: string;
}

/** One word of a search: a service matches when it has a lexeme in one of the ranges. */
export type TermGroup = LexemeRange[];

/** The first string after every string that starts with `prefix` ([a-z0-9] only, see buildTsQuery). */
const pastPrefix = (prefix: string) => prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
/** Exactly `lexeme`: the next string in byte order appends the smallest character text can hold. */
const pastExact = (lexeme: string) => `${lexeme}\u0001`;

/**
 * The groups of a tsquery as buildTsQuery writes it, `('a':* | 'b') & ('c':*)`, as sorted,
 * non-overlapping ranges per group. Read back from the tsquery, not built alongside it, so the
 * candidates from the postings and the ranking by `@@`/ts_rank cannot disagree about a word.
 */
export function termGroups(tsquery: string): TermGroup[] {
  return tsquery.split(' & ').map((group) => {
    const ranges = group.replace(/^\(|\)$/g, '').split(' | ').map((term): LexemeRange => {
      const match = /^'([a-z0-9]+)'(:\*)?$/.exec(term);
      if (!match) throw new Error(`Not a search term: ${term}`);
      const lexeme = match[1]!;
      return { from: lexeme, to: match[2] ? pastPrefix(lexeme) : pastExact(lexeme) };
    });
    ranges.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
    const merged: LexemeRange[] = [];
    for (const r of ranges) {
      const last = merged[merged.length - 1];
      if (last && r.from <= last.to) last.to = r.to > last.to ? r.to : last.to;
      else merged.push({ ...r });
    }
    return merged;
  });
}

type Param = (value: unknown, cast: string) => string;

/** `column` lies in range r: an index range when `column` is a postings index's lexeme. */
const inRangeSql = (r: LexemeRange, column: string, p: Param) => `${column} >= ${p(r.from, 'text')} and ${column} < ${p(r.to, 'text')}`;

/** `column` lies in one of the group's (sorted, disjoint) ranges; the outer bounds first, for the index. */
function inGroupSql(group: TermGroup, column: string, p: Param): string {
  if (group.length === 1) return `(${inRangeSql(group[0]!, column, p)})`;
  const outer = { from: group[0]!.from, to: group[group.length - 1]!.to };
  return `(${inRangeSql(outer, column, p)} and (${group.map((r) => `(${inRangeSql(r, column, p)})`).join(' or ')}))`;
}

/** A group with more distinct lexemes than this is searched by its ranges (lexemesOf). */
export const LEXEMES_AT_MOST = 64;

/**
 * A query of one row (lexemes, most): the group's distinct lexemes with postings, sorted, and how
 * many there are; counted up to LEXEMES_AT_MOST + 1 (a skip scan: one index probe per lexeme).
 * With more, `lexemes` holds only the first of them.
 */
export function lexemesSql(group: TermGroup, p: Param): string {
  return `select array_agg(lexeme order by lexeme) filter (where lexeme is not null) as lexemes, (count(lexeme))::int as most
    from (with recursive lx(lexeme, upto, n) as (
       select (select min(d.lexeme) from directory_postings d where d.tenant_id = app_tenant_id() and d.lexeme >= r.f and d.lexeme < r.t), r.t, 1
         from unnest(${p(group.map((r) => r.from), 'text[]')}, ${p(group.map((r) => r.to), 'text[]')}) r(f, t)
       union all
       select (select min(d.lexeme) from directory_postings d where d.tenant_id = app_tenant_id() and d.lexeme > lx.lexeme and d.lexeme < lx.upto), lx.upto, lx.n + 1
         from lx where lx.lexeme is not null and lx.n <= ${p(LEXEMES_AT_MOST, 'int')})
     select lexeme from lx) lx`;
}

/**
 * The distinct lexemes of the group's ranges that have postings, sorted (a skip scan: one index
 * probe per lexeme), or null when there are more than LEXEMES_AT_MOST. An index on (lexeme,
 * latitude) can bound the latitude only under `lexeme = ` one value, not under a range: a ring of
 * a common word's postings with a place read every posting of the range (decision 0026).
 */
export async function lexemesOf(sql: Sql, group: TermGroup): Promise<string[] | null> {
  const params: unknown[] = [];
  const [row] = await sql.query<{ lexemes: string[] | null; most: number }>(lexemesSql(group, (value, cast) => `$${params.push(value)}::${cast}`), params);
  return knownLexemes(row);
}

/** The lexemes of a lexemesSql row, or null when there are more than LEXEMES_AT_MOST. */
export const knownLexemes = (row: { lexemes: string[] | null; most: number } | undefined): string[] | null =>
  !row || row.most > LEXEMES_AT_MOST ? null : (row.lexemes ?? []);

/** `column` is one of `lexemes` (from lexemesOf) when known, else in one of the group's ranges. */
export const lexemeInSql = (group: TermGroup, lexemes: string[] | null, column: string, p: Param) =>
  lexemes ? `${column} = any(${p(lexemes, 'text[]')})` : inGroupSql(group, column, p);

/** Postings read at most to choose the driving word: enough to tell a rare word from a common one. */
const COUNT_BOUND = 1000;

/**
 * The group with the fewest postings (counted up to COUNT_BOUND each, one statement), so the
 * candidates are read from the rarest word and checked against the others.
 */
export async function rarestGroup(sql: Sql, groups: readonly TermGroup[]): Promise<number> {
  if (groups.length < 2) return 0;
  const params: unknown[] = [];
  const p: Param = (value, cast) => `$${params.push(value)}::${cast}`;
  const counts = groups.map((g) => `(select count(*) from (${g.map((r) => `select 1 from directory_postings d
      where d.tenant_id = app_tenant_id() and ${inRangeSql(r, 'd.lexeme', p)}`).join(' union all ')} limit ${COUNT_BOUND}) x)::int`);
  const [row] = await sql.query<{ counts: number[] }>(`select array[${counts.join(', ')}] as counts`, params);
  const n = row?.counts ?? [];
  // Both common (counted to the bound): the longer word, usually the rarer one.
  const rarer = (i: number, best: number) => n[i]! < n[best]! || (n[i] === n[best] && groups[i]![0]!.from.length > groups[best]![0]!.from.length);
  return n.reduce((best, _count, i) => (rarer(i, best) ? i : best), 0);
}

/**
 * The first `cap` services (in the driving group's (lexeme, service id) order) that `servicesWhere`
 * accepts, as rows of `columns` over services `s` (plus the posting's lexeme and service id, for
 * the order). Per range of the group: its postings in index order, each service once (at its
 * first lexeme in the group), probed by primary key (the lateral with `offset 0` keeps it a probe
 * rather than a join that reads all of services), stopping after `cap`; then the first `cap` of
 * those. A common word so reads about `cap` postings per range, a rare word only its own. A
 * posting of the group's smallest word itself (`huiswerk` for `huiswerk:*`, most of them) is its
 * service's first without looking. One scan per range, not one over all of them: the words
 * between two look-alikes (`hoetbal` … `voetbal`) can be most of the table.
 */
export function candidatesSql(group: TermGroup, columns: string, servicesWhere: string, cap: string, p: Param): string {
  const scans = group.map((r) => `(select s.*, d.lexeme as posting_lexeme, d.service_id as posting_service from directory_postings d
      cross join lateral (select ${columns} from services s where s.tenant_id = d.tenant_id and s.id = d.service_id and ${servicesWhere} offset 0) s
      where d.tenant_id = app_tenant_id() and ${inRangeSql(r, 'd.lexeme', p)}
        and (d.lexeme = ${p(group[0]!.from, 'text')} or d.lexeme = (select min(f.lexeme) from directory_postings f
                         where f.tenant_id = d.tenant_id and f.service_id = d.service_id and ${inGroupSql(group, 'f.lexeme', p)}))
      order by d.lexeme, d.service_id limit ${cap})`);
  return `select c.* from (${scans.join('\n union all ')}) c order by c.posting_lexeme, c.posting_service limit ${cap}`;
}
