import { describe, expect, it } from 'vitest';
import { isSharedCaseName, isTeamServerAddress, sharedCaseProblems } from '../../app/model/sharedCaseAddress';

describe("what a user types for a shared case's address", () => {
  it.each([
    ['ws://127.0.0.1:1234', true],
    ['wss://team.example.org', true],
    ['WSS://team.example.org:443/cases', true],
    ['http://team.example.org', false],
    ['https://team.example.org', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['team.example.org:1234', false],
    ['ws://', false],
    ['', false],
    [`ws://${'a'.repeat(2000)}.org`, false],
  ])('%s is a team server address: %s', (url, expected) => {
    expect(isTeamServerAddress(url)).toBe(expected);
  });

  it.each([
    ['moot-2027', true],
    ['Memo_v2.final', true],
    ['a', true],
    ['x'.repeat(100), true],
    ['x'.repeat(101), false],
    ['-leading-dash', false],
    ['.hidden', false],
    ['../other-case', false],
    ['moot 2027', false],
    ['moot/2027', false],
    ['mööt', false],
    ['', false],
  ])('%s is a case name on a server: %s', (name, expected) => {
    expect(isSharedCaseName(name)).toBe(expected);
  });

  it('names each field with a problem, after trimming, and none when all is well', () => {
    expect(sharedCaseProblems({ url: ' ws://host:1 ', name: ' moot ', token: ' cw1.1.x ' })).toEqual({});
    expect(Object.keys(sharedCaseProblems({ url: 'http://host', name: 'a b', token: '   ' }))).toEqual([
      'url',
      'name',
      'token',
    ]);
    expect(sharedCaseProblems({ url: 'ws://host', name: 'moot', token: 'x'.repeat(201) }).token).toMatch(/token/);
  });
});
