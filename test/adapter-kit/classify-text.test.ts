import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { SubStatus, TrackingStatus } from '../../src/schema/status.js';
import {
  MAX_CLASSIFIED_TEXT_LENGTH,
  TEXT_INTENTS,
  TEXT_LANGUAGES,
  classifyText,
  findCarrierIdByName,
  normalizeForMatching,
  textRulesOf,
  type TextLanguage,
} from '../../src/adapter-kit/classify-text.js';

type Case = readonly [text: string, status: string, subStatus: string];

/** Phrases as carriers print them (reference text-classification.md and carriers/china-post.md), one line each. */
const CASES: Readonly<Record<TextLanguage, readonly Case[]>> = {
  zh: [
    ['【美国】已妥投', 'delivered', 'delivered'],
    ['已签收,本人签收', 'delivered', 'signed_for'],
    ['您的快件已代签收【家人】', 'delivered', 'delivered'],
    ['投递结果反馈-妥投', 'delivered', 'delivered'],
    ['【哥伦比亚】安排投递', 'out_for_delivery', 'out_for_delivery'],
    ['快件正在派送中，请耐心等待', 'out_for_delivery', 'out_for_delivery'],
    ['投递结果反馈-未妥投', 'delivery_attempted', 'delivery_attempted'],
    ['已试投/投递失败', 'delivery_attempted', 'delivery_attempted'],
    ['因收件人名址有误/不详且电话无法接通，将再次联系', 'delivery_attempted', 'invalid_address'],
    ['等待客户网点取件', 'available_for_pickup', 'available_for_pickup'],
    ['送交出口海关', 'customs_processing', 'customs_processing'],
    ['出口海关/留存待验', 'customs_held', 'customs_inspection'],
    ['出口海关/放行', 'in_transit', 'processed'],
    ['【美国】发送到境外海关部门', 'customs_processing', 'customs_processing'],
    ['已完成寄达地清关', 'customs_cleared', 'customs_cleared'],
    ['进口海关/放行', 'customs_cleared', 'customs_cleared'],
    ['等待清关资料', 'customs_held', 'customs_information_required'],
    ['【美国】待缴纳关税，请收件人支付税费', 'awaiting_payment', 'duties_taxes_due'],
    ['【上海市国际互换局】已出口直封', 'in_transit', 'processed'],
    ['邮件到达【上海市国际互换局】', 'in_transit', 'arrived_at_facility'],
    ['已交承运商运输', 'in_transit', 'in_transit'],
    ['航空公司启运', 'in_transit', 'departed_origin_country'],
    ['飞机进港，飞机进港（到达中转地）', 'in_transit', 'arrived_at_facility'],
    ['飞机进港（到达目的地）', 'in_transit', 'arrived_destination_country'],
    ['[莫斯科]已到达寄达地', 'in_transit', 'arrived_destination_country'],
    ['已到达【美国】投递局', 'in_transit', 'received_at_destination_facility'],
    ['离开境外经转局', 'in_transit', 'departed_facility'],
    ['中国邮政 已收取邮件', 'in_transit', 'picked_up'],
    ['速递大宗收寄处已收件', 'in_transit', 'picked_up'],
    ['邮件离开【上海王港邮件处理中心】，正在发往下一站', 'in_transit', 'departed_facility'],
    ['退回中', 'returning_to_sender', 'returning_to_sender'],
    ['已退回', 'returned_to_sender', 'returned_to_sender'],
    ['退回妥投', 'returned_to_sender', 'returned_to_sender'],
    ['运输延误', 'exception', 'delayed'],
    ['收件人拒收', 'exception', 'refused'],
  ],
  en: [
    ['Delivered, In/At Mailbox', 'delivered', 'delivered'],
    ['Final delivery', 'delivered', 'delivered'],
    ['Delivery to the addressee', 'delivered', 'delivered'],
    ['Out for Delivery', 'out_for_delivery', 'out_for_delivery'],
    ['Item out for physical delivery', 'out_for_delivery', 'out_for_delivery'],
    ['Unsuccessful (physical) delivery', 'delivery_attempted', 'delivery_attempted'],
    ['Delivery Attempted - Notice Left', 'delivery_attempted', 'notice_left'],
    ['Addressee absent', 'delivery_attempted', 'recipient_unavailable'],
    ['Item arrival at collection point for pick-up', 'available_for_pickup', 'available_for_pickup'],
    ['Item presented to import Customs', 'customs_processing', 'customs_processing'],
    ['Held by import Customs', 'customs_held', 'customs_held'],
    ['Item returned from import Customs', 'customs_cleared', 'customs_cleared'],
    ['Customs clearance processing complete', 'customs_cleared', 'customs_cleared'],
    ['Held for payment', 'awaiting_payment', 'duties_taxes_due'],
    ['Import duty to pay before delivery', 'awaiting_payment', 'duties_taxes_due'],
    ['Departure from outward office of exchange', 'in_transit', 'departed_origin_country'],
    ['Arrival at inward office of exchange', 'in_transit', 'arrived_destination_country'],
    ['Item being returned to sender', 'returning_to_sender', 'returning_to_sender'],
    ['Return initiated', 'returning_to_sender', 'returning_to_sender'],
    ['Delivered back to the sender', 'returned_to_sender', 'returned_to_sender'],
    ['Refused by addressee', 'exception', 'refused'],
    ['Posting/collection', 'in_transit', 'picked_up'],
    ['Electronic data received', 'info_received', 'info_received'],
  ],
  fr: [
    ['Votre colis est livré', 'delivered', 'delivered'],
    ['Distribué', 'delivered', 'delivered'],
    ["Distribué à l'expéditeur", 'returned_to_sender', 'returned_to_sender'],
    ["Retourné à l'expéditeur", 'returning_to_sender', 'returning_to_sender'],
    ['Mis en distribution', 'out_for_delivery', 'out_for_delivery'],
    ['Le destinataire était absent lors de la livraison', 'delivery_attempted', 'recipient_unavailable'],
    ["En attente d'être retiré au guichet", 'available_for_pickup', 'available_for_pickup'],
    ['Entrée en douane', 'customs_processing', 'customs_processing'],
    ['Votre colis est retenu en douane', 'customs_held', 'customs_held'],
    ['Les formalités import/export de votre colis sont terminées', 'customs_cleared', 'customs_cleared'],
    ['Frais de douane à régler', 'awaiting_payment', 'duties_taxes_due'],
    ['Votre colis est arrivé en France', 'in_transit', 'arrived_destination_country'],
    ['Pris en charge', 'in_transit', 'picked_up'],
    ['Déclaratif réceptionné', 'info_received', 'info_received'],
  ],
  de: [
    ['Die Sendung wurde zugestellt.', 'delivered', 'delivered'],
    ['Die Sendung wurde in das Zustellfahrzeug geladen. Die Zustellung erfolgt voraussichtlich heute.', 'out_for_delivery', 'out_for_delivery'],
    ['Erfolgloser Zustellversuch, Empfänger nicht zu Hause', 'delivery_attempted', 'recipient_unavailable'],
    ['Die Sendung liegt zur Abholung bereit', 'available_for_pickup', 'available_for_pickup'],
    ['Verzögerung in der Verzollung', 'customs_held', 'customs_delayed'],
    ['Verzollung abgeschlossen', 'customs_cleared', 'customs_cleared'],
    ['Einfuhrabgaben zu zahlen', 'awaiting_payment', 'duties_taxes_due'],
    ['Die Sendung ist im Zielland eingetroffen', 'in_transit', 'arrived_destination_country'],
    ['Rücksendung eingeleitet', 'returning_to_sender', 'returning_to_sender'],
    ['Die Sendung wurde vom Absender in der Filiale eingeliefert', 'in_transit', 'picked_up'],
  ],
  es: [
    ['ENTREGADO. Su envío está entregado.', 'delivered', 'delivered'],
    ['EN REPARTO', 'out_for_delivery', 'out_for_delivery'],
    ['En proceso de entrega', 'out_for_delivery', 'out_for_delivery'],
    ['Intento de entrega fallido', 'delivery_attempted', 'delivery_attempted'],
    ['Pendiente de retiro', 'available_for_pickup', 'available_for_pickup'],
    ['Retenido en aduana', 'customs_held', 'customs_held'],
    ['Liberado por aduana', 'customs_cleared', 'customs_cleared'],
    ['Pendiente de pago de impuestos', 'awaiting_payment', 'duties_taxes_due'],
    ['Devuelto al remitente', 'returned_to_sender', 'returned_to_sender'],
    ['En proceso de devolución', 'returning_to_sender', 'returning_to_sender'],
    ['Admitido', 'in_transit', 'picked_up'],
    ['Pre-registrado', 'info_received', 'info_received'],
  ],
};

