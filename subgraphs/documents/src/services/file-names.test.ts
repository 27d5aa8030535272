import { contentDisposition, sanitizeFileName } from './file-names';
import { parseRange } from '../http/byte-range';

describe('file names', () => {
  it('drops path separators, control and bidi characters, and leading dots', () => {
    expect(sanitizeFileName('../../etc/passwd')).toBe('_.._etc_passwd');
    expect(sanitizeFileName('Счёт\u202e\u0007 №1.pdf')).toBe('Счёт №1.pdf');
    expect(sanitizeFileName('C:\\Users\\a.docx')).toBe('C__Users_a.docx');
  });

  it('refuses a name with nothing left, naming the field', () => {
    expect(() => sanitizeFileName('..')).toThrow('input.name: нужно имя файла');
  });

  it('keeps the extension when shortening a long name', () => {
    const name = sanitizeFileName(`${'а'.repeat(300)}.pdf`);
    expect(name).toHaveLength(200);
    expect(name.endsWith('.pdf')).toBe(true);
  });

  it('gives an ASCII fallback and the UTF-8 name in Content-Disposition', () => {
    expect(contentDisposition('Полис "A".pdf')).toBe(`attachment; filename="_____ _A_.pdf"; filename*=UTF-8''%D0%9F%D0%BE%D0%BB%D0%B8%D1%81%20%22A%22.pdf`);
  });
});

describe('byte ranges', () => {
  it('reads a-b, a- and the suffix -n; past the end is unsatisfiable', () => {
    expect(parseRange('bytes=0-9', 100)).toEqual({ start: 0, end: 9 });
    expect(parseRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
    expect(parseRange('bytes=95-200', 100)).toEqual({ start: 95, end: 99 });
    expect(parseRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(parseRange(undefined, 100)).toBeNull();
    expect(parseRange('bytes=0-1,5-6', 100)).toBeNull();
  });
});
