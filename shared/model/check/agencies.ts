import type { Finding } from '../finding'
import { runsText } from '../../text/runs'
import type { Block, Plan } from '../types'
import {
  agencyKey,
  cellAgencies,
  collectiveCover,
  dutyAgency,
  mentionedNames,
  sameAgency,
  sameUnit,
} from './agency-names'
import { RULES } from './rule-kit'

const RULE_ORG = `${RULES.consistency}: cơ quan chủ trì, phối hợp ở phụ lục phải có trong Tổ chức thực hiện`
const RULE_RECIPIENTS = `NĐ 30/2020, Phụ lục I, mục II.9 và ${RULES.consistency.toLowerCase()}: cơ quan có nhiệm vụ phải có trong Nơi nhận`

/**
 * Agencies of the plan agree: every lead or partner agency of an appendix appears in Tổ chức
 * thực hiện and in Nơi nhận, and every agency with duties in Tổ chức thực hiện is in Nơi nhận
 * (a collective line such as "Các phòng chuyên môn thuộc huyện" counts). Missing recipients
 * have a one-click fix: add the line.
 */
export function checkAgencies(plan: Plan): Finding[] {
  const org = plan.sections.filter(s => s.role === 'organization')
  const orgBlocks: { id: string; text: string; heading: boolean }[] = []
  const collect = (blocks: readonly Block[]): void => {
    for (const b of blocks) {
      orgBlocks.push({
        id: b.id,
        text: runsText(b.content),
        heading: b.type === 'item' && b.heading === true,
      })
      if (b.type === 'item') {
        collect(b.children)
      }
    }
  }
  org.forEach(s => collect(s.children))
  const orgRaw = orgBlocks.map(b => b.text).join('\n')
  const orgCover = collectiveCover(orgBlocks.map(b => agencyKey(b.text)))
  const orgNames = mentionedNames(orgRaw)
  const inOrganization = (name: string, key: string) =>
    orgNames.some(n => sameAgency(n, name)) || orgCover(key)
  const recipientCover = collectiveCover(plan.recipients.map(r => agencyKey(r.text)))
  const recipientNames = plan.recipients.flatMap(r => [r.text, ...r.text.split(/[,;]/)])
  const inRecipients = (name: string, key: string) =>
    recipientNames.some(n => sameAgency(n, name)) || recipientCover(key)

  const out: Finding[] = []
  const seen: string[] = []
  const isNew = (name: string) => !seen.some(n => sameUnit(n, name)) && seen.push(name) > 0
  for (const appendix of plan.appendices) {
    for (const row of appendix.rows) {
      if (row.type !== 'task') {
        continue
      }
      const names = [
        ...cellAgencies(row.fields.lead ?? ''),
        ...cellAgencies(row.fields.partners ?? ''),
      ]
      for (const name of names) {
        const key = agencyKey(name)
        if (!isNew(name)) {
          continue
        }
        if (org.length > 0 && !inOrganization(name, key)) {
          out.push({
            severity: 'warning',
            code: 'consistency.agency-not-in-organization',
            message: `“${name}” có nhiệm vụ trong phụ lục nhưng không được nêu trong mục Tổ chức thực hiện.`,
            rule: RULE_ORG,
            location: { id: row.id },
          })
        }
        if (!inRecipients(name, key)) {
          out.push(missingRecipient(name, row.id))
        }
      }
    }
  }
  for (const block of orgBlocks) {
    const name = dutyAgency(block.text, block.heading)
    if (name && isNew(name)) {
      if (!inRecipients(name, agencyKey(name))) {
        out.push(missingRecipient(name, block.id))
      }
    }
  }
  return out
}

function missingRecipient(name: string, id?: string): Finding {
  return {
    severity: 'warning',
    code: 'consistency.agency-not-in-recipients',
    message: `“${name}” có nhiệm vụ trong kế hoạch nhưng không có trong Nơi nhận.`,
    rule: RULE_RECIPIENTS,
    location: id ? { id } : { field: 'recipients' },
    fix: { kind: 'add-recipient', text: name },
  }
}
