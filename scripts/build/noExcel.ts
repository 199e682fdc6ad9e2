// Stands in for exceljs in the one-file map (scripts/build/onefile.config.ts), which leaves the workbook reader out
// to keep to its size budget. The import panel refuses a workbook before it is read (src/app/boot/variant.onefile.ts,
// readsXlsx); this only runs if one reaches the worker anyway, and then says so instead of failing obscurely.
throw new Error('this one-file map does not read .xlsx workbooks: save the sheet as CSV (UTF-8), or use the full app');
