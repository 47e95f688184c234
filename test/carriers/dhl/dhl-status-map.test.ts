import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldDhlText, mapDhlEvent } from '../../../carriers/dhl/dhl-map-event.js';
import { DHL_DESTINATION_PROVIDERS, DHL_RULE_TABLES, DHL_STATUS_CODES, dhlRuleTablesFor } from '../../../carriers/dhl/dhl-status-map.js';
import { SubStatus, TrackingStatus } from '../../../src/index.js';

type Case = readonly [service: string, statusCode: string | null, text: string, status: string, subStatus: string];

/** Reference/carriers/dhl.md §5.2, one line per documented text (our fixtures' wording where DHL's is unverified). */
const DOCUMENTED_TEXTS: readonly Case[] = [
  ['express', null, 'Shipment information received', 'info_received', 'info_received'],
  ['express', null, 'Shipment picked up', 'in_transit', 'picked_up'],
  ['express', null, 'Processed at LEIPZIG - GERMANY', 'in_transit', 'processed'],
  ['express', null, 'Arrived at DHL Sort Facility CINCINNATI HUB - USA', 'in_transit', 'arrived_at_facility'],
  ['express', null, 'Arrived at Sort Facility LEIPZIG - GERMANY', 'in_transit', 'arrived_at_facility'],
  ['express', null, 'Shipment has departed from a DHL facility LEIPZIG - GERMANY', 'in_transit', 'departed_facility'],
  ['express', null, 'Departed Facility in LEIPZIG - GERMANY', 'in_transit', 'departed_facility'],
  ['express', null, 'Shipment is in transit to destination', 'in_transit', 'in_transit'],
  ['express', null, 'Arrived at DHL Delivery Facility CHICAGO - USA', 'in_transit', 'received_at_destination_facility'],
  ['express', null, 'Customs clearance status updated. Note - clearance may start in transit.', 'customs_processing', 'customs_processing'],
  ['express', null, 'Customs status updated', 'customs_processing', 'customs_processing'],
  ['express', null, 'Clearance Delay', 'customs_held', 'customs_delayed'],
  ['express', null, 'Clearance processing complete at CINCINNATI HUB - USA', 'customs_cleared', 'customs_cleared'],
  ['express', null, 'Import duties and taxes are owed by the receiver before release', 'awaiting_payment', 'duties_taxes_due'],
  ['express', null, 'Shipment is out with courier for delivery', 'out_for_delivery', 'out_for_delivery'],
  ['express', null, 'With delivery courier', 'out_for_delivery', 'out_for_delivery'],
  ['express', null, 'Scheduled for delivery', 'in_transit', 'delivery_scheduled'],
  ['express', null, 'Delivery attempted; recipient not home', 'delivery_attempted', 'recipient_unavailable'],
  ['express', null, 'Delivered', 'delivered', 'delivered'],
  ['express', null, 'Delivered - Signed for by: K. MEIER', 'delivered', 'signed_for'],
  ['parcel-de', 'pre-transit', 'Die Sendung wurde elektronisch angekündigt.', 'info_received', 'info_received'],
  ['parcel-de', 'transit', 'Die Sendung wurde vom Absender in der Filiale eingeliefert.', 'in_transit', 'picked_up'],
  ['parcel-de', 'transit', 'Die Sendung wurde für den Weitertransport vorbereitet.', 'in_transit', 'processed'],
  ['parcel-de', 'transit', 'Die Sendung wurde von DHL bearbeitet.', 'in_transit', 'processed'],
  ['parcel-de', 'transit', 'Die Sendung ist in der Region des Empfängers angekommen.', 'in_transit', 'arrived_at_destination'],
  ['parcel-de', 'transit', 'Die Sendung wurde zurückgestellt. Die Zustellung erfolgt voraussichtlich am nächsten Werktag.', 'in_transit', 'delivery_rescheduled'],
  ['parcel-de', 'transit', 'Die Sendung wurde in das Zustellfahrzeug geladen.', 'out_for_delivery', 'out_for_delivery'],
  ['parcel-de', 'delivered', 'Die Sendung wurde zugestellt.', 'delivered', 'delivered'],
  ['parcel-de', 'transit', 'Die Sendung liegt in der Filiale zur Abholung bereit.', 'available_for_pickup', 'available_for_pickup'],
  ['parcel-de', 'failure', 'Der Empfänger wurde nicht angetroffen.', 'delivery_attempted', 'recipient_unavailable'],
  ['parcel-de', 'failure', 'Rücksendung eingeleitet', 'returning_to_sender', 'returning_to_sender'],
  ['parcel-de', 'transit', 'Die Sendung wird zur Verzollung im Zielland vorbereitet.', 'customs_processing', 'customs_processing'],
  ['parcel-de', 'failure', 'Verzögerung in der Verzollung', 'customs_held', 'customs_delayed'],
  ['parcel-de', 'transit', 'Verzollung abgeschlossen', 'customs_cleared', 'customs_cleared'],
  ['ecommerce', 'unknown', 'LABEL CREATED', 'info_received', 'info_received'],
  ['ecommerce', 'pre-transit', 'DHL ECOMMERCE CURRENTLY AWAITING SHIPMENT FROM THE SHIPPER', 'info_received', 'info_received'],
  ['ecommerce', 'transit', 'PACKAGE RECEIVED AT DHL ECOMMERCE DISTRIBUTION CENTER', 'in_transit', 'picked_up'],
  ['ecommerce', 'transit', 'PROCESSED', 'in_transit', 'processed'],
  ['ecommerce', 'transit', 'PROCESSING COMPLETED AT ORIGIN', 'in_transit', 'processed'],
  ['ecommerce', 'transit', 'DEPARTURE ORIGIN DHL ECOMMERCE FACILITY', 'in_transit', 'departed_origin_facility'],
  ['ecommerce', 'transit', 'ARRIVAL DESTINATION DHL ECOMMERCE FACILITY', 'in_transit', 'arrived_at_facility'],
  ['ecommerce', 'unknown', 'CLOSE BAG', 'in_transit', 'processing'],
  ['ecommerce', 'unknown', 'SCANNED INTO SACK/CONTAINER', 'in_transit', 'processing'],
  ['ecommerce', 'transit', 'TENDERED TO DELIVERY SERVICE PROVIDER', 'in_transit', 'handed_over'],
  ['ecommerce', 'transit', 'ARRIVED USPS SORT FACILITY', 'in_transit', 'arrived_at_facility'],
  ['ecommerce', 'transit', 'PROCESSED THROUGH USPS SORT FACILITY', 'in_transit', 'processed'],
  ['ecommerce', 'transit', 'ARRIVAL AT POST OFFICE', 'in_transit', 'received_at_destination_facility'],
  ['ecommerce', 'transit', 'ARRIVED AT CUSTOMS', 'customs_processing', 'arrived_destination_country'],
  ['ecommerce', 'transit', 'OUT FOR DELIVERY', 'out_for_delivery', 'out_for_delivery'],
  ['ecommerce', 'transit', 'OUT FOR SECOND DELIVERY ATTEMPT', 'out_for_delivery', 'out_for_delivery'],
  ['ecommerce', 'delivered', 'DELIVERED', 'delivered', 'delivered'],
  ['ecommerce', 'delivered', 'DELIVERED - PARCEL LOCKER', 'delivered', 'delivered'],
  ['ecommerce', 'delivered', 'SECOND DELIVERY ATTEMPT SUCCESSFUL', 'delivered', 'delivered'],
];