describe('text rules as data', () => {
  for (const language of TEXT_LANGUAGES) {
    it.each(textRulesOf(language).map((rule) => [rule.id, rule.example] as const))(`rule %s classifies its own example (${language})`, (id, example) => {
      expect(classifyText(example, { language }).rule).toBe(id);
    });
  }

  it('gives every rule a unique id in its language, a valid intent, status and subStatus, and phrases that survive normalization', () => {
    const ids = new Set<string>();
    for (const language of TEXT_LANGUAGES) {
      for (const rule of textRulesOf(language)) {
        expect(rule.id.startsWith(`${language}.`), rule.id).toBe(true);
        expect(ids.has(rule.id), rule.id).toBe(false);
        ids.add(rule.id);
        expect(TEXT_INTENTS).toContain(rule.intent);
        expect(TrackingStatus.safeParse(rule.status).success, rule.id).toBe(true);
        expect(SubStatus.safeParse(rule.subStatus).success, rule.id).toBe(true);
        for (const phrase of [...rule.any, ...(rule.and ?? []), ...(rule.unless ?? []), ...(rule.handoffAfter ?? [])]) {
          expect(normalizeForMatching(phrase.replace(/^\*|\*$/g, '')), `${rule.id}: ${phrase}`).not.toBe('');
        }
      }
    }
  });

  it('tries each language’s rules in the order of the intents', () => {
    for (const language of TEXT_LANGUAGES) {
      const ranks = textRulesOf(language).map((rule) => TEXT_INTENTS.indexOf(rule.intent));
      expect([...ranks].sort((a, b) => a - b)).toEqual(ranks);
    }
  });
});

