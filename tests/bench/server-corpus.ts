import type pg from 'pg'
import { foldVietnamese } from '../../shared/text/fold'

/** Place names the generated rows swap in (the seed plans' districts and communes). */
const PLACES = [
  'Lộc Bình',
  'Vị Xuyên',
  'Liên Hội',
  'Văn Quan',
  'Cao Lộc',
  'Tràng Định',
  'Bắc Sơn',
  'Hữu Lũng',
  'Chi Lăng',
  'Đình Lập',
  'Bình Gia',
  'Văn Lãng',
  'Bảo Thắng',
  'Sa Pa',
  'Bát Xát',
  'Mường Khương',
  'Quản Bạ',
  'Yên Minh',
  'Đồng Văn',
  'Mèo Vạc',
  'Bắc Mê',
  'Hoàng Su Phì',
  'Xín Mần',
  'Quang Bình',
]
/** Openings and endings clerks add to a reused clause. */
const PREFIXES = ['', '', '', '', 'Tiếp tục ', 'Đẩy mạnh ', 'Tăng cường ', 'Thường xuyên ']
const SUFFIXES = [
  '',
  '',
  '',
  ' trên địa bàn',
  ' theo kế hoạch',
  ' định kỳ hằng quý',
  ' đến năm 2030',
  ' trong toàn ngành',
]
const LEVELS = ['tinh', 'huyen', 'xa']

/** A SQL text[] literal's elements, as a query parameter. */
const both = (list: readonly string[]) => [list, list.map(item => foldVietnamese(item))]

/**
 * Adds `count` clause rows to `skh.clause` on the server, made from the rows already there (the
 * sources): each is a source with another year, place, opening or ending, status, level and
 * time, so rows are realistic variants of real wording rather than copies. Runs as one
 * INSERT … SELECT over generate_series with the stamping trigger off (needs the table owner);
 * the fold of each variant is the source's fold with the same replacements, folded.
 */
export async function generateServerClauses(admin: pg.ClientBase, count: number): Promise<void> {
  const [places, foldedPlaces] = both(PLACES)
  const [prefixes, foldedPrefixes] = both(PREFIXES)
  const [suffixes, foldedSuffixes] = both(SUFFIXES)
  const alternation = (list: readonly string[]) => `(${list.join('|')})`
  await admin.query('ALTER TABLE skh.clause DISABLE TRIGGER stamp_clause')
  try {
    await admin.query(`CREATE TEMP TABLE src AS SELECT row_number() OVER (ORDER BY seq) - 1 AS n,
      kind, fragment, text, folded, dup_key, papi, cchc, section FROM skh.clause`)
    const sources = await admin.query<{ n: string }>('SELECT count(*) AS n FROM src')
    await admin.query(
      `INSERT INTO skh.clause (uid, change_id, seq, author, updated_by, kind, fragment, text,
         folded, dup_key, papi, cchc, section, src_title, src_issuer, src_level, src_year,
         status, created_at, updated_at)
       SELECT gen_random_uuid(), gen_random_uuid(), nextval('skh.change_seq'), 'bench', 'bench',
         c.kind, c.fragment,
         ($2::text[])[v.pre] || regexp_replace(
           regexp_replace(c.text, '20[0-9][0-9]', v.year, 'g'), $8, ($5::text[])[v.place], 'g'
         ) || ($3::text[])[v.suf],
         ($4::text[])[v.pre] || regexp_replace(
           regexp_replace(c.folded, '20[0-9][0-9]', v.year, 'g'), $9, ($6::text[])[v.place], 'g'
         ) || ($7::text[])[v.suf],
         c.dup_key || '|' || v.pre || '|' || v.suf, c.papi, c.cchc, c.section,
         'Kế hoạch số ' || (g % 400 + 1) || '/KH-UBND', 'UBND ' || ($5::text[])[v.place],
         ($10::text[])[g % 3 + 1], v.year::int,
         CASE WHEN g % 97 = 0 THEN 'approved' ELSE 'harvested' END,
         now() - make_interval(days => g % 3650), now() - make_interval(days => g % 3650)
       FROM generate_series(1, $1::int) g
       CROSS JOIN LATERAL (SELECT (2012 + g % 14)::text AS year, (g / 7) % $11 + 1 AS place,
         (g / 3) % $12 + 1 AS pre, (g / 5) % $13 + 1 AS suf) v
       JOIN src c ON c.n = (g::bigint * 7919) % $14`,
      [
        count,
        prefixes,
        suffixes,
        foldedPrefixes,
        places,
        foldedPlaces,
        foldedSuffixes,
        alternation(PLACES),
        alternation(PLACES.map(place => foldVietnamese(place))),
        LEVELS,
        PLACES.length,
        PREFIXES.length,
        SUFFIXES.length,
        Number(sources.rows[0]?.n ?? 0),
      ]
    )
    await admin.query('DROP TABLE src')
  } finally {
    await admin.query('ALTER TABLE skh.clause ENABLE TRIGGER stamp_clause')
  }
}
