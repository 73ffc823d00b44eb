import fs from 'node:fs'

/** The file in the data folder that keeps the app's encrypted shared-library password. */
export const SECRET_FILE = 'shared-library.secret'

/** Where the shared-library password is kept. */
export type SecretStore = {
  readonly read: () => string | undefined
  readonly write: (secret: string) => void
  readonly clear: () => void
}

/** The subset of Electron's `safeStorage` the app's store needs (passed in, not imported). */
export type Cipher = {
  readonly isEncryptionAvailable: () => boolean
  readonly encryptString: (plain: string) => Buffer
  readonly decryptString: (encrypted: Buffer) => string
}

/** The CLI's and the harness's store: the `SKH_LIBRARY_PASSWORD` environment variable. */
export function envSecretStore(env: NodeJS.ProcessEnv = process.env): SecretStore {
  return {
    read: () => env.SKH_LIBRARY_PASSWORD,
    write: secret => {
      env.SKH_LIBRARY_PASSWORD = secret
    },
    clear: () => {
      delete env.SKH_LIBRARY_PASSWORD
    },
  }
}

/**
 * The app's store: the password encrypted with Electron `safeStorage` (DPAPI on Windows, bound
 * to the Windows user) in `file`. Refuses to store it when encryption is unavailable rather
 * than write it in clear.
 */
export function encryptedSecretStore(file: string, cipher: Cipher): SecretStore {
  return {
    read: () => {
      try {
        return cipher.decryptString(fs.readFileSync(file))
      } catch {
        return undefined
      }
    },
    write: secret => {
      if (!cipher.isEncryptionAvailable()) {
        throw new Error('Cannot store the password: encryption is not available')
      }
      fs.writeFileSync(`${file}.tmp`, cipher.encryptString(secret), { mode: 0o600 })
      fs.renameSync(`${file}.tmp`, file)
    },
    clear: () => fs.rmSync(file, { force: true }),
  }
}