describe('classifying carrier phrases', () => {
  for (const language of TEXT_LANGUAGES) {
    it.each(CASES[language])(`reads "%s" as %s / %s (${language})`, (text, status, subStatus) => {
      const result = classifyText(text);
      expect(result).toMatchObject({ status, subStatus, known: true, language, text });
    });
  }
});

describe('specific rules win over general ones', () => {
  it.each([
    ['Item returned from import Customs', 'customs_cleared'],
    ['Released from import customs', 'customs_cleared'],
    ['Delayed (customs clearance)', 'customs_held'],
    ['Pending payment confirmation prior to customs clearance', 'awaiting_payment'],
    ['Delivered to the postal operator of the country of destination', 'in_transit'],
    ['Refused by addressee, item being returned to sender', 'returning_to_sender'],
    ['退回妥投', 'returned_to_sender'],
    ['出口海关/放行', 'in_transit'],
    ['进口海关/留存待验', 'customs_held'],
  ])('reads "%s" as %s', (text, status) => {
    expect(classifyText(text).status).toBe(status);
  });
});

describe('guard words', () => {
  it.each([
    'will be delivered tomorrow',
    'Your parcel is expected to be delivered on Monday',
    'Die Zustellung erfolgt voraussichtlich heute',
    'Lo recibirá en la fecha de entrega prevista',
    'Votre colis sera livré demain',
  ])('does not read the forecast "%s" as delivered', (text) => {
    expect(classifyText(text).status).not.toBe('delivered');
  });

  it.each(['Not delivered', 'The item could not be delivered', 'Die Sendung konnte nicht zugestellt werden', '投递结果反馈-未妥投', 'Delivered to local carrier'])(
    'does not read "%s" as delivered',
    (text) => {
      expect(classifyText(text).status).not.toBe('delivered');
    },
  );

  it.each(['will be returned to sender', 'not yet returned to sender', 'could not be returned to sender', 'may be returned to sender', 'return initiated'])(
    'does not read "%s" as a completed return',
    (text) => {
      expect(classifyText(text).status).not.toBe('returned_to_sender');
    },
  );

  it('reads a pickup notice that warns about a return as a pickup', () => {
    expect(classifyText('Available for pickup at the post office; if not collected within 14 days it will be returned to sender').status).toBe('available_for_pickup');
  });

  it('does not read "undeliverable" or "Zustellversuch" as delivered', () => {
    expect(classifyText('Item undeliverable as addressed').subStatus).toBe('undeliverable');
    expect(classifyText('Zustellversuch').status).toBe('delivery_attempted');
  });
});

