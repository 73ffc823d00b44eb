/** Refusal of an archive over the size, ratio or entry limits (a zip bomb). */
export const TOO_BIG =
  'Tệp .docx quá lớn hoặc có dấu hiệu bị nén bất thường (zip bomb); không nhập.'

/** Refusal of an archive cut short or whose compressed data is broken. */
export const TRUNCATED = 'Tệp .docx bị hỏng hoặc không đầy đủ (tệp nén bị cắt cụt).'

/** Refusal of an archive whose end record counts more or fewer parts than its directory holds. */
export const BAD_COUNT =
  'Tệp .docx bị hỏng: số phần ghi trong mục lục tệp nén không khớp với các phần thực có.'

/** Refusal of a part whose declared size differs from what its data holds. */
export const SIZE_LIE =
  'Tệp .docx bị hỏng hoặc bị sửa: kích thước ghi trong tệp nén không khớp với nội dung thật.'

/** Refusal of a part whose bytes do not match the CRC-32 recorded for it. */
export const BAD_CRC =
  'Tệp .docx bị hỏng: dữ liệu một phần của tệp không khớp mã kiểm tra (CRC-32).'

/** Refusal of a part compressed with a method other than stored or deflate. */
export const BAD_METHOD = 'Tệp .docx dùng kiểu nén không hỗ trợ.'
