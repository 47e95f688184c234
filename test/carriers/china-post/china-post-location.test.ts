import { describe, expect, it } from 'vitest';
import { findChineseCity, findChineseCityAtStart, findChineseProvince } from '../../../src/adapter-kit/data/cn-cities.js';
import { readChinaPostPlace, resolveChinaPostTime } from '../../../carriers/china-post/china-post-location.js';

describe('Chinese place names', () => {
  it.each([
    ['深圳市', 'Shenzhen'],
    ['广州', 'Guangzhou'],
    ['上海市', 'Shanghai'],
    ['北京', 'Beijing'],
    ['义乌市', 'Yiwu'],
    ['东莞市', 'Dongguan'],
    ['杭州市', 'Hangzhou'],
    ['绥芬河市', 'Suifenhe'],
  ])('translates the city %s to %s', (chinese, name) => {
    expect(findChineseCity(chinese)).toEqual({ name, countryCode: 'CN' });
  });

  it('translates provinces with their suffixes and keeps Hong Kong and Macao as their own countries', () => {
    expect(findChineseProvince('广东省')).toEqual({ name: 'Guangdong', countryCode: 'CN' });
    expect(findChineseProvince('新疆维吾尔自治区')).toEqual({ name: 'Xinjiang', countryCode: 'CN' });
    expect(findChineseProvince('上海市')).toEqual({ name: 'Shanghai', countryCode: 'CN' });
    expect(findChineseProvince('香港特别行政区')).toEqual({ name: 'Hong Kong', countryCode: 'HK' });
    expect(findChineseCity('澳门')).toEqual({ name: 'Macao', countryCode: 'MO' });
  });

  it('finds the city an office name starts with, and nothing for unknown names', () => {
    expect(findChineseCityAtStart('广州市国际互换局')).toEqual({ name: 'Guangzhou', countryCode: 'CN' });
    expect(findChineseCityAtStart('北京国际邮件处理中心')).toEqual({ name: 'Beijing', countryCode: 'CN' });
    expect(findChineseCityAtStart('某某邮件处理中心')).toBeNull();
    expect(findChineseCity('某某市')).toBeNull();
    expect(findChineseProvince('')).toBeNull();
  });
});

describe('where a trace item happened', () => {
  it('reads a China Post office with province, city and facility', () => {
    expect(readChinaPostPlace({ opOrgCode: '20120300', opOrgName: '上海市国际互换局', opOrgProvName: '上海市', opOrgCity: '上海市' })).toEqual({
      location: { city: 'Shanghai', region: 'Shanghai', countryCode: 'CN', facility: '上海市国际互换局' },
      scope: 'domestic',
    });
  });

  it('keeps names missing from the table as written, and takes the city from the office name when the city is empty', () => {
    expect(readChinaPostPlace({ opOrgCode: '84400011', opOrgName: '石河子邮件处理中心', opOrgProvName: '新疆维吾尔自治区', opOrgCity: '石河子市' }).location).toEqual({
      city: '石河子',
      region: 'Xinjiang',
      countryCode: 'CN',
      facility: '石河子邮件处理中心',
    });
    expect(readChinaPostPlace({ opOrgCode: '51000800', opOrgName: '广州市国际互换局' }).location).toEqual({ city: 'Guangzhou', countryCode: 'CN', facility: '广州市国际互换局' });
  });

  it('reads a destination-post event from the bracketed country, wherever the bracket stands', () => {
    expect(readChinaPostPlace({ opDesc: '【美国】已妥投' })).toEqual({ location: { countryCode: 'US' }, scope: 'abroad' });
    expect(readChinaPostPlace({ opDesc: '已到达【俄罗斯】投递局' })).toEqual({ location: { countryCode: 'RU' }, scope: 'abroad' });
    expect(readChinaPostPlace({ opDesc: '邮件到达【上海市国际互换局】', opOrgCode: '20120300', opOrgCity: '上海市' }).scope).toBe('domestic');
  });

  it('reads a UPU office code as the country of a destination event, but never a two-letter airline code', () => {
    expect(readChinaPostPlace({ opOrgCode: 'COBOGC', opDesc: '到达寄达地处理中心' })).toEqual({ location: { countryCode: 'CO', facility: 'COBOGC' }, scope: 'abroad' });
    expect(readChinaPostPlace({ opOrgCode: 'CA', opOrgCity: '', opDesc: '航空公司启运' })).toEqual({ location: null, scope: 'unknown' });
    expect(readChinaPostPlace({ opOrgCode: '3', opOrgCity: '', opDesc: '航空公司接收' })).toEqual({ location: null, scope: 'unknown' });
  });
});

describe('when a trace item happened', () => {
  it('reads China Post scans in Beijing time as the location’s zone', () => {
    expect(resolveChinaPostTime('2025-08-10 14:53:56', { location: { countryCode: 'CN' }, scope: 'domestic' })).toEqual({
      time: { occurredAt: '2025-08-10T06:53:56.000Z', localTime: '2025-08-10T14:53:56+08:00', timeZone: 'Asia/Shanghai', timeBasis: 'location_zone' },
    });
  });

  it('reads a one-zone destination country as the location’s zone, without warning', () => {
    expect(resolveChinaPostTime('2025-01-10 10:00:00', { location: { countryCode: 'FR' }, scope: 'abroad' })).toEqual({
      time: { occurredAt: '2025-01-10T09:00:00.000Z', localTime: '2025-01-10T10:00:00+01:00', timeZone: 'Europe/Paris', timeBasis: 'location_zone' },
    });
  });

  it('assumes a zone with a warning for a country of several zones', () => {
    const resolved = resolveChinaPostTime('2025-01-10 10:00:00', { location: { countryCode: 'US' }, scope: 'abroad' });
    expect(resolved?.time).toEqual({ occurredAt: '2025-01-10T15:00:00.000Z', localTime: '2025-01-10T10:00:00-05:00', timeZone: 'America/New_York', timeBasis: 'assumed_zone' });
    expect(resolved?.warning).toMatchObject({ code: 'ASSUMED_TIME_ZONE' });
  });

  it('assumes Beijing time with a warning when the scan has no country', () => {
    const resolved = resolveChinaPostTime('2025-08-11 13:27:00', { location: null, scope: 'unknown' });
    expect(resolved?.time).toEqual({ occurredAt: '2025-08-11T05:27:00.000Z', localTime: '2025-08-11T13:27:00+08:00', timeZone: 'Asia/Shanghai', timeBasis: 'assumed_zone' });
    expect(resolved?.warning?.message).toContain('Asia/Shanghai');
  });

  it('gives a date alone as date_only and refuses impossible dates', () => {
    expect(resolveChinaPostTime('2025-08-11', { location: { countryCode: 'CN' }, scope: 'domestic' })?.time.timeBasis).toBe('date_only');
    expect(resolveChinaPostTime('2025-13-01 10:00:00', { location: { countryCode: 'CN' }, scope: 'domestic' })).toBeNull();
    expect(resolveChinaPostTime('yesterday', { location: null, scope: 'unknown' })).toBeNull();
  });
});
