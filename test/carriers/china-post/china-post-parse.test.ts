import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CarrierResponseError, type ParsedEvent, type ParsedTracking } from '../../../src/adapter-kit/index.js';
import { normalize } from '../../../src/index.js';
import { chinaPost } from '../../../carriers/china-post/index.js';

const adapter = chinaPost();

function fixture(name: string): string {
  return readFileSync(new URL(`../../../fixtures/china-post/${name}.json`, import.meta.url), 'utf8');
}

function parse(name: string, trackingNumbers?: string[]): ParsedTracking[] {
  return adapter.parseTracking(fixture(name), trackingNumbers ? { trackingNumbers } : undefined);
}

function only(results: ParsedTracking[]): ParsedTracking {
  expect(results).toHaveLength(1);
  return results[0] as ParsedTracking;
}

function at(events: ParsedEvent[], index: number): ParsedEvent {
  expect(events.length, `event ${index} of ${events.length}`).toBeGreaterThan(index < 0 ? -index - 1 : index);
  return (index < 0 ? events[events.length + index] : events[index]) as ParsedEvent;
}

const codes = (events: ParsedEvent[]) => events.map((event) => event.carrierStatus.code);
const pairs = (events: ParsedEvent[]) => events.map((event) => `${event.status}/${event.subStatus}`);

/** The open platform's envelope around a list of trace items, as the 040001 answer carries it. */
function envelope(items: unknown[], extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ serialNo: 's-1', retCode: '00000', retMsg: 'ok', retBody: JSON.stringify({ responseItems: items }), retDate: '2025-01-01 00:00:00', success: true, ...extra });
}

const ACCEPTED = { waybillNo: '1173920485163', opTime: '2025-09-01 16:20:11', opOrgProvName: '广东省', opOrgCity: '东莞市', opOrgCode: '52300102', opOrgName: '东莞市长安揽投部', opCode: '203', opName: '收寄计费信息', opDesc: '您的快件已被【东莞市长安揽投部】收寄' };

describe('parsing fixture track-delivered-domestic.json', () => {
  const parsed = only(parse('track-delivered-domestic'));

  it('gives one found item with every trace item as an event, in the order sent', () => {
    expect(parsed.trackingNumber).toBe('1173920485163');
    expect(parsed.outcome).toBe('found');
    expect(codes(parsed.events)).toEqual(['203', '305', '954', '989', '954', '989', '954', '702', '704']);
    expect(at(parsed.events, 0)).toMatchObject({ status: 'in_transit', subStatus: 'picked_up' });
    expect(at(parsed.events, 7)).toMatchObject({ status: 'out_for_delivery', subStatus: 'out_for_delivery' });
    expect(at(parsed.events, -1)).toMatchObject({ status: 'delivered', subStatus: 'signed_for' });
  });

  it('reads Beijing wall times in Asia/Shanghai as the scan location’s zone', () => {
    expect(at(parsed.events, 0).time).toEqual({ occurredAt: '2025-09-01T08:20:11.000Z', localTime: '2025-09-01T16:20:11+08:00', timeZone: 'Asia/Shanghai', timeBasis: 'location_zone' });
    expect(at(parsed.events, -1).time).toEqual({ occurredAt: '2025-09-03T03:27:48.000Z', localTime: '2025-09-03T11:27:48+08:00', timeZone: 'Asia/Shanghai', timeBasis: 'location_zone' });
    expect(parsed.warnings).toEqual([]);
  });

  it('translates Chinese cities and provinces and keeps the office’s Chinese name as facility', () => {
    expect(at(parsed.events, 0).location).toEqual({ city: 'Dongguan', region: 'Guangdong', countryCode: 'CN', facility: '东莞市长安揽投部' });
    expect(at(parsed.events, -1).location).toEqual({ city: 'Hangzhou', region: 'Zhejiang', countryCode: 'CN', facility: '杭州市西湖区文三路揽投部' });
    expect(parsed.origin).toEqual({ city: 'Dongguan', region: 'Guangdong', countryCode: 'CN' });
    expect(parsed.destination).toBeNull();
  });

  it('keeps the carrier’s code and Chinese text, and the product as the service', () => {
    expect(at(parsed.events, -1).carrierStatus).toEqual({ code: '704', description: '已签收,本人签收', language: 'zh-CN' });
    expect(parsed.service).toEqual({ name: '标准快递' });
  });

  it('names no handoff for a domestic item and never surfaces the courier', () => {
    expect(parsed.handoffs).toEqual([]);
    expect(JSON.stringify(parsed)).not.toContain('王**');
    expect(JSON.stringify(parsed)).not.toContain('31712');
  });
});

