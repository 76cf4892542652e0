import { describe, expect, it } from 'vitest';
import { inlineCodeSegments, plainText } from '../../src/lib/inline-code';

describe('inline code in seed texts', () => {
  it('splits backtick code from text', () => {
    expect(inlineCodeSegments('Learn `pip` for managing dependencies')).toEqual([
      { text: 'Learn ', code: false },
      { text: 'pip', code: true },
      { text: ' for managing dependencies', code: false },
    ]);
  });

  it('keeps text without code whole and strips backticks for plain text', () => {
    expect(inlineCodeSegments('Use Load Balancers')).toEqual([{ text: 'Use Load Balancers', code: false }]);
    expect(plainText('Debugging Techniques (e.g., `print()`, `pdb`)')).toBe(
      'Debugging Techniques (e.g., print(), pdb)',
    );
  });
});
