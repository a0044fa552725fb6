import { describe, expect, it } from 'vitest';
import { highlight, highlightRanges, InputError, OptionsError, screen, type Indicator } from '../src/index.js';
import { fill } from '../src/explain/render.js';

// An indicator with spans given as the words they cover (the n-th occurrence in the text).
function ind(text: string, ruleId: string, title: string, words: Array<string | [string, number]>): Indicator {
  const spans = words.map((w) => {
    const [word, nth] = typeof w === 'string' ? [w, 0] : w;
    let start = -1;
    for (let i = 0; i <= nth; i++) start = text.indexOf(word, start + 1);
    if (start < 0) throw new Error(`${word} not in text`);
    return { start, end: start + word.length, text: word };
  });
  return { ruleId, category: 'A1', severity: 'weak', contribution: 1, title, references: [], spans };
}

describe('highlight', () => {
  const text = `Girls <18> & "boys" wanted: hostess in Dubai, it's paid`;
  const result = {
    indicators: [
      ind(text, 'D2.x', 'Young & "pretty"', ['Girls <18>', 'Dubai']),
      ind(text, 'D3.y', 'Minors', ['<18>']),
      ind(text, 'E1.z', "Hostess job's risk", ['hostess in Dubai', "it's"]),
    ],
  };

  it('html: escapes the text, merges overlapping spans into one <mark> naming every indicator in result order', () => {
    expect(highlight(text, result, { format: 'html' })).toBe(
      '<mark class="sakbol-mark" data-rules="D2.x D3.y" title="Young &amp; &quot;pretty&quot;; Minors">Girls &lt;18&gt;</mark>' +
        ' &amp; &quot;boys&quot; wanted: ' +
        '<mark class="sakbol-mark" data-rules="D2.x E1.z" title="Young &amp; &quot;pretty&quot;; Hostess job&#39;s risk">hostess in Dubai</mark>, ' +
        '<mark class="sakbol-mark" data-rules="E1.z" title="Hostess job&#39;s risk">it&#39;s</mark> paid',
    );
    expect(highlight(text, result)).toBe(highlight(text, result, { format: 'html' }));
  });

  it('gives the same output whatever order the spans come in', () => {
    const shuffled = { indicators: result.indicators.map((i) => ({ ...i, spans: [...i.spans].reverse() })) };
    expect(highlight(text, shuffled)).toBe(highlight(text, result));
    expect(highlightRanges(text, result)).toEqual([
      { start: 0, end: 10, text: 'Girls <18>', ruleIds: ['D2.x', 'D3.y'], titles: ['Young & "pretty"', 'Minors'] },
      { start: 28, end: 44, text: 'hostess in Dubai', ruleIds: ['D2.x', 'E1.z'], titles: ['Young & "pretty"', "Hostess job's risk"] },
      { start: 46, end: 50, text: "it's", ruleIds: ['E1.z'], titles: ["Hostess job's risk"] },
    ]);
  });

  it('merges touching spans, so marks never nest or abut', () => {
    const t = 'Salary $5000/month';
    const r = { indicators: [ind(t, 'A1.a', 'Pay', ['$5000']), ind(t, 'A1.b', 'Period', ['/month'])] };
    expect(highlightRanges(t, r).map((x) => [x.text, x.ruleIds])).toEqual([['$5000/month', ['A1.a', 'A1.b']]]);
  });

  it('markdown: escapes Markdown punctuation and bolds each line of a span, spaces outside the marks', () => {
    const t = '# Job *now*\nWork in [Dubai](x) for 5_000 $\n\nCall +971 50';
    const r = { indicators: [ind(t, 'E1.a', 'Role', ['Dubai](x) for 5_000 $\n\nCall']), ind(t, 'F1.a', 'Contact', ['+971 50'])] };
    expect(highlight(t, r, { format: 'markdown' })).toBe('\\# Job \\*now\\*\nWork in \\[**Dubai\\]\\(x\\) for 5\\_000 \\$**\n\n**Call** **\\+971 50**');
  });

  it('ansi: colours spans and shows control characters from the ad as visible symbols', () => {
    const t = 'Hostess\u001b[2J job\r\nin Dubai\u0007';
    const r = { indicators: [ind(t, 'E1.a', 'Role', ['Hostess']), ind(t, 'E1.b', 'Place', ['job\r\nin Dubai'])] };
    expect(highlight(t, r, { format: 'ansi' })).toBe('\u001b[30;43mHostess\u001b[0m\u241b[2J \u001b[30;43mjob\u001b[0m\n\u001b[30;43min Dubai\u001b[0m\u2407');
  });

  it('on a real result: one mark per merged range, every span inside a mark, text unchanged once tags are removed', () => {
    const ad = 'Girls 18-25 wanted as hostesses in Dubai! Salary $5000 per month. Your passport will be kept by the agency. Ticket is deducted from your salary. WhatsApp only +971 50 123 4567 <b>';
    const r = screen(ad);
    const html = highlight(ad, r);
    const ranges = highlightRanges(ad, r);
    expect(ranges.length).toBeGreaterThan(5);
    expect(html.match(/<mark /g)?.length).toBe(ranges.length);
    const unescape = (s: string): string => s.replace(/<\/?mark[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
    expect(unescape(html)).toBe(ad);
    for (const i of r.indicators) for (const s of i.spans) expect(ranges.some((g) => g.start <= s.start && s.end <= g.end && g.ruleIds.includes(i.ruleId))).toBe(true);
    expect(highlight('Cook in Bishkek', screen('Cook in Bishkek'), { format: 'markdown' })).toBe('Cook in Bishkek');
  });

  it('rejects a result screened from another text, a bad format, and non-results', () => {
    const r = screen('Hostess job in Dubai, passport kept by the agency');
    expect(() => highlight('Another text entirely, long enough to hold the spans', r)).toThrow(InputError);
    expect(() => highlight('short', r)).toThrow(/pass the text that was screened/);
    expect(() => highlight('x', r, { format: 'pdf' as never })).toThrow(OptionsError);
    expect(() => highlight('x', {} as never)).toThrow(InputError);
    expect(() => highlight(42 as never, r)).toThrow(InputError);
  });
});

describe('fill', () => {
  it('replaces every placeholder, leaves text without one as it is, and gives an empty string for a missing variable', () => {
    expect(fill('Offer {{offer}} against {{baseline}} ({{ratio}}x).', { offer: 'USD 3,000', baseline: 'USD 600', ratio: 5 })).toBe('Offer USD 3,000 against USD 600 (5x).');
    expect(fill('{{a}}{{a}}', { a: 'x' })).toBe('xx');
    expect(fill('No placeholder.', { a: 'x' })).toBe('No placeholder.');
    expect(fill('Seen: "{{match}}"; {{missing}}.', { match: 'free ticket' })).toBe('Seen: "free ticket"; .');
    expect(fill('{not} {{ spaced }}', {})).toBe('{not} {{ spaced }}');
  });
});
