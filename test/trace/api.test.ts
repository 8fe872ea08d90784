import { describe, expect, it } from 'vitest';
import * as api from '../../src/index.js';

describe('public API: trace and the reference model', () => {
  it('exports the trace pipeline and the migration model', () => {
    for (const name of ['scanLinks', 'readJUnit', 'traceDocument', 'reviewClauses', 'fixLinks', 'renderTraceReport', 'parseTraceConfig', 'parseLock', 'serialiseLock', 'TRACE_FORMATS']) expect(api, name).toHaveProperty(name);
    expect(typeof api.migration.decideMigration).toBe('function');
    expect(api.migration.INSTALLATION_STATUSES).toContain('Scheduled');
  });
});
