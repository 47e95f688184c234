/**
 * Spanish tracking phrases (Correos, Correos Express, Latin American posts) → parceline status, one rule
 * per line (see `TextRule` in `classify-text.ts`). Phrases are matched with accents folded (`ñ` as `n`).
 *
 * Source: parceline's reference notes on text classification (`text-classification.md` §5: Correos and
 * Correos Express status sentences from public clients, a Correo Argentino status map, pickup notices).
 * The customs and duty wordings are general vocabulary (not seen verbatim) and fire only on explicit words.
 */
import type { TextRule } from '../classify-text.js';

const NOT_DELIVERED = ['no entregado', 'no ha podido ser entregado', 'no se pudo entregar', 'sera entregado', 'se realizara', 'previsto', 'prevista', 'intento de entrega', 'pendiente de entrega', 'entregado a'];

/** Spanish rules, in priority order within each intent. */
export const ES_TEXT_RULES: readonly TextRule[] = [
  { id: 'es.returned-to-sender', intent: 'returned', status: 'returned_to_sender', subStatus: 'returned_to_sender', any: ['devuelto al remitente', 'entregado al remitente', 'devuelto a origen', 'devuelto'], unless: ['sera devuelto', 'sera devuelta', 'en proceso de devolucion', 'en devolucion'], example: 'Devuelto al remitente' },
  { id: 'es.returning-to-sender', intent: 'returning', status: 'returning_to_sender', subStatus: 'returning_to_sender', any: ['en proceso de devolucion', 'en devolucion', 'devolucion en curso', 'regresa al remitente', 'retorno al remitente', 'sera devuelto al remitente'], example: 'Envío en proceso de devolución' },
  { id: 'es.delivered-to-carrier', intent: 'delivered_to_carrier', status: 'in_transit', subStatus: 'handed_over', any: ['entregado a', 'transferido a', 'traspasado a'], unless: ['entregado a destinatario', 'entregado a su destinatario', 'entregado a titular', 'entregado a cliente', 'entregado a aduana', 'entregado a la aduana'], handoffAfter: ['entregado a', 'transferido a', 'traspasado a'], example: 'Transferido a Correos de México para su entrega' },
  { id: 'es.delivered', intent: 'delivered', status: 'delivered', subStatus: 'delivered', any: ['entregado', 'entrega realizada', 'entrega efectuada', 'su envio esta entregado'], unless: NOT_DELIVERED, example: 'ENTREGADO. Su envío está entregado' },
  { id: 'es.available-for-pickup', intent: 'pickup', status: 'available_for_pickup', subStatus: 'available_for_pickup', any: ['pendiente de retiro', 'disponible para recoger', 'disponible para retirar', 'disponible en oficina', 'reclame en oficina', 'listo para recoger', 'listo para retirar'], example: 'Disponible para recoger en oficina' },
  { id: 'es.attempt-absent', intent: 'attempt', status: 'delivery_attempted', subStatus: 'recipient_unavailable', any: ['destinatario ausente', 'ausente'], example: 'EN ALMACÉN. Su envío no ha podido ser entregado por encontrarse el destinatario ausente' },
  { id: 'es.attempt-address', intent: 'attempt', status: 'delivery_attempted', subStatus: 'invalid_address', any: ['direccion incorrecta', 'direccion incompleta', 'direccion erronea', 'domicilio desconocido', 'destinatario desconocido'], example: 'No se pudo entregar: dirección incorrecta' },
  { id: 'es.attempt', intent: 'attempt', status: 'delivery_attempted', subStatus: 'delivery_attempted', any: ['intento de entrega fallido', 'entrega fallida', 'no ha podido ser entregado', 'no se pudo entregar', 'intento de entrega', 'no entregado'], unless: ['se realizara', 'previsto', 'prevista'], example: 'Intento de entrega fallido' },
  { id: 'es.out-for-delivery', intent: 'out_for_delivery', status: 'out_for_delivery', subStatus: 'out_for_delivery', any: ['en reparto', 'se encuentra en reparto', 'en proceso de entrega', 'en entrega', 'en proceso de distribucion', 'en ruta de entrega', 'en distribucion'], example: 'Su envío se encuentra en reparto' },
  { id: 'es.duties-due', intent: 'duties', status: 'awaiting_payment', subStatus: 'duties_taxes_due', any: ['pendiente de pago', 'pago de aranceles', 'impuestos a pagar', 'derechos de aduana', 'tasas aduaneras', 'pago de impuestos', 'aranceles'], unless: ['pagado', 'pagados', 'abonado', 'abonados'], example: 'Pendiente de pago de aranceles' },
  { id: 'es.customs-information-required', intent: 'customs_held', status: 'customs_held', subStatus: 'customs_information_required', any: ['documentacion', 'factura'], and: ['aduana', 'aduanero', 'aduanera'], unless: ['recibida', 'recibido'], example: 'Retenido en aduana: en espera de documentación' },
  { id: 'es.customs-held', intent: 'customs_held', status: 'customs_held', subStatus: 'customs_held', any: ['retenido en aduana', 'retenido por aduana', 'retenido por la aduana', 'detenido en aduana'], example: 'Retenido en aduana' },
  { id: 'es.customs-released', intent: 'customs_released', status: 'customs_cleared', subStatus: 'customs_cleared', any: ['liberado por aduana', 'liberado por la aduana', 'liberado de aduana', 'despachado de aduana', 'salida de aduana', 'despacho aduanero finalizado', 'aduana finalizada'], example: 'Liberado por aduana' },
  { id: 'es.customs-presented', intent: 'customs_presented', status: 'customs_processing', subStatus: 'customs_processing', any: ['en aduana', 'tramites aduaneros', 'tramite aduanero', 'despacho aduanero', 'presentado a aduana', 'entregado a aduana', 'entregado a la aduana', 'aduana'], example: 'En trámites aduaneros' },
  { id: 'es.unclaimed', intent: 'problem', status: 'exception', subStatus: 'unclaimed', any: ['no reclamado', 'no retirado', 'plazo de retiro vencido'], example: 'Envío no reclamado' },
  { id: 'es.refused', intent: 'problem', status: 'exception', subStatus: 'refused', any: ['rechazado', 'rehusado'], example: 'Rehusado por el destinatario' },
  { id: 'es.damaged', intent: 'problem', status: 'exception', subStatus: 'damaged', any: ['danado', 'averiado'], example: 'Envío dañado' },
  { id: 'es.lost', intent: 'problem', status: 'exception', subStatus: 'lost', any: ['extraviado', 'perdido'], example: 'Envío extraviado' },
  { id: 'es.delayed', intent: 'problem', status: 'exception', subStatus: 'delayed', any: ['retrasado', 'retraso'], example: 'Retraso en el transporte' },
  { id: 'es.held', intent: 'problem', status: 'exception', subStatus: 'held', any: ['retenido'], example: 'Retenido' },
  { id: 'es.arrived-destination-country', intent: 'destination', status: 'in_transit', subStatus: 'arrived_destination_country', any: ['llegada al pais de destino', 'llego al pais de destino', 'en el pais de destino', 'arribo al pais de destino'], example: 'Llegada al país de destino' },
  { id: 'es.at-destination-facility', intent: 'destination', status: 'in_transit', subStatus: 'received_at_destination_facility', any: ['instalaciones de destino', 'en destino'], example: 'EN DESTINO. Su envío está en nuestras instalaciones de destino' },
  { id: 'es.departed-origin-country', intent: 'origin', status: 'in_transit', subStatus: 'departed_origin_country', any: ['salida del pais de origen', 'salio del pais de origen', 'ha salido del pais de origen'], example: 'Salida del país de origen' },
  { id: 'es.in-transit', intent: 'movement', status: 'in_transit', subStatus: 'in_transit', any: ['en transito', 'en ruta a localidad de destino', 'en ruta', 'en camino'], example: 'EN RUTA A LOCALIDAD DE DESTINO' },
  { id: 'es.accepted', intent: 'accepted', status: 'in_transit', subStatus: 'picked_up', any: ['admitido', 'ha sido depositado', 'depositado en', 'recibido en oficina de origen'], unless: ['no admitido'], example: 'Admitido' },
  { id: 'es.info-received', intent: 'info', status: 'info_received', subStatus: 'info_received', any: ['pre-registrado', 'preregistrado', 'pre registrado', 'ya hemos recibido la informacion', 'informado'], unless: ['al destinatario', 'al cliente'], example: 'INFORMADO. Ya hemos recibido la información de su envío' },
];