describe('parsing fixture track-cross-border-us.json', () => {
  const parsed = only(parse('track-cross-border-us'));
  const events = parsed.events;

  it('maps China Post codes, UPU codes and texts to the whole cross-border story', () => {
    expect(events).toHaveLength(20);
    expect(codes(events)).toEqual(['203', '303', '305', '954', 'EXA', 'EXC', '423', '989', '404', '500', '457', '505', '459', '999', 'EME', '999', 'EDC', '461', '462', '463']);
    expect(pairs(events)).toEqual([
      'in_transit/picked_up',
      'in_transit/processed',
      'in_transit/departed_facility',
      'in_transit/arrived_at_facility',
      'customs_processing/customs_processing',
      'in_transit/processed',
      'in_transit/processed',
      'in_transit/departed_facility',
      'in_transit/in_transit',
      'in_transit/in_transit',
      'in_transit/departed_origin_country',
      'in_transit/arrived_destination_country',
      'in_transit/arrived_destination_country',
      'customs_processing/customs_processing',
      'customs_held/customs_held',
      'awaiting_payment/duties_taxes_due',
      'customs_cleared/customs_cleared',
      'in_transit/received_at_destination_facility',
      'out_for_delivery/out_for_delivery',
      'delivered/delivered',
    ]);
  });

  it('places the exchange office in Guangzhou and destination events in the United States', () => {
    expect(at(events, 3).location).toEqual({ city: 'Guangzhou', region: 'Guangdong', countryCode: 'CN', facility: '广州市国际互换局' });
    expect(at(events, 12).location).toEqual({ countryCode: 'US', facility: 'USJFKA' });
    expect(at(events, -1).location).toEqual({ countryCode: 'US' });
    expect(parsed.origin).toEqual({ city: 'Shenzhen', region: 'Guangdong', countryCode: 'CN' });
    expect(parsed.destination).toEqual({ countryCode: 'US' });
  });

  it('reads China scans in Beijing time, airline scans as assumed Beijing time, US scans in an assumed US zone', () => {
    expect(at(events, 0).time).toEqual({ occurredAt: '2025-08-18T07:42:10.000Z', localTime: '2025-08-18T15:42:10+08:00', timeZone: 'Asia/Shanghai', timeBasis: 'location_zone' });
    expect(at(events, 10).time).toEqual({ occurredAt: '2025-08-20T05:45:00.000Z', localTime: '2025-08-20T13:45:00+08:00', timeZone: 'Asia/Shanghai', timeBasis: 'assumed_zone' });
    expect(at(events, 10).location).toBeNull();
    expect(at(events, -1).time).toEqual({ occurredAt: '2025-08-27T18:16:00.000Z', localTime: '2025-08-27T14:16:00-04:00', timeZone: 'America/New_York', timeBasis: 'assumed_zone' });
    expect(parsed.warnings?.map((warning) => warning.code)).toEqual(['ASSUMED_TIME_ZONE', 'ASSUMED_TIME_ZONE']);
    expect(parsed.warnings?.[0]?.message).toContain('Asia/Shanghai');
    expect(parsed.warnings?.[1]?.message).toContain('America/New_York');
  });

  it('hands the item to USPS under the same S10 number on the first destination-post event', () => {
    const handoff = { carrier: 'usps', carrierName: 'United States Postal Service', trackingNumber: 'LZ506837246CN' };
    expect(at(events, 12).handoff).toEqual(handoff);
    expect(events.filter((event) => event.handoff !== undefined)).toHaveLength(1);
    expect(parsed.handoffs).toEqual([handoff]);
  });

  it('ends delivered, with the customs hold, the duties and the release on the way', () => {
    const [result] = normalize(adapter, fixture('track-cross-border-us'), { fetchedAt: '2025-08-28T00:00:00Z' });
    expect(result?.status).toBe('delivered');
    expect(result?.deliveredAt).toBe('2025-08-27T18:16:00.000Z');
    expect(result?.events.map((event) => event.status)).toEqual(expect.arrayContaining(['customs_held', 'awaiting_payment', 'customs_cleared']));
    expect(result?.service).toEqual({ name: 'e邮宝' });
  });
});

