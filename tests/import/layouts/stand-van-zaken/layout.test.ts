// Layout 1, the flat stand-van-zaken list (src/import/layouts/stand-van-zaken/), read through readLayout.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLayout } from '../../../../src/import/layouts/index.ts';
import { SAMPLE_PATH } from './sample.ts';
import { textDoc } from '../layout-helpers.ts';

describe('layout 1: the flat stand-van-zaken list', () => {
  it('still gives the sample its 14 items', () => {
    const read = readLayout(textDoc(readFileSync(SAMPLE_PATH, 'utf8')), { documentDate: '2025-04-01' });
    expect(read.ok && read.layout.id).toBe('stand-van-zaken');
    expect(read.ok && read.items).toHaveLength(14);
  });
});
