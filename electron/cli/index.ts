import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultDataDir } from '../main/app/app-paths'
import { carryForwardCommand } from './commands/carry-forward'
import { compareCommand } from './commands/compare'
import { deriveCommand } from './commands/derive'
import { exportCommand } from './commands/export'
import { importCommand, importDocxFolderCommand } from './commands/import'
import { libraryCommand } from './commands/library'
import { newCommand } from './commands/new'
import { validateCommand } from './commands/validate'

const USAGE = `Soạn Kế hoạch — dòng lệnh
  validate <tệp.kehoach>                         kiểm tra kế hoạch, in kết quả JSON (mã thoát 1 nếu có lỗi)
  new --out <tệp.kehoach> [--sample 000..004]    tạo kế hoạch mới hoặc từ kế hoạch mẫu
  export <tệp.kehoach> <tệp.docx>                xuất Word đúng thể thức Nghị định 30/2020/NĐ-CP
  library search "<từ khóa>" [--limit N]         tìm trong thư viện điều khoản (JSON)
  library add <tệp.kehoach>                      đưa các điều khoản của một kế hoạch vào thư viện
  library export|import <tệp>                    chia sẻ thư viện qua tệp (USB)
  library import-docx <thư mục>                  nhập mọi tệp .docx, .doc, .pdf trong thư mục vào thư viện
  import <tệp.docx|.doc|.pdf> <tệp.kehoach>      chuyển một kế hoạch Word/PDF thành tệp kế hoạch (in báo cáo JSON)
  carry-forward <vào> <ra.kehoach> [--year N]    lập kế hoạch năm sau từ kế hoạch (.kehoach hoặc .docx), in mọi thay đổi (JSON)
  derive <vào> <ra.kehoach> --level huyen|xa [--profile hồ-sơ.json]
                                                 triển khai kế hoạch cấp trên xuống cấp dưới, in mọi thay đổi (JSON)
  compare <cũ> <mới> [--docx tệp-ra.docx]        so sánh hai kế hoạch (.kehoach hoặc .docx), in các thay đổi (JSON);
                                                 --docx ghi Word có theo dõi thay đổi
  (thư viện nằm trong thư mục SKH_DATA_DIR, mặc định là thư mục dữ liệu của người dùng)`

/** The command-line entry (`npm run cli -- <command> …`) for batch work and automation. */
async function main(argv: readonly string[]): Promise<number> {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  const resourcesDir = path.join(root, 'resources')
  const [command, ...args] = argv
  if (command === undefined || ['help', '--help', '-h'].includes(command)) {
    console.log(USAGE)
    return 0
  }
  switch (command) {
    case 'validate':
      return validateCommand(args)
    case 'new':
      return newCommand(args, resourcesDir)
    case 'export':
      return exportCommand(args)
    case 'import':
      return importCommand(args)
    case 'carry-forward':
      return carryForwardCommand(args)
    case 'derive':
      return deriveCommand(args, resourcesDir, defaultDataDir())
    case 'compare':
      return compareCommand(args, defaultDataDir())
    case 'library':
      return args[0] === 'import-docx'
        ? importDocxFolderCommand(args.slice(1), defaultDataDir())
        : libraryCommand(args, defaultDataDir(), path.join(resourcesDir, 'samples'))
    default:
      console.error(USAGE)
      return 2
  }
}

main(process.argv.slice(2)).then(
  code => process.exit(code),
  (error: unknown) => {
    // One Vietnamese line for the clerk; the stack only when asked for (SKH_DEBUG=1).
    const message = error instanceof Error ? error.message : String(error)
    console.error(`Lỗi không mong đợi, lệnh đã dừng: ${message}`)
    if (process.env.SKH_DEBUG === '1' && error instanceof Error) {
      console.error(error.stack)
    }
    process.exit(70)
  }
)
