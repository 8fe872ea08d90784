/**
 * Reading a batch of response files: every file is read, bad ones are listed with their reason.
 * @module
 */
import type { ResponseSet } from './consultation.js';
import { flagDuplicateIdentities } from './flag-duplicates.js';
import { readResponse, type ResponseReader } from './read-response.js';

/**
 * Read every file; one bad file never stops the batch. Responses sharing a name or an
 * organisation are flagged for the analyst (see `flagDuplicateIdentities`).
 * @param files Names and bytes.
 * @param reader The consultation and the template's fields.
 * @returns Responses and rejections, each sorted by file name.
 */
export async function readResponses(files: ReadonlyArray<{ name: string; bytes: Uint8Array }>, reader: ResponseReader): Promise<ResponseSet> {
  const set: ResponseSet = { consultation: reader.consultation.id, responses: [], rejected: [] };
  for (const file of files) {
    const result = await readResponse(file.name, file.bytes, reader);
    if (result.kind === 'response') set.responses.push(result.response);
    else set.rejected.push(result.rejected);
  }
  const byFile = (a: { file: string }, b: { file: string }): number => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
  set.responses.sort(byFile);
  flagDuplicateIdentities(set.responses);
  set.rejected.sort(byFile);
  return set;
}