describe('parsing fixture track-returned-to-sender.json', () => {
  const parsed = only(parse('track-returned-to-sender'));

  it('reads the refusal at the door, the return, and the delivery back to the sender', () => {
    expect(parsed.events).toHaveLength(11);
    expect(at(parsed.events, 5)).toMatchObject({ status: 'delivery_attempted', subStatus: 'refused_at_delivery' });
    expect(at(parsed.events, 6)).toMatchObject({ status: 'returning_to_sender', subStatus: 'returning_to_sender' });
    expect(at(parsed.events, -1)).toMatchObject({ status: 'returned_to_sender', subStatus: 'returned_to_sender' });
    expect(at(parsed.events, -1).carrierStatus).toEqual({ code: '704', description: '已签收,本人签收', language: 'zh-CN' });
  });

  it('places Yiwu, Jinhua and Beijing', () => {
    expect(at(parsed.events, 0).location).toEqual({ city: 'Yiwu', region: 'Zhejiang', countryCode: 'CN', facility: '义乌市北苑揽投部' });
    expect(at(parsed.events, 1).location?.city).toBe('Jinhua');
    expect(at(parsed.events, 3).location).toEqual({ city: 'Beijing', region: 'Beijing', countryCode: 'CN', facility: '北京邮区中心局' });
  });

  it('gives the first and last instants in Beijing time', () => {
    expect(at(parsed.events, 0).time.occurredAt).toBe('2025-10-09T02:02:40.000Z');
    expect(at(parsed.events, -1).time.occurredAt).toBe('2025-10-14T02:41:37.000Z');
  });

  it('ends returned to sender', () => {
    const [result] = normalize(adapter, fixture('track-returned-to-sender'));
    expect(result?.status).toBe('returned_to_sender');
  });
});

describe('parsing fixture track-attempt-then-pickup.json', () => {
  const parsed = only(parse('track-attempt-then-pickup'));

  it('reads the failed attempt, the wait at the post office and the collection in France', () => {
    expect(parsed.events).toHaveLength(13);
    expect(pairs(parsed.events).slice(-4)).toEqual([
      'out_for_delivery/out_for_delivery',
      'delivery_attempted/recipient_unavailable',
      'available_for_pickup/available_for_pickup',
      'delivered/delivered',
    ]);
  });

  it('reads French scans in Europe/Paris as the location’s zone', () => {
    expect(at(parsed.events, -1).time).toEqual({ occurredAt: '2025-11-10T09:22:00.000Z', localTime: '2025-11-10T10:22:00+01:00', timeZone: 'Europe/Paris', timeBasis: 'location_zone' });
    expect(at(parsed.events, 0).time.occurredAt).toBe('2025-11-03T06:12:09.000Z');
  });

  it('hands the item to La Poste under the same number', () => {
    expect(parsed.handoffs).toEqual([{ carrier: 'la-poste', carrierName: 'La Poste', trackingNumber: 'LY418520965CN' }]);
    expect(at(parsed.events, 7).handoff).toEqual(parsed.handoffs?.[0]);
    expect(parsed.destination).toEqual({ countryCode: 'FR' });
  });

  it('warns only about the airline scan’s assumed zone', () => {
    expect(parsed.warnings).toHaveLength(1);
    expect(parsed.warnings?.[0]).toMatchObject({ code: 'ASSUMED_TIME_ZONE' });
  });
});

describe('parsing fixture track-not-found.json', () => {
  it('gives not_found for the number asked for', () => {
    expect(parse('track-not-found', ['lz 718302646 cn'])).toEqual([{ trackingNumber: 'LZ718302646CN', outcome: 'not_found', events: [] }]);
  });

  it('cannot attach the answer without the number, and says so', () => {
    expect(() => parse('track-not-found')).toThrow(CarrierResponseError);
  });

  it('normalizes to a pending result', () => {
    const [result] = normalize(adapter, fixture('track-not-found'), { trackingNumbers: ['LZ718302646CN'] });
    expect(result).toMatchObject({ outcome: 'not_found', status: 'pending', events: [] });
  });
});

describe('parsing fixture track-unknown-code.json', () => {
  const parsed = only(parse('track-unknown-code'));

  it('keeps the unknown code as an unknown event with its raw code and text, and warns', () => {
    expect(parsed.events).toHaveLength(2);
    expect(at(parsed.events, 1)).toMatchObject({ status: 'unknown', subStatus: 'unknown', carrierStatus: { code: '866', description: '邮件信息核对完成', language: 'zh-CN' } });
    expect(parsed.warnings).toEqual([
      { code: 'UNKNOWN_CARRIER_CODE', message: "china-post code 866 is not in parceline's table (carrier text: 邮件信息核对完成)", rawCode: '866' },
    ]);
  });

  it('lets the status in force stand', () => {
    const [result] = normalize(adapter, fixture('track-unknown-code'));
    expect(result?.status).toBe('in_transit');
    expect(result?.subStatus).toBe('picked_up');
  });
});

