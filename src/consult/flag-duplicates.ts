/**
 * Duplicate identities: two responses claiming the same organisation or the same person. The
 * analyst is told on each (a note naming the other files); nothing is merged and neither
 * response's confidentiality or publication choice changes, so a second response can never make a
 * confidential one public.
 * @module
 */
import type { Response } from './consultation.js';

/**
 * Add a note to every response that shares a name or an organisation with another.
 * @param responses Responses (notes are appended in place).
 */
export function flagDuplicateIdentities(responses: readonly Response[]): void {
  const key = (text: string): string => text.toLowerCase().replace(/\b(ltd|limited|plc|llp)\b\.?/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
  for (const field of ['organisation', 'name'] as const) {
    const groups = new Map<string, Response[]>();
    for (const response of responses) {
      const k = key(response.respondent[field]);
      if (k === '') continue;
      groups.set(k, [...(groups.get(k) ?? []), response]);
    }
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const protectedOne = group.some((r) => r.confidential || r.publication !== 'named');
      for (const response of group) {
        const others = group.filter((r) => r !== response).map((r) => `${r.file}${r.confidential ? ' (confidential)' : ''}`);
        response.notes.push(`same ${field} "${response.respondent[field]}" as ${others.join(', ')}: check which response is genuine${protectedOne ? '; each keeps its own confidentiality and publication choice' : ''}`);
      }
    }
  }
}
