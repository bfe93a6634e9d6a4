// Spreadsheet rows as core sees them: plain values keyed by the header the user typed, with the Excel row
// number for messages. The edge (src/excel/) turns workbooks into these and back; core never sees ExcelJS.

/** A cell as read from a sheet: text, number, boolean, a date, or empty. */
export type CellValue = string | number | boolean | Date | null;

/** One non-empty data row; `row` is the Excel row number the user sees (the header is row 1). */
export interface SheetRow {
  row: number;
  cells: Readonly<Record<string, CellValue>>;
}

/** The first data sheet of an uploaded workbook. */
export interface SheetData {
  /** Header texts of row 1 in column order (duplicates kept). */
  headers: string[];
  rows: SheetRow[];
}

/** More data rows than this are refused (the file is not read further). */
export const MAX_IMPORT_ROWS = 50_000;

/** Row number of the header row, for file-level problems (missing columns). */
export const HEADER_ROW = 1;

/** A column of an import/export sheet. `key` is the English identifier, `header` the Chinese title. */
export interface SheetColumn<K extends string = string> {
  key: K;
  header: string;
  required: boolean;
  /** Longest accepted text; checked on import. */
  maxLength?: number | undefined;
  /** date: written as an Excel date; text: written as text so that codes and phones keep leading zeros. */
  format: 'text' | 'date';
  /** Column width in characters in the written sheet. */
  width: number;
  /** What to enter, shown on the 说明 sheet. */
  help: string;
}

/** Everything the template, the export and the 说明 (help) sheet need to know about one sheet. */
export interface SheetSpec<K extends string = string> {
  /** Name of the data sheet (the first sheet of the workbook). */
  sheetName: string;
  columns: readonly SheetColumn<K>[];
  /** General rules shown at the top of the 说明 sheet. */
  notes: readonly string[];
  /** Allowed values of enumerated columns: [中文, English, meaning]. */
  choices: ReadonlyArray<{ header: string; values: ReadonlyArray<readonly [string, string, string]> }>;
  /** An example row shown on the 说明 sheet. */
  example: Readonly<Record<K, string>>;
}

/** Name of the help sheet in templates and exports; never read as data. */
export const HELP_SHEET_NAME = '说明';