/** The keyword fallback of reference §5.2 for divisions without their own table. */
const KEYWORD_FALLBACK: readonly Case[] = [
  ['parcel-uk', 'delivered', 'Your parcel has been returned to the sender', 'returned_to_sender', 'returned_to_sender'],
  ['parcel-uk', 'failure', 'Your parcel is being returned to the sender', 'returning_to_sender', 'returning_to_sender'],
  ['freight', 'failure', 'Shipment held by customs for inspection', 'customs_held', 'customs_inspection'],
  ['freight', 'failure', 'Customs hold at the border', 'customs_held', 'customs_held'],
  ['freight', 'failure', 'Duties and taxes must be paid before release', 'awaiting_payment', 'duties_taxes_due'],
  ['freight', 'transit', 'Customs clearance completed', 'customs_cleared', 'customs_cleared'],
  ['freight', 'transit', 'Shipment presented to customs', 'customs_processing', 'customs_processing'],
  ['parcel-nl', 'transit', 'The parcel is out for delivery', 'out_for_delivery', 'out_for_delivery'],
  ['parcel-nl', 'failure', 'We could not deliver: recipient not at home', 'delivery_attempted', 'recipient_unavailable'],
  ['parcel-nl', 'transit', 'Your parcel is ready for pickup at the DHL ServicePoint', 'available_for_pickup', 'available_for_pickup'],
  ['parcel-nl', 'transit', 'The parcel has been delivered to the parcel shop', 'available_for_pickup', 'available_for_pickup'],
  ['parcel-nl', 'delivered', 'The parcel has been delivered', 'delivered', 'delivered'],
  ['parcel-pl', 'transit', 'Przesyłka w drodze', 'in_transit', 'in_transit'],
  ['parcel-pl', 'failure', 'Przesyłka zatrzymana', 'exception', 'exception'],
  ['parcel-pl', 'pre-transit', 'Dane przesyłki otrzymane', 'info_received', 'info_received'],
];

