/** Where a command writes: the real streams in `main.ts`, string buffers in tests. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