describe('unknown text', () => {
  it('answers unknown with the text kept exactly and no rule', () => {
    const text = '  Paket-Scan #4471 (intern) ';
    expect(classifyText(text)).toEqual({ status: 'unknown', subStatus: 'unknown', known: false, language: null, text });
  });

  it('says zh for unknown Chinese text and keeps the language asked for', () => {
    expect(classifyText('邮件信息核对完成')).toMatchObject({ known: false, language: 'zh', status: 'unknown' });
    expect(classifyText('xyzzy', { language: 'fr-CA' })).toMatchObject({ known: false, language: 'fr' });
  });

  it('gives unknown for empty and non-string input without throwing', () => {
    expect(classifyText('').known).toBe(false);
    expect(classifyText(undefined as unknown as string)).toMatchObject({ known: false, text: '' });
  });
});

describe('language', () => {
  it('uses only the rules of the language asked for', () => {
    expect(classifyText('Delivered', { language: 'fr' }).known).toBe(false);
    expect(classifyText('Delivered', { language: 'en-GB' })).toMatchObject({ known: true, language: 'en' });
  });

  it('detects Chinese from Han characters and tries every Latin language otherwise', () => {
    expect(classifyText('【法国】已妥投').language).toBe('zh');
    expect(classifyText('Sortie de douane').language).toBe('fr');
    expect(classifyText('Verzollung abgeschlossen').language).toBe('de');
    expect(classifyText('Liberado por aduana').language).toBe('es');
  });

  it('falls back to detection for a language it has no rules for', () => {
    expect(classifyText('Out for delivery', { language: 'ja' })).toMatchObject({ known: true, language: 'en' });
  });

  it('prefers the language whose common words the text uses when two languages tie', () => {
    expect(classifyText('La livraison est reportée pour absence du destinataire')).toMatchObject({ language: 'fr', subStatus: 'recipient_unavailable' });
  });
});

