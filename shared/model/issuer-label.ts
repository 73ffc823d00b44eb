import type { Header } from './types'

/** A one-line label of the issuing agency for lists, e.g. `ỦY BAN NHÂN DÂN HUYỆN LỘC BÌNH`. */
export function issuerLabel(header: Header): string {
  return header.agency
    .map(line => line.trim())
    .filter(line => line !== '')
    .join(' ')
}
