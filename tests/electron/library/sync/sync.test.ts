import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraph } from '../helpers'
import {
  addText,
  editText,
  idOf,
  initServer,
  newClerk,
  rows,
  sync,
  texts,
  type Clerk,
} from './clerks'
import { startCluster, type PgCluster } from './pg-cluster'

let cluster: PgCluster

beforeAll(async () => {
  cluster = await startCluster()
}, 120_000)
afterAll(() => cluster?.destroy())

/** A short stand-in for a long text, so a failure prints readably. */
const digest = (text: string) =>
  `${text.slice(0, 40)}… (${text.length}, ${createHash('sha1').update(text).digest('hex')})`

/** Syncs everyone twice over, so each has pulled what the others pushed. */
async function syncAll(...clerks: Clerk[]): Promise<void> {
  for (let round = 0; round < 2; round++) {
    for (const clerk of clerks) {
      await sync(cluster, clerk)
    }
  }
}

function expectConverged(...clerks: Clerk[]): void {
  const [first, ...others] = clerks.map(clerk =>
    rows(clerk).map(({ uid, text, status, revision }) => ({ uid, text, status, revision }))
  )
  for (const other of others) {
    expect(other).toEqual(first)
  }
  for (const clerk of clerks) {
    expect(clerk.library.sync.outbox.pending()).toBe(0)
  }
}

