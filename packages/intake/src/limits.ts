/** The bounds intake enforces so that no file can make it crash, hang or exhaust memory. */
export const intakeLimits = {
  /** Bytes of an XLSX or CSV file (checked before anything is parsed). */
  fileBytes: 10 * 1024 * 1024,
  /** Entries in an XLSX zip container. */
  zipEntries: 200,
  /** Declared uncompressed bytes of all entries together. */
  uncompressedBytes: 40 * 1024 * 1024,
  /** Uncompressed bytes of one entry. */
  entryBytes: 20 * 1024 * 1024,
  /** Uncompressed/compressed ratio of one entry above `ratioFloor` bytes (XML compresses 5-20x; bombs 1000x). */
  compressionRatio: 100,
  ratioFloor: 1024 * 1024,
  /** Data rows of one import. */
  rows: 2000,
  /** Columns of one table. */
  columns: 200,
  /** Characters of one cell (the validator's limit for a text field). */
  cellLength: 20_000,
} as const;
