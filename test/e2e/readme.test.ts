import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { ALL_GATES } from '@ml-gates/cli';
import { parseConfig } from '@ml-gates/core';

const readme = readFileSync('README.md', 'utf8');

describe('README', () => {
  it('the config example validates against every gate', () => {
    const section = readme.slice(readme.indexOf('## The config file'));
    const example = /```yaml\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const { config } = parseConfig(example!, 'README.md', ALL_GATES);
    expect(Object.keys(config.gates)).toEqual(['model-scan', 'data-gate', 'performance-gate']);
    expect(config.gates['model-scan']?.waivers?.[0]?.owner).toBe('@ml-platform');
  });

  it('gives the quick-start commands CI and users run', () => {
    expect(readme).toContain('npm ci && npm run demo');
    expect(readme).toContain('npm ci && npm test');
    const ci = readFileSync('.ci/run', 'utf8');
    expect(ci).toContain('npm ci');
    expect(ci).toMatch(/npm test/);
  });
});
