import { describe, expect, it } from 'vitest';
import { toHit } from '../../src/lib/search';
import { aliasMap, prepareQuery } from '../../src/lib/search-query';
import { technologies } from '../../src/lib/technologies';

const aliases = aliasMap(Object.values(technologies));

describe('what a typed query becomes', () => {
  it('searches "n+1" the way Pagefind indexes "N+1" (without the plus)', () => {
    expect(prepareQuery('n+1')).toBe('n1');
    expect(prepareQuery('N+1 query')).toBe('N1 query');
    expect(prepareQuery('c++ vs python')).toBe('c++ python');
  });

  it('drops vs, versus and or, unless the query is nothing else', () => {
    expect(prepareQuery('fastapi vs flask')).toBe('fastapi flask');
    expect(prepareQuery('Django versus Flask')).toBe('Django Flask');
    expect(prepareQuery('redis or rabbitmq')).toBe('redis rabbitmq');
    expect(prepareQuery('vs. django')).toBe('django');
    expect(prepareQuery('or')).toBe('or');
  });

  it('searches every one-word alias as its full term', () => {
    expect(aliases['k8s']).toBe('kubernetes');
    expect(aliases['kube']).toBe('kubernetes');
    expect(aliases['postgres']).toBe('postgresql');
    expect(aliases['oauth2']).toBe('oauth');
    expect(aliases['vs code']).toBeUndefined();
    expect(prepareQuery('k8s deployment', aliases)).toBe('kubernetes deployment');
    expect(prepareQuery('K8S', aliases)).toBe('kubernetes');
    expect(prepareQuery('constructor', aliases)).toBe('constructor');
  });
});

describe('section links under a result', () => {
  it('come best match first, page order breaking ties', () => {
    const at = (score: number) => [{ balanced_score: score }];
    const hit = toHit({
      url: '/r/basic/http/',
      excerpt: '',
      meta: { title: 'HTTP' },
      sub_results: [
        { title: 'Methods', url: '/r/basic/http/#methods', excerpt: 'm', weighted_locations: at(1) },
        { title: 'Status', url: '/r/basic/http/#status', excerpt: 's', weighted_locations: at(1) },
        { title: 'CORS', url: '/r/basic/http/#cors', excerpt: 'c', weighted_locations: [...at(6), ...at(2)] },
      ],
    });
    expect(hit.sections.map((s) => s.title)).toEqual(['CORS', 'Methods', 'Status']);
  });
});
