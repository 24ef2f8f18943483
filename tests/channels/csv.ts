// A small RFC 4180 parser for the tests (csv-parse is not a dependency): quoted fields, doubled
// quotes, delimiters and line breaks inside quotes.

export function parseCsv(text: string, delimiter = ","): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let fieldValue = "";
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          fieldValue += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else fieldValue += c;
      i++;
      continue;
    }
    if (c === '"' && fieldValue === "") quoted = true;
    else if (c === delimiter) {
      record.push(fieldValue);
      fieldValue = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      record.push(fieldValue);
      records.push(record);
      record = [];
      fieldValue = "";
    } else fieldValue += c;
    i++;
  }
  if (fieldValue !== "" || record.length > 0) {
    record.push(fieldValue);
    records.push(record);
  }
  return records;
}
