import type { DimensionResult, ResultBand } from '../../../shared/model/types'

const BANDS: readonly (readonly [ResultBand | '', string])[] = [
  ['', '—'],
  ['low', 'Thấp'],
  ['medium', 'Trung bình'],
  ['high', 'Cao'],
]

const parseNumber = (text: string): number | undefined => {
  const n = Number(text.replace(',', '.'))
  return text.trim() === '' || !Number.isFinite(n) || n < 0 ? undefined : n
}

/** Last year's result of one entry: band (thấp / trung bình / cao), score and rank. */
export function ResultFields({
  code,
  result,
  onChange,
}: {
  code: string
  result: DimensionResult | undefined
  onChange: (result: DimensionResult) => void
}) {
  const set = (patch: Partial<DimensionResult>) => {
    const next = { ...result, code, ...patch }
    onChange(
      Object.fromEntries(Object.entries(next).filter(([, v]) => v !== undefined)) as DimensionResult
    )
  }
  return (
    <span className="coverage-result">
      <select
        aria-label={`Kết quả năm trước ${code}`}
        data-testid={`coverage-band-${code}`}
        value={result?.band ?? ''}
        onChange={e => set({ band: (e.target.value || undefined) as ResultBand | undefined })}
      >
        {BANDS.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <input
        aria-label={`Điểm năm trước ${code}`}
        placeholder="Điểm"
        size={5}
        defaultValue={result?.score !== undefined ? String(result.score).replace('.', ',') : ''}
        onBlur={e => set({ score: parseNumber(e.target.value) })}
      />
      <input
        aria-label={`Xếp hạng năm trước ${code}`}
        placeholder="Hạng"
        size={3}
        defaultValue={result?.rank ?? ''}
        onBlur={e => {
          const n = parseNumber(e.target.value)
          set({ rank: n !== undefined && Number.isInteger(n) && n >= 1 ? n : undefined })
        }}
      />
    </span>
  )
}
