// How much of a file the readers accept, in one place for the CLI and the browser's import worker. Each limit is
// checked before the work it bounds (stat before read, zip directory before inflate, header before the mapping
// step), so a hostile file costs a refusal, not the memory the limit is there to protect.

/** Largest file read at all: a browser tab holding a 50 MB spreadsheet decoded, parsed and geocoded is near its limit. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * Columns in the header. Real lists have 5–30; 500 leaves room for wide statistical sheets while keeping the
 * mapping step's four pickers (one option per column each) small. A 20,000-column header froze the tab for 10 s.
 */
export const MAX_COLUMNS = 500;

/**
 * Nesting of a JSON file. A list is an array of objects (depth 2); cell values that are objects or arrays are kept
 * as their JSON text, so 64 is generous. 100,000 levels overflowed the stack in JSON.stringify.
 */
export const MAX_JSON_DEPTH = 64;

/** Inflated size of an XLSX's parts together, as declared by its zip directory and as counted while inflating. */
export const MAX_XLSX_INFLATED_BYTES = 200 * 1024 * 1024;

/**
 * Inflated ÷ compressed size above which a big zip entry is a bomb: DEFLATE cannot exceed ≈ 1032:1, real sheet XML
 * compresses 5–30:1 and the emptiest sheets about 100:1. Only entries past ZIP_RATIO_FLOOR are judged, so a tiny
 * highly repetitive part (styles, a blank sheet) is never refused for its ratio.
 */
export const MAX_ZIP_RATIO = 200;
export const ZIP_RATIO_FLOOR = 10 * 1024 * 1024;
