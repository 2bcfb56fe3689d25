/**
 * Lists kept in one place (#18 item 2): the content collections match the folders editors write in,
 * and a source reference means the same to the schema, the content rules, the citation resolver and
 * the web editor.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceRef, sourceRefPattern } from '../../src/lib/source-ref.ts';
import { collectionNames, pageCollections } from '../../src/schemas/collections.ts';
import { sourceRef } from '../../src/schemas/common.ts';
import { repoRoot } from './helpers.ts';

describe('content collections', () => {
  it('every folder in content/ is a collection, and every collection has its folder', () => {
    const folders = readdirSync(join(repoRoot, 'content'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect([...collectionNames].sort()).toEqual(folders);
  });

  it('page collections are written per language (content/<collection>/lv/…)', () => {
    for (const c of pageCollections) expect(readdirSync(join(repoRoot, 'content', c))).toContain('lv');
  });
});

describe('source references', () => {
  it('reads each shape into its parts', () => {
    expect(parseSourceRef('001:5658')).toEqual({ kind: 'doc', doc: '001', from: 5658 });
    expect(parseSourceRef('001:5658-5662')).toEqual({ kind: 'doc', doc: '001', from: 5658, to: 5662 });
    expect(parseSourceRef('web:cesu-novads-client-service')).toEqual({ kind: 'web', id: 'cesu-novads-client-service' });
    expect(parseSourceRef('gk:pmlp')).toEqual({ kind: 'gk', institution: 'pmlp' });
  });

  for (const bad of [
    '1:5658',
    '001:',
    '001:5658-',
    '001:123456',
    'web:',
    'web:Cēsis',
    'gk:PMLP',
    'http://example.com',
    ' 001:5',
    '001:5 ',
  ]) {
    it(`refuses "${bad}" in the schema and in the text alike`, () => {
      expect(parseSourceRef(bad)).toBeNull();
      expect(sourceRefPattern.test(bad)).toBe(false);
      expect(sourceRef.safeParse(bad).success).toBe(false);
    });
  }

  it('the web editor gets the same pattern as a string it can rebuild', () => {
    expect(new RegExp(sourceRefPattern.source).exec('002:10-12')?.slice(1, 4)).toEqual(['002', '10', '12']);
  });
});
