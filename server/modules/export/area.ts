import type { Kit } from './kit.ts';

/** One area of the export: its JSON file and its section of the readable page. */
export interface ExportArea<T> {
  /** Key of the area's texts (namespace `export`) and of its line in README.txt. */
  key: string;
  file: string;
  json(data: T, viewerId: string): unknown;
  html(data: T, kit: Kit, viewerId: string): string;
}
