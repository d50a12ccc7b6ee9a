/** The bounds the validator enforces so that no dossier can make it crash, hang or exhaust memory. */
export const limits = {
  /** Bytes of one file. */
  fileBytes: 2 * 1024 * 1024,
  /** Files in one dossier. */
  files: 5000,
  /** Nesting of mappings and sequences in one document. */
  depth: 32,
  /** Characters of one text field. */
  textLength: 20_000,
  /** YAML aliases resolved in one document (guards against alias bombs). */
  aliases: 100,
} as const;
