import type { AgencyLevel, Header, Plan } from '../model'
import type { AgencyProfile } from '../model/profile'
import { applyChanges, patchText } from './apply-changes'
import { derivedPreamble } from './derive-preamble'
import { excerpt, groupByOwner, type SlotOwner } from './owners'
import { phraseMatcher, type LevelWordRules, type PhraseRule } from './phrase-rules'
import { flagChange } from './review-flags'
import { listSlots } from './text-slots'
import type { LineageChange, TextPatch } from './types'

/** What derivePlan needs: the level to derive, the clerk's agency profile and the rule data. */
export type DeriveOptions = {
  readonly level: Exclude<AgencyLevel, 'tinh'>
  readonly profile: AgencyProfile
  readonly levelWords: LevelWordRules
  readonly agencies: readonly PhraseRule[]
}

/** The implementing plan with the changes that made it, for the review panel. */
export type DeriveResult = { readonly plan: Plan; readonly changes: readonly LineageChange[] }

/**
 * Derives the implementing plan one level down from a superior plan: header and signature from
 * the agency profile, the preamble "Thực hiện Kế hoạch số …" from the source header, the
 * structure kept, level words and agencies rewritten from the rule data, the source's own
 * preamble and tasks only the upper level can do flagged. Pure.
 */
export function derivePlan(source: Plan, options: DeriveOptions): DeriveResult {
  const changes: LineageChange[] = []
  const add = (change: Omit<LineageChange, 'id'>) =>
    changes.push({ id: `d${changes.length + 1}`, ...change })
  const header = profileHeader(source.header, options)
  addProfileChanges(source, header, options.profile, add)
  const block = derivedPreamble(source, header)
  const preambleText = block.content.map(r => ('text' in r ? r.text : '')).join('')
  add({
    kind: 'preamble-added',
    location: { slot: `block:${block.id}`, label: 'Phần mở đầu' },
    before: '',
    after: preambleText,
    context: preambleText,
    note: 'Câu mở đầu lấy từ số, ngày, cơ quan ban hành và trích yếu của kế hoạch cấp trên.',
    patch: { type: 'preamble', block },
  })
  const agencies = phraseMatcher(options.agencies, { beforeName: true })
  const words = phraseMatcher(options.levelWords.rewrite, { beforeName: false })
  const keepRecipients = options.profile.recipients.length === 0
  const owners = groupByOwner(listSlots(source))
  const upperOnly = options.levelWords.upperOnly.map(m => new RegExp(m, 'u'))
  const flagged: SlotOwner[] = []
  for (const owner of owners.filter(o => keepRecipients || o.area !== 'recipient')) {
    if (owner.area === 'preamble') {
      const note = 'Phần mở đầu của kế hoạch cấp trên: sửa cho phù hợp với đơn vị hoặc bỏ.'
      add(withoutId(flagChange('', owner, 'preamble-review', note)))
    }
    const derivedTexts: string[] = []
    for (const slot of owner.slots) {
      const patches: TextPatch[] = []
      const found = [
        ...agencies(slot.text).map(m => ({ ...m, kind: 'agency' as const })),
        ...words(slot.text).map(m => ({ ...m, kind: 'level-word' as const })),
      ].sort((a, b) => a.start - b.start)
      let at = 0
      for (const m of found) {
        // An agency name wins over the level words inside it (`Văn phòng UBND tỉnh`).
        if (m.start < at) {
          continue
        }
        at = m.end
        patches.push({ type: 'text', start: m.start, end: m.end, text: m.to })
        add({
          kind: m.kind,
          location: { slot: slot.key, label: slot.label, start: m.start, end: m.end },
          before: m.from,
          after: m.to,
          context: excerpt(slot.text, m.start, m.end),
          note: m.kind === 'agency' ? 'Cơ quan tương ứng ở cấp dưới.' : 'Từ ngữ theo cấp.',
          patch: patches[patches.length - 1]!,
        })
      }
      if (owner.area === 'section' || slot.field === 'lead') {
        derivedTexts.push(patchText(slot.text, patches))
      }
    }
    // Judged on the derived wording: a mapped agency is no longer an upper-level one.
    const judged = owner.area === 'section' ? [derivedTexts.join('')] : derivedTexts
    if (judged.some(t => upperOnly.some(r => r.test(t)))) {
      flagged.push(owner)
    }
  }
  const derived = applyChanges(source, changes)
  for (const owner of flagged) {
    const note = 'Nhiệm vụ có thể chỉ cấp trên thực hiện được: giữ, sửa hoặc bỏ.'
    add(withoutId(flagChange('', owner, 'upper-only', note)))
  }
  return { plan: derived, changes }
}

function withoutId(change: LineageChange): Omit<LineageChange, 'id'> {
  const { id: _unused, ...rest } = change
  return rest
}

function profileHeader(source: Header, options: DeriveOptions): Header {
  const { profile } = options
  return {
    ...(profile.parentAgency && profile.parentAgency.length > 0
      ? { parentAgency: profile.parentAgency }
      : {}),
    agency: profile.agency,
    agencyAbbr: profile.agencyAbbr,
    place: profile.place,
    date: source.date.year === undefined ? {} : { year: source.date.year },
    level: options.level,
  }
}

function addProfileChanges(
  source: Plan,
  header: Header,
  profile: AgencyProfile,
  add: (change: Omit<LineageChange, 'id'>) => void
): void {
  const agencyLine = (h: Header) => h.agency.filter(l => l.trim() !== '').join(' ')
  add({
    kind: 'profile',
    location: { slot: 'header', label: 'Cơ quan ban hành, số, ngày' },
    before: agencyLine(source.header),
    after: agencyLine(header),
    context: agencyLine(header),
    note: 'Cơ quan ban hành theo hồ sơ đơn vị; số và ngày để trống.',
    patch: { type: 'header', header },
  })
  const signer = (lines: readonly { text: string }[], name: string) =>
    [...lines.map(l => l.text), name].filter(t => t !== '').join(' / ')
  add({
    kind: 'profile',
    location: { slot: 'signature', label: 'Nơi nhận, chữ ký' },
    before: signer(source.signature.lines, source.signature.signer),
    after: signer(profile.signatureLines, profile.signer),
    context: signer(profile.signatureLines, profile.signer),
    note: 'Người ký và Nơi nhận theo hồ sơ đơn vị.',
    patch: {
      type: 'signature',
      signature: { lines: profile.signatureLines, signer: profile.signer },
      recipients:
        profile.recipients.length === 0
          ? source.recipients
          : profile.recipients.map((text, i) => ({ id: `lineage-n${i + 1}`, text })),
      archive: profile.archive,
    },
  })
}