function classify([service, statusCode, text]: Case) {
  return mapDhlEvent({ statusCode, texts: [text], service });
}

describe('DHL statusCode table', () => {
  it('holds exactly the five documented codes with their default pairs', () => {
    expect([...DHL_STATUS_CODES.codes].sort()).toEqual(['delivered', 'failure', 'pre-transit', 'transit', 'unknown']);
    expect(DHL_STATUS_CODES.map('pre-transit')).toMatchObject({ status: 'info_received', subStatus: 'info_received' });
    expect(DHL_STATUS_CODES.map('transit')).toMatchObject({ status: 'in_transit', subStatus: 'in_transit' });
    expect(DHL_STATUS_CODES.map('delivered')).toMatchObject({ status: 'delivered', subStatus: 'delivered' });
    expect(DHL_STATUS_CODES.map('failure')).toMatchObject({ status: 'exception', subStatus: 'exception' });
    expect(DHL_STATUS_CODES.map('unknown')).toMatchObject({ status: 'unknown', subStatus: 'unknown', known: true });
  });

  it('uses the default pair when no text rule matches', () => {
    expect(mapDhlEvent({ statusCode: 'transit', texts: ['Przesyłka w drodze'], service: 'parcel-pl' })).toMatchObject({
      status: 'in_transit',
      subStatus: 'in_transit',
      basis: 'status_code',
      statusCodeKnown: true,
      language: null,
    });
  });
});

describe('DHL text rules', () => {
  for (const testCase of DOCUMENTED_TEXTS) {
    const [service, statusCode, text, status, subStatus] = testCase;
    it(`maps ${service} "${text}" (statusCode ${statusCode ?? 'absent'}) to ${status} / ${subStatus}`, () => {
      expect(classify(testCase)).toMatchObject({ status, subStatus });
    });
  }

  for (const testCase of KEYWORD_FALLBACK) {
    const [service, statusCode, text, status, subStatus] = testCase;
    it(`falls back on keywords for ${service}: "${text}" gives ${status} / ${subStatus}`, () => {
      expect(classify(testCase)).toMatchObject({ status, subStatus });
    });
  }

  it('marks the language of the rule that matched', () => {
    expect(mapDhlEvent({ statusCode: 'delivered', texts: ['Die Sendung wurde zugestellt.'], service: 'parcel-de' }).language).toBe('de');
    expect(mapDhlEvent({ texts: ['Shipment picked up'], service: 'express' }).language).toBe('en');
    expect(mapDhlEvent({ statusCode: 'delivered', texts: ['Die Sendung wurde zugestellt.'], service: 'express' })).toMatchObject({ status: 'delivered', language: 'de' });
  });

  it('reads description first, then status, then remark', () => {
    expect(mapDhlEvent({ statusCode: 'transit', texts: ['Processed', 'OUT FOR DELIVERY'], service: 'ecommerce' }).subStatus).toBe('processed');
    expect(mapDhlEvent({ statusCode: 'transit', texts: [undefined, '  ', 'Shipment held by customs'], service: 'freight' })).toMatchObject({ status: 'customs_held' });
  });

  it('does not read a forecast, a negation or a handover as a delivery', () => {
    for (const text of ['Not delivered: business closed', 'The parcel will be delivered tomorrow', 'Delivered to local carrier for final delivery']) {
      expect(mapDhlEvent({ statusCode: 'transit', texts: [text], service: 'parcel-uk' }).status, text).not.toBe('delivered');
    }
    expect(mapDhlEvent({ statusCode: 'transit', texts: ['Die Zustellung erfolgt voraussichtlich heute, die Sendung wird zugestellt'], service: 'parcel-de' }).status).not.toBe('delivered');
    expect(mapDhlEvent({ statusCode: 'failure', texts: ['Die Sendung konnte nicht zugestellt werden.'], service: 'parcel-de' }).status).toBe('delivery_attempted');
  });

  it('does not read paid duties as duties owed', () => {
    expect(mapDhlEvent({ statusCode: 'transit', texts: ['Duties and taxes have been paid'], service: 'freight' }).status).not.toBe('awaiting_payment');
  });

  it('lets movement words refine transit but not overrule failure or delivered', () => {
    expect(mapDhlEvent({ statusCode: 'transit', texts: ['Arrived at hub'], service: 'freight' })).toMatchObject({ status: 'in_transit', subStatus: 'arrived_at_facility' });
    expect(mapDhlEvent({ statusCode: 'failure', texts: ['Arrived at hub'], service: 'freight' })).toMatchObject({ status: 'exception', subStatus: 'exception', basis: 'status_code' });
    expect(mapDhlEvent({ statusCode: 'delivered', texts: ['Processed at the depot'], service: 'freight' })).toMatchObject({ status: 'delivered', basis: 'status_code' });
  });

  it('lets the text decide under an undocumented statusCode but reports the code as unknown', () => {
    expect(mapDhlEvent({ statusCode: 'on-hold', texts: ['Customs status updated'], service: 'express' })).toMatchObject({
      status: 'customs_processing',
      statusCodeKnown: false,
    });
    expect(mapDhlEvent({ statusCode: 'on-hold', texts: ['Movement suspended'], service: 'express' })).toMatchObject({
      status: 'unknown',
      subStatus: 'unknown',
      basis: 'none',
      statusCodeKnown: false,
    });
  });

  it('gives unknown when neither the text nor the code says anything', () => {
    expect(mapDhlEvent({ texts: ['Something we have never seen'], service: 'express' })).toMatchObject({ status: 'unknown', subStatus: 'unknown', basis: 'none', statusCodeKnown: true });
    expect(mapDhlEvent({ statusCode: 'unknown', texts: ['Bag 17 closed'], service: 'ecommerce' })).toMatchObject({ status: 'unknown', basis: 'status_code', statusCodeKnown: true });
  });

  it('asks for the customs neighbour check only on the Express hold', () => {
    expect(mapDhlEvent({ texts: ['Shipment is on hold'], service: 'express' })).toMatchObject({ status: 'exception', subStatus: 'held', customsWhenNeighbour: true });
    expect(mapDhlEvent({ texts: ['Customs status updated'], service: 'express' }).customsWhenNeighbour).toBe(false);
  });

  it('tries the division table first, then the English and German fallbacks', () => {
    expect(dhlRuleTablesFor('express').map((table) => table.name)).toEqual(['express', 'generic', 'german']);
    expect(dhlRuleTablesFor('ecommerce-apac').map((table) => table.name)).toEqual(['ecommerce', 'generic', 'german']);
    expect(dhlRuleTablesFor('post-de').map((table) => table.name)).toEqual(['german', 'generic']);
    expect(dhlRuleTablesFor(undefined).map((table) => table.name)).toEqual(['generic', 'german']);
  });

  it('writes every rule with a real status and subStatus, null only with generic_update', () => {
    for (const table of DHL_RULE_TABLES) {
      table.rows.forEach(([phrases, status, subStatus], index) => {
        const label = `${table.name}#${index}`;
        expect(phrases.length, label).toBeGreaterThan(0);
        expect(SubStatus.safeParse(subStatus).success, label).toBe(true);
        if (status === null) expect(subStatus, label).toBe('generic_update');
        else expect(TrackingStatus.safeParse(status).success, label).toBe(true);
      });
    }
  });

  it('maps partner posts to post ids and leaves couriers without an id unnamed', () => {
    expect(DHL_DESTINATION_PROVIDERS.anpost).toBe('an-post');
    expect(DHL_DESTINATION_PROVIDERS.oepag).toBe('austrian-post');
    expect(DHL_DESTINATION_PROVIDERS.chronopost).toBeNull();
    expect(Object.hasOwn(DHL_DESTINATION_PROVIDERS, 'parcel-de')).toBe(false);
  });
});

