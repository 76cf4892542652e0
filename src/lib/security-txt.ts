/**
 * The site's `/.well-known/security.txt` (RFC 9116): where to report a vulnerability (the
 * repository's private security advisories), until when the file is valid, and its own address.
 */

/** The file is valid for this long after the build (RFC 9116 advises less than a year). */
export const SECURITY_TXT_VALID_DAYS = 180;

export interface SecurityTxtInput {
  /** `https://github.com/owner/name`, or undefined when the build does not know it. */
  readonly repository: string | undefined;
  /** The absolute URL of this file. */
  readonly canonical: string;
  /** The absolute URL of the site's home page (the contact when no repository is known). */
  readonly home: string;
  readonly now: Date;
}

export function securityTxt({ repository, canonical, home, now }: SecurityTxtInput): string {
  const expires = new Date(now.getTime() + SECURITY_TXT_VALID_DAYS * 86_400_000);
  expires.setUTCHours(0, 0, 0, 0);
  const lines = [
    '# Report security problems privately, never in a public issue.',
    `Contact: ${repository ? `${repository}/security/advisories/new` : home}`,
    `Expires: ${expires.toISOString()}`,
    'Preferred-Languages: en',
    `Canonical: ${canonical}`,
    ...(repository ? [`Policy: ${repository}/blob/main/SECURITY.md`] : []),
  ];
  return `${lines.join('\n')}\n`;
}
