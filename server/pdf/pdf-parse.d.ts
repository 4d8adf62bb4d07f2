// pdf-parse (a dev dependency for tests) ships no types. Its main module runs a debug script when
// imported directly, so tests import the library file.
declare module 'pdf-parse/lib/pdf-parse.js' {
  interface PdfParseResult {
    numpages: number;
    numrender: number;
    info: Record<string, unknown>;
    metadata: unknown;
    text: string;
    version: string;
  }
  export default function pdfParse(data: Buffer, options?: Record<string, unknown>): Promise<PdfParseResult>;
}