describe('text folding and matching cost', () => {
  it('folds case, accents and spaces', () => {
    expect(foldDhlText('  Die  Sendung wurde\tZURÜCKGESTELLT. ')).toBe('die sendung wurde zuruckgestellt.');
  });

  it('folds ASCII text with or without odd white space as the general steps do', () => {
    // The general steps, which the ASCII paths skip parts of when they change nothing.
    const reference = (text: string) => text.slice(0, 1200).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 600);
    const character = fc.constantFrom('a', 'Z', '0', '.', ' ', ' ', '\t', '\n', '\r', '\v', '\f', '\u001f', 'é', '\u00a0');
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }).map((characters) => characters.join('')), (text) => {
        expect(foldDhlText(text)).toBe(reference(text));
      }),
      { numRuns: 3000, seed: 2026 },
    );
    expect(foldDhlText(`${'A '.repeat(400)}B`)).toBe(reference(`${'A '.repeat(400)}B`));
  });

  it('classifies a hostile 200 000-character text quickly, because only a bounded prefix is matched', () => {
    const hostile = `${'customs '.repeat(25_000)}hold`;
    const started = performance.now();
    for (let round = 0; round < 20; round++) mapDhlEvent({ statusCode: 'transit', texts: [hostile, hostile, hostile], service: 'freight' });
    expect(performance.now() - started).toBeLessThan(500);
    expect(mapDhlEvent({ statusCode: 'transit', texts: [hostile], service: 'freight' }).status).toBe('customs_processing');
  });
});
