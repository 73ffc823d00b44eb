import { describe, expect, it } from 'vitest'
import {
  versionsToKeep,
  type PrunePolicy,
  type StoredVersion,
} from '../../../../electron/main/files/versions/prune'

const HOUR = 3_600_000
const DAY = 24 * HOUR
const utcDay = (time: number) => new Date(time).toISOString().slice(0, 10)

/** `count` versions `step` ms apart ending at day 100, newest last; names v0, v1, … */
function versions(count: number, step: number, size = 1000): StoredVersion[] {
  const end = 100 * DAY
  return Array.from({ length: count }, (_v, i) => ({
    name: `v${i}`,
    time: end - (count - 1 - i) * step,
    size,
  }))
}

describe('versionsToKeep', () => {
  const policy: PrunePolicy = { keepRecent: 5, keepDaily: 3, maxBytes: 1_000_000 }

  it('keeps everything while under the recent count', () => {
    const all = versions(4, HOUR)
    expect([...versionsToKeep(all, policy, utcDay)].sort()).toEqual(['v0', 'v1', 'v2', 'v3'])
  })

  it('keeps the newest ones, then the newest of each earlier day, up to keepDaily days', () => {
    // Four saves a day (at 0, 6, 12 and 18 h) for ten days: v39 is the newest, at day 100 0 h.
    const kept = versionsToKeep(versions(40, 6 * HOUR), policy, utcDay)
    // v35–v39 are the recent five (days 99 and 100); then the 18 h save of days 98, 97 and 96.
    expect([...kept].sort()).toEqual(['v26', 'v30', 'v34', 'v35', 'v36', 'v37', 'v38', 'v39'])
  })

  it('stops at the byte cap, oldest first, but always keeps the newest', () => {
    const kept = versionsToKeep(versions(10, HOUR, 400), { ...policy, maxBytes: 1000 }, utcDay)
    expect([...kept].sort()).toEqual(['v8', 'v9'])
    const huge = versionsToKeep(versions(3, HOUR, 5000), { ...policy, maxBytes: 1000 }, utcDay)
    expect([...huge]).toEqual(['v2'])
  })

  it('does not depend on the order it is given', () => {
    const all = versions(40, 6 * HOUR)
    const reversed = versionsToKeep([...all].reverse(), policy, utcDay)
    expect([...reversed].sort()).toEqual([...versionsToKeep(all, policy, utcDay)].sort())
  })
})