describe('parsing fixture push-jdpt-traces.json', () => {
  it('reads a JDPT push body with the same item fields', () => {
    const parsed = only(parse('push-jdpt-traces'));
    expect(parsed.trackingNumber).toBe('1062518394702');
    expect(pairs(parsed.events)).toEqual(['in_transit/picked_up', 'in_transit/arrived_at_facility']);
    expect(at(parsed.events, 1).location).toEqual({ city: 'Chengdu', region: 'Sichuan', countryCode: 'CN', facility: '成都邮区中心局' });
  });
});

describe('other accepted shapes', () => {
  it('reads retBody already parsed, as an object or as a list', () => {
    const asObject = { retCode: '00000', retBody: { responseItems: [ACCEPTED] } };
    const asList = { retCode: '00000', retBody: [ACCEPTED] };
    expect(only(adapter.parseTracking(asObject)).events).toHaveLength(1);
    expect(only(adapter.parseTracking(asList)).events).toHaveLength(1);
  });

  it('reads the JDPT query answer, with responseItems as a list or as JSON text', () => {
    const list = { responseState: true, errorDesc: '', receiveID: 'JDPT', responseItems: [ACCEPTED] };
    const text = { ...list, responseItems: JSON.stringify([ACCEPTED]) };
    expect(only(adapter.parseTracking(JSON.stringify(list))).events[0]?.subStatus).toBe('picked_up');
    expect(only(adapter.parseTracking(text)).events[0]?.subStatus).toBe('picked_up');
  });

  it('reads one decrypted 040002 push trace and a bare list of traces', () => {
    expect(only(adapter.parseTracking({ ...ACCEPTED, orderNo: 'A-1' })).trackingNumber).toBe('1173920485163');
    expect(only(adapter.parseTracking([ACCEPTED, { ...ACCEPTED, opCode: '954', opTime: '2025-09-01 22:48:03' }])).events).toHaveLength(2);
  });

  it('accepts numeric codes and items that name the number only as traceNo', () => {
    const item = { ...ACCEPTED, waybillNo: undefined, traceNo: '1173920485163', opCode: 203 };
    expect(only(adapter.parseTracking([item])).events[0]).toMatchObject({ subStatus: 'picked_up', carrierStatus: { code: '203' } });
  });

  it('splits a push that carries several numbers and adds not_found for a number asked for without items', () => {
    const other = { ...ACCEPTED, waybillNo: '9831472650193' };
    const results = adapter.parseTracking({ traces: [ACCEPTED, other] }, { trackingNumbers: ['1173920485163', 'LZ718302646CN'] });
    expect(results.map((result) => [result.trackingNumber, result.outcome])).toEqual([
      ['1173920485163', 'found'],
      ['9831472650193', 'found'],
      ['LZ718302646CN', 'not_found'],
    ]);
  });

  it('uses the number asked for when items do not name one', () => {
    const item = { ...ACCEPTED, waybillNo: undefined };
    expect(only(adapter.parseTracking([item], { trackingNumbers: ['1173920485163'] })).trackingNumber).toBe('1173920485163');
  });

  it('treats an empty or missing retBody as not found', () => {
    expect(adapter.parseTracking({ retCode: '00000', retBody: '' }, { trackingNumbers: ['LZ718302646CN'] })[0]?.outcome).toBe('not_found');
    expect(adapter.parseTracking({ retCode: '00000' }, { trackingNumbers: ['LZ718302646CN'] })[0]?.outcome).toBe('not_found');
  });
});

