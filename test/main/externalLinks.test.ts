import { describe, expect, test } from 'vitest';
import { isSafeExternalUrl, safeExternalUrl } from '../../main/externalLinks';

describe('which links open outside the app', () => {
  test.each([
    ['https://www.icj-cij.org/case/182', 'https://www.icj-cij.org/case/182'],
    ['http://legal.un.org/ilc/texts/9_6.shtml', 'http://legal.un.org/ilc/texts/9_6.shtml'],
    ['HTTPS://Example.org/Path?q=1#frag', 'https://example.org/Path?q=1#frag'],
    ['https://例え.jp/', 'https://xn--r8jz45g.jp/'],
    ['mailto:clerk@icj-cij.org', 'mailto:clerk@icj-cij.org'],
    ['mailto:a@example.org,b@example.org?subject=Memorial&body=Line%0Aline', null],
  ])('allows %s', (url, normalised) => {
    expect(isSafeExternalUrl(url)).toBe(true);
    if (normalised) expect(safeExternalUrl(url)).toBe(normalised);
  });

  test.each([
    ['javascript:', 'javascript:alert(1)'],
    ['javascript: with case and entity tricks', 'JaVaScRiPt:alert(document.cookie)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['file:', 'file:///etc/passwd'],
    ['file: on Windows', 'file://C:/Windows/System32/calc.exe'],
    ['vbscript:', 'vbscript:msgbox(1)'],
    ['the app itself', 'app://casewright/index.html'],
    ['another scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb:', 'smb://attacker/share'],
    ['credentials', 'http://user:pass@example.org/'],
    ['a user name only', 'https://icj-cij.org@evil.example/'],
    ['a leading space', ' https://example.org/'],
    ['a trailing newline', 'https://example.org/\n'],
    ['a tab inside', 'https://exa\tmple.org/'],
    ['NUL', 'https://example.org/\u0000.pdf'],
    ['a zero-width space', 'https://exam\u200bple.org/'],
    ['a right-to-left override', 'https://example.org/\u202egpj.exe'],
    ['a non-breaking space', 'https://example.org/\u00a0x'],
    ['a backslash', 'https://evil.example\\@good.example/'],
    ['a relative URL', '/relative/path'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a bare word', 'example.org'],
    ['an empty string', ''],
    ['http without a host', 'http:///path'],
    ['http: without slashes', 'http:evil.example'],
    ['a very long URL', `https://example.org/${'a'.repeat(5000)}`],
    ['mailto: with attach', 'mailto:a@example.org?attach=/home/user/.ssh/id_rsa'],
    ['mailto: with a header', 'mailto:a@example.org?X-Header=1'],
    ['mailto: without an address', 'mailto:?subject=hi'],
    ['mailto: with an encoded newline', 'mailto:a@example.org%0ABcc:b@example.org'],
    ['mailto: subject with a control character', 'mailto:a@example.org?subject=a%0Db'],
    ['a number', 42],
    ['an object', { href: 'https://example.org/' }],
    ['undefined', undefined],
  ])('refuses %s', (_name, url) => {
    expect(isSafeExternalUrl(url)).toBe(false);
    expect(safeExternalUrl(url)).toBeUndefined();
  });
});