describe('handoff carrier', () => {
  it.each([
    ['Item handed over to USPS for delivery', 'USPS', 'usps'],
    ['Tendered to the United States Postal Service', 'United States Postal Service', 'usps'],
    ['Transferred to Canada Post', 'Canada Post', 'canada-post'],
    ['Die Sendung wird ins Zielland transportiert und dort an die Zustellorganisation (Royal Mail) übergeben', 'Royal Mail', 'royal-mail'],
    ['Colis remis au transporteur La Poste pour la livraison', 'La Poste', 'la-poste'],
    ['Transferido a Correos de México para su entrega', 'Correos de México', 'correos-de-mexico'],
    ['邮件已交由USPS投递', 'USPS', 'usps'],
  ])('names the next carrier in "%s"', (text, name, carrier) => {
    const result = classifyText(text);
    expect(result.subStatus).toBe('handed_over');
    expect(result.handoffCarrier).toEqual({ name, carrier });
  });

  it('keeps an unknown carrier’s name with a null id rather than guessing', () => {
    expect(classifyText('Forwarded to Speedy Couriers Ltd.').handoffCarrier).toEqual({ name: 'Speedy Couriers Ltd', carrier: null });
    expect(classifyText('邮件已转交给顺丰速运继续派送').handoffCarrier).toEqual({ name: '顺丰速运', carrier: null });
  });

  it('names no carrier when the text names none', () => {
    expect(classifyText('Handed over to the local carrier').handoffCarrier).toBeUndefined();
    expect(classifyText('Delivered to the postal operator of the country of destination').handoffCarrier).toBeUndefined();
    expect(classifyText('交给下一承运商').handoffCarrier).toBeUndefined();
  });

  it('does not read a customs or airline handover as a carrier handoff', () => {
    expect(classifyText('Handed over to customs').status).toBe('customs_processing');
    expect(classifyText('Handed over to the airline')).toMatchObject({ subStatus: 'in_transit' });
    expect(classifyText('Handed over to the airline').handoffCarrier).toBeUndefined();
  });

  it('finds carrier ids by the names texts use', () => {
    expect(findCarrierIdByName('U.S. Postal Service')).toBe('usps');
    expect(findCarrierIdByName('PostNL')).toBe('postnl');
    expect(findCarrierIdByName('Posten Norge')).toBe('posten-norge');
    expect(findCarrierIdByName('中国邮政')).toBe('china-post');
    expect(findCarrierIdByName('Acme Freight')).toBeNull();
  });
});

describe('normalization', () => {
  it('folds case, accents, sharp s, typographic apostrophes, width and spaces', () => {
    expect(normalizeForMatching('  Retourné à l’expéditeur ')).toBe("retourne a l'expediteur");
    expect(normalizeForMatching('Straße  ZUGESTELLT')).toBe('strasse zugestellt');
    expect(normalizeForMatching('飞机进港（到达目的地）')).toBe('飞机进港(到达目的地)');
  });
});

describe('cost on long and adversarial input', () => {
  const cases: [string, string][] = [
    ['repeated near-misses of a phrase', 'deliveredx '.repeat(20_000)],
    ['one letter repeated', 'a'.repeat(200_000)],
    ['almost-matching guard words', 'not del '.repeat(25_000)],
    ['Chinese near-misses', '妥'.repeat(100_000)],
    ['a handoff marker followed by a very long name', `handed over to ${'x'.repeat(100_000)}`],
    ['many brackets', '【'.repeat(50_000)],
  ];

  it.each(cases)('classifies %s quickly', (_, text) => {
    classifyText('warm up');
    const started = performance.now();
    const result = classifyText(text);
    const elapsed = performance.now() - started;
    expect(result.text).toBe(text);
    expect(elapsed).toBeLessThan(250);
  });

  it('grows about linearly with the text length below the length limit', () => {
    const short = 'deliveredx '.repeat(36);
    const long = 'deliveredx '.repeat(360);
    expect(long.length).toBeLessThan(MAX_CLASSIFIED_TEXT_LENGTH);
    const time = (text: string) => {
      const started = performance.now();
      for (let index = 0; index < 20; index++) classifyText(text);
      return performance.now() - started;
    };
    time(short);
    const ratio = time(long) / Math.max(time(short), 0.5);
    expect(ratio).toBeLessThan(40);
  });

  it('classifies the first characters of a text beyond the length limit', () => {
    const text = `Delivered ${' '.repeat(MAX_CLASSIFIED_TEXT_LENGTH)} not delivered`;
    expect(classifyText(text).status).toBe('delivered');
  });
});