describe('bodies that are not tracking answers', () => {
  const expectResponseError = (raw: unknown, issue: RegExp, trackingNumbers?: string[]) => {
    let error: unknown;
    try {
      adapter.parseTracking(raw, trackingNumbers ? { trackingNumbers } : undefined);
    } catch (caught) {
      error = caught;
    }
    expect(CarrierResponseError.isInstance(error)).toBe(true);
    expect((error as CarrierResponseError).carrierId).toBe('china-post');
    expect((error as CarrierResponseError).issues.join('\n')).toMatch(issue);
  };

  it('refuses an envelope whose retCode is not 00000', () => {
    expectResponseError(envelope([], { retCode: 'B00012', retMsg: '业务处理失败' }), /retCode: B00012/);
  });

  it('refuses a JDPT answer whose responseState is false', () => {
    expectResponseError({ responseState: false, errorDesc: '签名错误', responseItems: [] }, /errorDesc: 签名错误/);
  });

  it('asks for decryption of an encrypted push', () => {
    expectResponseError({ logitcsInterface: '|$4|abc', method: '040002' }, /decrypt/);
  });

  it('refuses text that is not JSON and JSON of another shape', () => {
    expect(() => adapter.parseTracking('<html>502 Bad Gateway</html>')).toThrow(CarrierResponseError);
    expectResponseError({ hello: 'world' }, /expected retCode/);
    expectResponseError(42, /not an object/);
    expectResponseError({ retCode: '00000', retBody: 'not json' }, /not JSON/);
    expectResponseError({ retCode: '00000', retBody: { something: 'else' } }, /retBody: expected responseItems/);
  });

  it('refuses an item without a readable time, naming the path', () => {
    expectResponseError(envelope([{ ...ACCEPTED, opTime: undefined }]), /responseItems\.0\.opTime: missing/);
    expectResponseError(envelope([{ ...ACCEPTED, opTime: '2025-02-30 10:00:00' }]), /responseItems\.0\.opTime: not a real/);
  });

  it('refuses an item with neither a code nor a text', () => {
    expectResponseError(envelope([{ waybillNo: '1173920485163', opTime: '2025-09-01 16:20:11' }]), /no opCode, opName or opDesc/);
  });

  it('refuses items without a number when none was asked for', () => {
    expectResponseError(envelope([{ ...ACCEPTED, waybillNo: undefined }]), /waybillNo: missing/);
  });

  it('refuses fields of the wrong type with a typed error, not a TypeError', () => {
    expectResponseError(envelope([{ ...ACCEPTED, opDesc: { text: 'x' } }]), /opDesc/);
  });
});

describe('events that depend on their neighbours', () => {
  it('turns a delivery after a return signal into the return reaching the sender, in time order', () => {
    const returning = { ...ACCEPTED, opTime: '2025-09-02 09:00:00', opCode: '999', opName: '邮件状态变更', opDesc: '邮件退回中' };
    const delivered = { ...ACCEPTED, opTime: '2025-09-03 09:00:00', opCode: '704', opName: '投递结果反馈-妥投', opDesc: '已签收,本人签收' };
    // Sent newest first: the order of the body must not matter.
    const parsed = only(adapter.parseTracking([delivered, returning, ACCEPTED]));
    expect(parsed.events.map((event) => event.status)).toEqual(['returned_to_sender', 'returning_to_sender', 'in_transit']);
  });

  it('names no destination post for a number China Post did not issue', () => {
    const abroad = { ...ACCEPTED, waybillNo: 'RR918273640GB', opTime: '2025-09-05 10:00:00', opCode: '463', opOrgCode: '', opOrgName: '', opOrgProvName: '', opOrgCity: '', opDesc: '【美国】已妥投' };
    const parsed = only(adapter.parseTracking([{ ...ACCEPTED, waybillNo: 'RR918273640GB' }, abroad]));
    expect(parsed.handoffs).toEqual([]);
    expect(parsed.destination).toEqual({ countryCode: 'US' });
  });

  it('carries a handoff the text announces, with the partner’s name', () => {
    const item = { ...ACCEPTED, opTime: '2025-09-02 09:00:00', opCode: '999', opName: '邮件状态变更', opDesc: '邮件已转交给顺丰速运继续派送' };
    const parsed = only(adapter.parseTracking([ACCEPTED, item]));
    expect(at(parsed.events, 1)).toMatchObject({ status: 'in_transit', subStatus: 'handed_over', handoff: { carrier: null, carrierName: '顺丰速运', trackingNumber: null } });
    expect(parsed.handoffs).toEqual([{ carrier: null, carrierName: '顺丰速运', trackingNumber: null }]);
  });

  it('keeps a generic 999 whose text says nothing known as an informational event', () => {
    const item = { ...ACCEPTED, opTime: '2025-09-02 09:00:00', opCode: '999', opName: '邮件处理', opDesc: '邮件处理' };
    const parsed = only(adapter.parseTracking([ACCEPTED, item]));
    expect(at(parsed.events, 1)).toMatchObject({ status: null, subStatus: 'generic_update' });
    expect(parsed.warnings).toEqual([]);
  });

  it('classifies an unknown code by its text when the text is known, and still warns about the code', () => {
    const item = { ...ACCEPTED, opTime: '2025-09-02 09:00:00', opCode: '777', opName: '', opDesc: '【美国】已妥投' };
    const parsed = only(adapter.parseTracking([ACCEPTED, item]));
    expect(at(parsed.events, 1)).toMatchObject({ status: 'delivered', subStatus: 'delivered' });
    expect(parsed.warnings?.filter((warning) => warning.code === 'UNKNOWN_CARRIER_CODE').map((warning) => warning.rawCode)).toEqual(['777']);
  });
});