describe('two clerks syncing through one server', () => {
  it('shares concurrent additions both ways, once each', async () => {
    await initServer(cluster, 'add')
    const lan = await newClerk(cluster, 'add', 'add_lan')
    const minh = await newClerk(cluster, 'add', 'add_minh')
    addText(lan, 'Tuyên truyền Luật Giao thông đường bộ tại các trường học.')
    addText(lan, 'Kiểm tra việc thực hiện quy chế dân chủ ở cơ sở.')
    addText(minh, 'Rà soát thủ tục hành chính thuộc thẩm quyền giải quyết của xã.')
    const first = await sync(cluster, lan)
    expect(first.pushed).toBe(2)
    await syncAll(minh, lan, minh)
    expect(texts(lan)).toHaveLength(3)
    expectConverged(lan, minh)
    const authors = new Set(rows(minh).map(row => row.uid))
    expect(authors.size).toBe(3)
    // Syncing again changes nothing and pushes nothing.
    expect(await sync(cluster, lan)).toMatchObject({ pushed: 0, conflicts: 0 })
    expectConverged(lan, minh)
  })

  it('keeps both versions of an edit conflict until the clerk picks one', async () => {
    await initServer(cluster, 'conflict')
    const lan = await newClerk(cluster, 'conflict', 'conflict_lan')
    const chief = await newClerk(cluster, 'conflict', 'conflict_chief', true)
    const uid = addText(lan, 'Tổ chức hội nghị sơ kết 6 tháng đầu năm.')
    await syncAll(lan, chief)

    editText(chief, uid, 'Tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.')
    await sync(cluster, chief)
    editText(lan, uid, 'Tổ chức hội nghị sơ kết công tác 6 tháng.')
    const outcome = await sync(cluster, lan)
    expect(outcome.conflicts).toBe(1)
    // Mine stays in the library; theirs waits beside it.
    expect(texts(lan)).toEqual(['Tổ chức hội nghị sơ kết công tác 6 tháng.'])
    const [theirs] = lan.library.sync.conflicts.all()
    expect(theirs?.text).toBe('Tổ chức hội nghị sơ kết 6 tháng đầu năm 2025.')
    expect(theirs).toMatchObject({ author: 'conflict_lan', updated_by: 'conflict_chief' })
    // Syncing again neither loses mine nor repeats the conflict.
    expect(await sync(cluster, lan)).toMatchObject({ conflicts: 1 })
    expect(texts(lan)).toEqual(['Tổ chức hội nghị sơ kết công tác 6 tháng.'])

    expect(lan.library.sync.resolve(uid, 'mine')).toBe(true)
    await syncAll(lan, chief)
    expect(texts(chief)).toEqual(['Tổ chức hội nghị sơ kết công tác 6 tháng.'])
    expectConverged(lan, chief)

    // And the other choice: the server's version replaces mine.
    editText(chief, uid, 'Phiên bản của trưởng phòng.')
    await sync(cluster, chief)
    editText(lan, uid, 'Phiên bản của chị Lan.')
    await sync(cluster, lan)
    expect(lan.library.sync.resolve(uid, 'theirs')).toBe(true)
    await syncAll(lan, chief)
    expect(texts(lan)).toEqual(['Phiên bản của trưởng phòng.'])
    expect(lan.library.sync.conflicts.count()).toBe(0)
    expectConverged(lan, chief)
  })

  it('lets an edit win over a deletion, whichever reaches the server first', async () => {
    await initServer(cluster, 'del')
    const lan = await newClerk(cluster, 'del', 'del_lan')
    const chief = await newClerk(cluster, 'del', 'del_chief', true)
    const a = addText(lan, 'Điều khoản A sẽ bị xóa ở máy này, sửa ở máy kia.')
    const b = addText(lan, 'Điều khoản B bị xóa trước, sửa sau.')
    const c = addText(lan, 'Điều khoản C chỉ bị xóa.')
    await syncAll(lan, chief)

    // A: the edit reaches the server first, then the deletion comes and loses.
    editText(chief, a, 'Điều khoản A đã sửa.')
    await sync(cluster, chief)
    expect(lan.library.remove(idOf(lan, a)).ok).toBe(true)
    // B: the deletion reaches the server first, then the edit revives the clause.
    expect(lan.library.remove(idOf(lan, b)).ok).toBe(true)
    // C: a plain deletion spreads.
    expect(lan.library.remove(idOf(lan, c)).ok).toBe(true)
    await sync(cluster, lan)
    editText(chief, b, 'Điều khoản B đã sửa.')
    await syncAll(chief, lan)

    expect(texts(lan)).toEqual(['Điều khoản A đã sửa.', 'Điều khoản B đã sửa.'])
    expectConverged(lan, chief)
  })

  it('adds a clerk’s edit of another clerk’s clause as a new clause, the original untouched', async () => {
    await initServer(cluster, 'fork')
    const lan = await newClerk(cluster, 'fork', 'fork_lan')
    const minh = await newClerk(cluster, 'fork', 'fork_minh')
    const uid = addText(lan, 'Bản gốc của chị Lan.')
    await syncAll(lan, minh)
    editText(minh, uid, 'Bản anh Minh sửa.')
    expect(minh.library.remove(idOf(minh, uid)).ok || true).toBe(true)
    await syncAll(minh, lan)
    // Minh's deletion of Lan's clause is refused, so the original comes back to him.
    expect(texts(minh)).toEqual(['Bản gốc của chị Lan.'])
    expectConverged(lan, minh)

    editText(minh, uid, 'Bản anh Minh sửa.')
    await syncAll(minh, lan)
    expect(texts(lan)).toEqual(['Bản anh Minh sửa.', 'Bản gốc của chị Lan.'])
    expectConverged(lan, minh)
  })

  it('carries hostile text exactly and refuses a NUL character cleanly', async () => {
    await initServer(cluster, 'hostile')
    const lan = await newClerk(cluster, 'hostile', 'hostile_lan')
    const minh = await newClerk(cluster, 'hostile', 'hostile_minh')
    const hostile = [
      `'; DROP TABLE skh.clause; -- "quoted" \\ back\\slash $1 $$ E'\\x00' %s`,
      'Trích dẫn “kép” ‘đơn’ và dấu \\\\ đôi; chữ 𝕏 và 🇻🇳.',
      `Rất dài ${'Nội dung lặp lại để kiểm tra độ dài. '.repeat(5000)}`,
    ]
    for (const text of hostile) {
      addText(lan, text)
    }
    const nul = lan.library.add(paragraph('Có ký tự NUL \u0000 ở giữa.'))
    const summary = await sync(cluster, lan)
    await syncAll(minh, lan)
    const shared = texts(lan).filter(text => !text.includes('\u0000'))
    expect(shared).toHaveLength(3)
    expect(shared).toContain(hostile[0])
    expect(texts(minh).map(digest)).toEqual(shared.map(digest))
    if (nul.ok) {
      // The library kept it locally; the server refused it without failing the sync.
      expect(summary.rejected).toBe(1)
      expect(texts(lan)).toHaveLength(4)
    }
    const admin = await cluster.admin('hostile')
    const count = await admin.query(
      "SELECT count(*)::int AS n FROM skh.clause WHERE author = 'hostile_lan'"
    )
    await admin.end()
    expect(count.rows[0]).toEqual({ n: 3 })
  })
})
