import { describe, expect, it } from 'vitest';
import {
  externalLinkTarget,
  isInAppUrl,
  isTeamServerUrl,
  originOf,
  teamServerOrigin,
} from '../../src-main/trusted-url';

describe('links that may open in the system browser', () => {
  it('passes http and https links, normalised by the URL parser', () => {
    expect(externalLinkTarget('https://www.example.com/case-study?id=7')).toBe(
      'https://www.example.com/case-study?id=7',
    );
    expect(externalLinkTarget('http://EXAMPLE.com')).toBe('http://example.com/');
    // The monthly insight email opens in the mail app.
    expect(externalLinkTarget('mailto:dana@brightsmiles.test?subject=October%20insight')).toBe(
      'mailto:dana@brightsmiles.test?subject=October%20insight',
    );
  });

  it.each([
    ['javascript:alert(1)'],
    ['JAVASCRIPT:alert(document.cookie)'],
    ['file:///etc/passwd'],
    ['file://server/share/deck.pptx'],
    ['data:text/html,<script>alert(1)</script>'],
    ['\\\\server\\share\\payload.exe'],
    ['//server/share'],
    ['C:\\Windows\\system32\\calc.exe'],
    ['smb://server/share'],
    ['ms-msdt:/id PCWDiagnostic'],
    ['app://fieldbook/index.html'],
    ['https://bank.example.com@evil.test/login'],
    ['https://user:secret@example.com/'],
    ['not a url'],
    [''],
  ])('refuses %s', (raw) => {
    expect(externalLinkTarget(raw)).toBeNull();
  });

  it('refuses values that are not strings and absurdly long URLs', () => {
    expect(externalLinkTarget(undefined)).toBeNull();
    expect(externalLinkTarget({ href: 'https://example.com' })).toBeNull();
    expect(externalLinkTarget(`https://example.com/${'a'.repeat(9000)}`)).toBeNull();
  });
});

describe('the team server allowlist', () => {
  it('keeps only the origin of the configured server', () => {
    expect(teamServerOrigin('https://example.com/v1/pull?cursor=1')).toBe('https://example.com');
    expect(teamServerOrigin('http://127.0.0.1:8787')).toBe('http://127.0.0.1:8787');
    expect(teamServerOrigin('ftp://example.com')).toBeNull();
    expect(teamServerOrigin('https://admin:pw@example.com')).toBeNull();
    expect(teamServerOrigin('javascript:alert(1)')).toBeNull();
  });

  it('does not mistake a look-alike host for the team server', () => {
    const allowed = teamServerOrigin('https://example.com');
    expect(isTeamServerUrl('https://example.com/v1/push', allowed)).toBe(true);
    expect(isTeamServerUrl('https://example.com.evil.test/v1/push', allowed)).toBe(false);
    expect(isTeamServerUrl('https://evil.test/?https://example.com', allowed)).toBe(false);
    expect(isTeamServerUrl('http://example.com/v1/push', allowed)).toBe(false);
    expect(isTeamServerUrl('https://example.com:8443/v1/push', allowed)).toBe(false);
    expect(isTeamServerUrl('https://example.com/v1/push', null)).toBe(false);
  });
});

describe('in-app navigation', () => {
  it('recognises the app:// origin, which WHATWG alone would call "null"', () => {
    expect(originOf('app://fieldbook/index.html#/book')).toBe('app://fieldbook');
    expect(isInAppUrl('app://fieldbook/index.html#/accounts/a1', ['app://fieldbook'])).toBe(true);
    expect(isInAppUrl('app://fieldbook.evil/index.html', ['app://fieldbook'])).toBe(false);
    expect(isInAppUrl('https://example.com/', ['app://fieldbook'])).toBe(false);
    expect(isInAppUrl('file:///index.html', ['app://fieldbook'])).toBe(false);
  });
});
