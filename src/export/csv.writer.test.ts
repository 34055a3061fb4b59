import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvWriter } from './csv.writer.js';
import { collect, exportRows, fromArray } from './test-rows.js';

/** A strict RFC 4180 parser (quoted fields, doubled quotes, CRLF records) for the round trip. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  const endField = () => {
    record.push(field);
    field = '';
  };
  while (i < text.length) {
    const ch = text[i];
    if (ch === '"' && field === '') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') break;
        else field += text[i++];
      }
      i++;
      if (i < text.length && text[i] !== ',' && text[i] !== '\r')
        throw new Error(`junk after quoted field at ${i}`);
    } else if (ch === ',') {
      endField();
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      endField();
      records.push(record);
      record = [];
      i += 2;
    } else if (ch === '"' || ch === '\n' || ch === '\r') {
      throw new Error(`bare ${JSON.stringify(ch)} at ${i}`);
    } else field += text[i++];
  }
  if (field !== '' || record.length > 0) throw new Error('last record has no CRLF');
  return records;
}

describe('csv writer', () => {
  it('quotes only what needs quoting', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField(null)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(['USA', 'USAGOV'])).toBe('USA USAGOV');
  });

  it('guards formulas only when asked (spreadsheet downloads), never numbers', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"=HYPERLINK(""x"")"');
    expect(csvField('=HYPERLINK("x")', true)).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5 killed', true)).toBe("'-5 killed");
    expect(csvField(-33.5, true)).toBe('-33.5');
    expect(csvField('Moscow', true)).toBe('Moscow');
  });

  it('round-trips through an RFC 4180 parser: header, one record per event, every value intact', async () => {
    const rows = exportRows();
    const text = await collect(csvWriter(fromArray(rows)));
    const records = parseCsv(text);
    expect(records[0]).toEqual([...CSV_COLUMNS]);
    expect(records).toHaveLength(rows.length + 1);
    for (const rec of records) expect(rec).toHaveLength(CSV_COLUMNS.length);
    const byName = records.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])));
    expect(byName[0]).toMatchObject({
      article_id: 'moscow-talks',
      date: '2021-03-18',
      target_codes: 'AFGGOV TAL',
      lat: '55.75222',
      deadline: 'false',
    });
    expect(byName[1].article_id).toBe(rows[1].article_id);
    expect(byName[1].place_name).toBe(rows[1].place_name);
    expect(byName[1].article_title).toBe(rows[1].article_title);
    expect(byName[1].trigger_text).toBe('withdrawal — “retrait”');
    expect(byName[1].deadline).toBe('true');
    expect(byName[2]).toMatchObject({ date: '', cameo: '', source_codes: '', lat: '', article_url: '' });
  });
});
