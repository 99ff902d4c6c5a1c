// files.uploadV2's three steps, as the preview's stand-in and the tests' fake Web API both run them.
import { Readable } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { FileUploads } from '../../src/preview/file-uploads.ts';

function request(bytes: Buffer, contentType = 'application/octet-stream'): IncomingMessage {
  return Object.assign(Readable.from([bytes]), { headers: { 'content-type': contentType } }) as unknown as IncomingMessage;
}

function uploads(maxBytes = 100): FileUploads {
  let n = 0;
  return new FileUploads({ maxBytes, newId: () => `F${String(++n)}`, uploadUrl: (id) => `http://upload.test/${id}` });
}

describe('FileUploads', () => {
  it('announces a file, takes its bytes and completes it with its title, or the file name without one', async () => {
    const files = uploads();
    expect(files.begin({ filename: 'a.docx', length: 3 })).toEqual({ ok: true, file_id: 'F1', upload_url: 'http://upload.test/F1' });
    expect(files.begin({ filename: 'b.xlsx', length: 2 })).toMatchObject({ ok: true, file_id: 'F2' });
    expect(await files.receive('F1', request(Buffer.from('abc'), 'application/vnd.test'))).toEqual({ status: 200, payload: { ok: true, size: 3 } });
    expect(await files.receive('F2', request(Buffer.from('xy')))).toMatchObject({ status: 200 });
    const done = files.complete({ files: [{ id: 'F1', title: 'Overzicht' }, { id: 'F2' }] });
    expect(done.ok && done.files.map((f) => [f.id, f.title, f.completed, f.contentType])).toEqual([
      ['F1', 'Overzicht', true, 'application/vnd.test'],
      ['F2', 'b.xlsx', true, 'application/octet-stream'],
    ]);
    expect(files.all().map((f) => f.bytes?.toString())).toEqual(['abc', 'xy']);
  });

  it('refuses what Slack refuses: no name or length, too large, unknown upload URL, nothing named', async () => {
    const files = uploads(10);
    expect(files.begin({ length: 3 })).toEqual({ ok: false, error: 'invalid_arguments' });
    expect(files.begin({ filename: 'a', length: 0 })).toEqual({ ok: false, error: 'invalid_arguments' });
    expect(files.begin({ filename: 'a', length: 11 })).toEqual({ ok: false, error: 'file_too_large' });
    expect(await files.receive('F9', request(Buffer.from('abc')))).toEqual({ status: 404, payload: { ok: false, error: 'file_not_found' } });
    files.begin({ filename: 'a', length: 5 });
    expect(await files.receive('F1', request(Buffer.alloc(11)))).toEqual({ status: 413, payload: { ok: false, error: 'file_too_large' } });
    expect(files.complete({ files: [] })).toEqual({ ok: false, error: 'invalid_arguments' });
    expect(files.complete({})).toEqual({ ok: false, error: 'invalid_arguments' });
  });

  it('completes nothing when one named file has no bytes yet', async () => {
    const files = uploads();
    files.begin({ filename: 'a.docx', length: 3 });
    files.begin({ filename: 'b.docx', length: 3 });
    await files.receive('F1', request(Buffer.from('abc')));
    expect(files.complete({ files: [{ id: 'F1', title: 'A' }, { id: 'F2', title: 'B' }] })).toEqual({ ok: false, error: 'file_not_found' });
    expect(files.all().map((f) => [f.title, f.completed])).toEqual([[null, false], [null, false]]);
  });
});
