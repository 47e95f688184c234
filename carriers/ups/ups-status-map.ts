/**
 * UPS code tables: every code of the UPS Track API code lists, mapped to parceline's status and subStatus.
 * One line per code or group of codes; the trailing comment is UPS's meaning in our words.
 *
 * Source: UPS Developer Portal, Track API appendix (developer.ups.com/api/reference/tracking/appendix):
 * "Package Activity Types", "Status/Description Codes", "Package Exceptions", "Movement Scans",
 * "Manifest Codes", "Updates", "Delivery Codes", "Mail Innovations", "Freight Activity" and
 * "Freight Exceptions", with the mappings proposed in parceline's reference notes for UPS (§5). Roll-up
 * pairs observed in UPS-API/api-documentation#7.
 *
 * A `null` status means "keep previous": the event is kept (raw code and text) but does not change the
 * shipment's status; it is always paired with `generic_update`. How a type, a code and a roll-up combine
 * into one answer is in `ups-map-activity.ts`.
 */
import { createStatusMapper, type StatusMapper, type StatusTableEntry } from '../../src/adapter-kit/index.js';
import type { SubStatus, TrackingStatus } from '../../src/adapter-kit/index.js';

/** One row of a UPS code list: codes (space-separated, exactly as UPS sends them), status, subStatus. */
export type UpsCodeGroup = readonly [codes: string, status: TrackingStatus | null, subStatus: SubStatus];

/** The UPS code lists that are looked up by activity type. */
export type UpsCodeTableName =
  | 'exceptions'
  | 'movement'
  | 'manifest'
  | 'updates'
  | 'delivery'
  | 'mailInnovations'
  | 'freightActivity'
  | 'freightExceptions';

/** Package exceptions (activity type `X`; also read for `I` after the movement scans). 687 codes. */
const EXCEPTION_GROUPS: readonly UpsCodeGroup[] = [
  ['29 1W 2B 7U B5 BG BH BJ BK BP DY EU EV EW FE GF GZ OQ R7 RR RS S2 S3 SJ SL SP X6 XA XB', 'customs_held', 'customs_information_required'], // Customs: UPS asked the receiver or importer for clearance information (recipient must act)
  ['40 43 71 4T 7T AO BA BB BD BE CX DN FF L2 L5 OT R6 RA S1 SN VP X5 X8 XC XE XG XN XO XV XW B9 D0 RX CZ', 'customs_held', 'customs_information_required'], // Customs: UPS asked the sender for clearance information (incl. missing invoice, power of attorney, hazmat labels for clearance) (sender must act)
  ['5 1U 2N 2T B4 B8 BW BX CE DE E4 E8 E9 L3 OB R4 R5 RD RE RM RP RZ SF SS VK X2 X3 X7 XJ XK XL XY LV Y4', 'customs_held', 'customs_held'], // Customs: a government agency must release the package (or it was handed to one)
  ['R1 RJ RU SV T9 YA 7P', 'customs_held', 'customs_held'], // Customs: waiting on the receiver's own (non-UPS) broker, or no broker assigned yet
  ['CN CP CT ES X9 CF', 'customs_held', 'customs_held'], // Customs: other holds (export/import gateway hold, General Order, entry rejected, receiver asked to be consulted first, return awaiting customs approval)
  ['TG', 'customs_held', 'customs_inspection'], // Customs: the clearing agency took a sample of the shipment
  ['OI', 'customs_held', 'customs_delayed'], // Customs: UPS Premier package delayed in customs
  ['4C 7I 7M B3 B6 BV C3 D5 DB ER HW S4 S5 SI SY X4 MI TE TT VQ VR X0 Y1 Y5 Z1', 'customs_processing', 'customs_processing'], // Customs: UPS is preparing, reviewing or (re)submitting the entry; documents received; in-bond move; awaiting final release
  ['DA Z3 XZ', 'customs_cleared', 'customs_cleared'], // Customs: released by the clearing agency / broker; may move on
  ['1C 7F D9 EY', 'awaiting_payment', 'duties_taxes_due'], // Import duties, taxes, import COD or value-of-goods charges are owed by the receiver
  ['1D E7', 'in_transit', 'generic_update'], // Import COD or value-of-goods charges were paid or billed (charges paid)
  ['2 3 4 8 11 CQ 16 17 19 22 31 68 87 1A 1B 1L 1O 1V 1X 2H 2Y 2Z 3A 3B 3C 3T 4K 4Y 6E 7G 7N 7Y 7Z 8A 8K 8L 8Y 8Z 9L 9M 9N 9O 9P 9Q 9R 9S 9T 9U 9V 9X 9Y 9Z C6 CC CD CL DC DR DU E3 ED EH EN GC GH GI GV HA HH K1 K2 LE LF MT NW Q1 S8 TI TN UK', 'exception', 'delayed_processing'], // Delay inside UPS's network (late trailer or transfer, trailer not dispatched, mechanical failure, operating conditions, late tender, sorting or processing error, unspecified)
  ['D4 15 23 46 B1 DG DQ P6 Q0 RY', 'exception', 'delayed'], // Delay from outside causes or limits (labour disputes not involving UPS, civil unrest, rail problems, remote area served only some days, service not offered at the address)
  ['1E 2A 3D 6D 7V 7W 7X C5 DF DJ PZ', 'exception', 'delayed_weather'], // Delay: weather, emergency or natural disaster (1E: reported by the post office for SurePost)
  ['18 1K 1Q CK CM FG HG NP OD', 'exception', 'delayed_flight'], // Delay: flight (late, cancelled, rerouted, not loaded, air traffic control, Premier flight/airport delay)
  ['7R 7S G6 G9', 'exception', 'delayed'], // Delay: security screening or x-ray inspection (not customs)
  ['6 7 34 D1 8G YI', 'exception', 'misrouted'], // Misrouted or mis-sorted (incl. SurePost sent to the wrong post office)
  ['60 73 1G 1H 9F D2 DP H9 HK HO I2 OR OS TX U0 U3 UN UR US', 'exception', 'rejected_by_carrier'], // Dangerous goods, lithium batteries, alcohol, tobacco, animals, plants or other prohibited/restricted contents; value or commodity not allowed
  ['1M', 'in_transit', 'problem_resolved'], // Dangerous-goods delay resolved; transit resumes
  ['4P 4Q C9 CA CV EX', 'exception', 'rejected_by_carrier'], // Package too long, too large or too heavy; needs pre-authorization or approval
  ['47 4Z A5 A6 A8 A9 AA AB AC AD AE AF AG AK AL AV AW C8 CW CY DS DW E1 FA H1 H2 H3 H4 H5 OJ PH TF', 'exception', 'address_issue'], // Address problem: wrong or missing parts of the address, illegible or detached label, PO box/APO/rural route not deliverable, vacant, out of business, area not served, phone number needed, name/address to verify
  ['A7', 'exception', 'customer_moved'], // Receiver has moved; UPS looks for a new address
  ['9I AH IJ 6G', 'in_transit', 'address_corrected'], // Address corrected or directions found; delivery rescheduled
  ['1 48 49 AX C4 KX OH 7L', 'delivery_attempted', 'recipient_unavailable'], // Attempted: receiver not available / missed (first, second or final attempt; on vacation)
  ['55 AY G3 L1 VL', 'delivery_attempted', 'business_closed'], // Attempted: receiving business closed (incl. Middle East weekend)
  ['51 52 KZ', 'delivery_attempted', 'security_customs_or_fees'], // Attempted: payment (COD) could not be collected (COD not paid)
  ['FM G7 G8', 'delivery_attempted', 'recipient_unavailable'], // Attempted: adult signature needed and not obtained
  ['IQ IR PI', 'delivery_attempted', 'security_customs_or_fees'], // Attempted: receiver could not give a valid PIN or proper ID (PIN/ID)
  ['84 95 H7', 'delivery_attempted', 'location_inaccessible'], // Attempted: access problem (security access, area closed for an event, does not fit in locker)
  ['GB HQ', 'delivery_attempted', 'notice_left'], // Attempted: generic / notice left
  ['89 2X 5R 6R', 'delivery_attempted', 'forwarded'], // Could not deliver; package goes to a UPS Access Point for pickup (to an Access Point)
  ['3J 3L 5Z 6L', 'delivery_attempted', 'location_inaccessible'], // Access Point could not take the package (closed, refused, ineligible); UPS tries again or goes back to the address
  ['5U 6B 6T 6Z 7E', 'exception', 'awaiting_information'], // Access Point problem needing the receiver's input (original AP unavailable, COD over AP limit, preferences unavailable, AP closing)
  ['AM AN AP AQ AS KI KR KS KT YE', 'exception', 'refused'], // Refused by the receiver (cancelled order, duplicate, no invoice, no COD, late, unwanted, not ordered, refused to pay COD, refused via post office)
  ['KQ', 'exception', 'refused'], // Refused because it looked damaged
  ['13 45 67 HD HE HN HR TV LQ', 'exception', 'damaged'], // Damaged in transit or reported damaged (held, inspected, liability)
  ['64', 'delivered', 'damaged'], // Damaged: contents partly or fully delivered anyway
  ['66 A3 A4', 'in_transit', 'damaged'], // Damaged: remainder delivered, damaged part returned or discarded (rest delivered)
  ['25 26 AJ', 'exception', 'lost'], // Contents missing (part or all of the merchandise)
  ['93 F8 S9 TJ UO UP TC', 'exception', 'lost'], // Lost: sent to lost and found, investigation, location being verified or unknown
  ['1F 8D A2 BZ NI YL', 'exception', 'disposed'], // Destroyed, disposed of or discarded (by government order, as undeliverable, at sender's request, by post office)
  ['IY J0', 'exception', 'exception'], // Seized by the post office (counterfeit, unpaid postage); will not be delivered
  ['YF YM', 'exception', 'undeliverable'], // Post office could not deliver (address) or sent it to the mail recovery centre
  ['24 27 65 90 3N 6C 7H 8H A1 CS DL H8 I1 KP O0 O4 RV UF XU 4R YJ YK', 'returning_to_sender', 'returning_to_sender'], // Returning to sender: ordered by shipper, refused, compliance, embargo, unclaimed at Access Point, damage, missing duty info, freight forwarding, post office return
  ['4S PP TU UA', 'returned_to_sender', 'returned_to_sender'], // Returned to the sender (completed)
  ['YU YV YW', 'exception', 'exception'], // Return-label or return-content problems (contents differ, label missing, Pack & Collect box not requested)
  ['63 99 2E 5T BF BQ BR BT D7 DD DT KO TA TK VI VJ Y2 Y3 T3', 'exception', 'awaiting_information'], // Carrier is trying to reach sender or receiver / waiting for instructions / package held
  ['30 33 91 C7 CH CJ OM', 'exception', 'exception'], // Billing/COD data problems, missing shipment data, duplicate or altered tracking number, request cancelled
  ['CG IB', 'in_transit', 'generic_update'], // A new tracking number replaces this one (follow it) (replacement number)
  ['5D G4 G5 KY TR', 'info_received', 'info_received'], // Origin pickup: shipper's package not ready, drop-off cancelled, pickup scheduled (pickup failed / scheduled)
  ['9D 9J 9K', 'in_transit', 'picked_up'], // Label printed/applied by UPS, The UPS Store or a retail location (package is with UPS) (dropped off)
  ['9C', 'info_received', 'info_received'], // Shipment created in UPS Mobile and linked to the number
  ['HF P4 Z5', 'in_transit', 'picked_up'], // Picked up / we have your package
  ['4F 4I 4J 72 77 P7 EO HM J8 LY UI VZ W8 YR YT', 'in_transit', 'in_transit'], // Normal movement: arrival, departure, processing, warehouse, storage, forwarding, special flight, in transit to facility
  ['2O F3', 'in_transit', 'departed_facility'], // Departed from facility / departure scan
  ['F0 GD', 'in_transit', 'arrived_at_facility'], // Arrival scan / arrived at facility
  ['HL PG RB', 'in_transit', 'processing'], // Processed or processing at a UPS facility
  ['IP XD', 'in_transit', 'arrived_destination_country'], // Import scan (entered the destination country)
  ['YX', 'in_transit', 'departed_origin_country'], // Export scan (left the origin country)
  ['4B F7 LX OA RC VX ZN ZV', 'in_transit', 'handed_over'], // Handed to the post office, a postal provider, an agent or a partner for the last mile (SurePost/Ground Saver, i-parcel agent, Express Critical partner)
  ['4H Y9 YG ZK ZW 2S', 'in_transit', 'in_transit'], // SurePost / Ground Saver moving within the postal network or scheduled for transfer (postal leg)
  ['YD ZM', 'delivery_attempted', 'notice_left'], // Post office attempted delivery (notice left / business closed)
  ['6P 76 VG', 'in_transit', 'delivery_scheduled'], // Scheduled for delivery today / next business day; redelivery today
  ['RK RL ZS ZX ZY ZZ', 'out_for_delivery', 'out_for_delivery'], // Out for delivery (incl. expedited for same-day delivery, out to an Access Point)
  ['4L F4 FN K7 KM KN', 'delivered', 'delivered'], // Delivered / receiver acknowledged receipt / lift gate used / receiver kept it
  ['FT', 'delivered', 'collected_by_recipient'], // Collected by the receiver (from an Access Point or UPS counter)
  ['I5 ZP 8I', 'available_for_pickup', 'available_for_pickup'], // Waiting at a UPS Access Point for the receiver (incl. status corrected back to available)
  ['5G', 'available_for_pickup', 'available_for_pickup'], // Waiting at an Access Point and close to the last day it will be held (last days)
  ['3P ZO', 'in_transit', 'in_transit'], // Package received back from an Access Point / prepared by an Access Point for UPS collection
  ['39 54 E2 O5 O8 O9 S7 TO UE UZ VB VE VN XS LZ', 'available_for_pickup', 'at_carrier_facility'], // Held at a UPS facility for pickup by the receiver or a courier (will call, hold for pickup, must be collected within 5 business days; compliance will call)
  ['LI MF UG Y7', 'in_transit', 'delivery_rescheduled'], // Held for a future delivery date (requested)
  ['14 37 78 79 2R 2U 2V 3Q 3R 3S 3U 3V 3W 4M 4N 5S 5V 5W 6H 6I 6J 6K 7C 7D 7Q 8M AT AZ E0 F5 FW G1 H6 HJ JA JB JC JH JI JJ K8 L0 L8 LH LU O1 O2 O3 O6 O7 OL R3 R8 RF RG RH RI RO RW S0 S6 SO SU T4 T5 T6 TB TH TL UD UT VA VD VF VH VM YS ZA ZB ZC ZD ZL 1P 8R I8 SX 92 I3', 'in_transit', 'generic_update'], // Delivery change or intercept requested, modified or completed (redirect, alternate address, hold, recovery intercept, My Choice, Access Point delivery, upgrades, Saturday delivery, reschedules, receiver instructions)
  ['56 59 8C 8E 8F K5 K6 2G 3Z 5A 5B 6W 6X GN GO GQ GR I9 UL UW UX LN LO 1T TS J9 T7 T8 V9 VU VV VW Z7 Z8 ZU', null, 'generic_update'], // Information only (no status change): late-delivery notes, guaranteed-refund requests, claims/investigations, return label created or discarded, UPS Premier cold-chain notes
];

/** Movement scans (activity type `I`). 38 codes. */
const MOVEMENT_GROUPS: readonly UpsCodeGroup[] = [
  ['AG', 'in_transit', 'in_transit'], // moving to a UPS facility
  ['AR', 'in_transit', 'arrived_at_facility'], // arrival at a UPS building
  ['AT', 'in_transit', 'in_transit'], // air transit scan
  ['CA', null, 'generic_update'], // earlier arrival scan cancelled (correction)
  ['CD', null, 'generic_update'], // earlier departure scan cancelled (correction)
  ['CL', null, 'generic_update'], // unload cancelled (correction)
  ['DL', 'in_transit', 'in_transit'], // loaded by driver (unverified whether outbound or delivery)
  ['DP', 'in_transit', 'departed_facility'], // left a UPS building
  ['DS', 'in_transit', 'arrived_at_destination'], // at the last UPS building before delivery
  ['EP', 'in_transit', 'departed_origin_country'], // export scan: crossed a border leaving
  ['HU', 'in_transit', 'in_transit'], // hub scan
  ['IP', 'in_transit', 'arrived_destination_country'], // import scan: crossed a border entering
  ['LC', 'in_transit', 'in_transit'], // location scan
  ['LM', 'in_transit', 'in_transit'], // location scan
  ['OC', 'in_transit', 'picked_up'], // origin scan of a bulk trailer load (the list's text also mentions label-only; check statusCode)
  ['OD', 'out_for_delivery', 'out_for_delivery'], // loaded on delivery vehicle (may be for a later day, e.g. Saturday load for Monday)
  ['OF', 'out_for_delivery', 'out_for_delivery'], // out for delivery (now reported as 'Loaded on Delivery Vehicle', statusCode 072)
  ['OR', 'in_transit', 'picked_up'], // origin scan: first time UPS has the package
  ['OT', 'out_for_delivery', 'out_for_delivery'], // out for delivery today
  ['PC', 'in_transit', 'picked_up'], // picked up by a UPS package car
  ['PL', 'info_received', 'info_received'], // label created; UPS does not have it yet
  ['PU', 'in_transit', 'picked_up'], // pickup scan (often at a UPS Store)
  ['PT', 'in_transit', 'picked_up'], // picked up by a UPS trailer
  ['SP', 'info_received', 'info_received'], // pickup scheduled today
  ['UA', null, 'generic_update'], // arrival updated (correction)
  ['UD', null, 'generic_update'], // departure updated (correction)
  ['UL', 'in_transit', 'in_transit'], // unload scan
  ['VP', 'info_received', 'info_received'], // pickup voided
  ['WH', 'in_transit', 'in_transit'], // in a UPS warehouse
  ['XA', 'in_transit', 'in_transit'], // at the local post office (postal leg)
  ['XD', 'in_transit', 'picked_up'], // dropped off (e.g. at a UPS Store)
  ['XR', 'in_transit', 'handed_over'], // received by the local post office
  ['YF', 'out_for_delivery', 'out_for_delivery'], // USPS out for delivery (post office)
  ['YH', 'in_transit', 'handed_over'], // received by the local post office
  ['YI', 'out_for_delivery', 'out_for_delivery'], // out for delivery to a UPS Access Point (to an Access Point)
  ['YM', 'in_transit', 'in_transit'], // moving to the local post office (postal leg)
  ['YN', 'in_transit', 'handed_over'], // received into the postal network
  ['YP', 'in_transit', 'delivery_scheduled'], // preparing for delivery (may be for a later day)
];

/** Manifest codes (activity types `M` and `MV`). */
const MANIFEST_GROUPS: readonly UpsCodeGroup[] = [
  ['DP', 'info_received', 'info_received'], // manifest processed; ready for UPS
  ['MP', 'info_received', 'info_received'], // billing information received; ready for UPS
  ['RD', 'info_received', 'info_received'], // label created; Roadie (UPS same-day partner) does not have it yet
  ['VP', 'exception', 'cancelled'], // manifest cancelled, shipment voided
];

/** Update codes (activity type `U`, Track Alert). */
const UPDATE_GROUPS: readonly UpsCodeGroup[] = [
  ['PX', null, 'generic_update'], // delivery photo available (enhanced users)
  ['UP', null, 'generic_update'], // delivery date changed
  ['UT', null, 'generic_update'], // delivery time changed
];

/** Delivery ("DIALS") codes: delivery locations and non-delivery reasons (types `D`, then `X`). 151 codes; UPS lists `EZ` twice. */
const DELIVERY_GROUPS: readonly UpsCodeGroup[] = [
  ['M1 M2 M3 M4 M5 M6 M7 M8 M9 MA MB MC MD ME MG MH MJ MK ML MM MN MP MQ MR MS MU MW MX AI ZF ZG ZH 8O PF P5 NL NT OZ 9E ZE 3F 3G', 'delivered', 'delivered'], // Delivered, with where/how: residential/commercial, front desk, reception, mail room, office, receiver, guard, door person, hostess, janitor, store, warehouse, receiving office, met customer, front/rear/side door, garage, porch, deck, patio, mailbox, carport, other, dock, shed, concierge, superintendent, management office, inside delivery, locker, delivery bag, meter box, security office, commercial inside release, released without signature (ASR used), other location at address, left with individual (location in text)
  ['3H', 'delivered', 'delivered_to_neighbor'], // Delivered to a neighbour at the receiver's request
  ['FV UC OO YC', 'delivered', 'delivered'], // Delivered (successful, completed, UPS Premier delivered, by the local post office)
  ['2W', 'delivered', 'collected_by_recipient'], // Collected by the receiver at a UPS Access Point
  ['B0', 'returned_to_sender', 'returned_to_sender'], // Delivered back to the original sender
  ['1N 2Q ZI EP', 'available_for_pickup', 'available_for_pickup'], // Waiting for the receiver: in a locker, at an Access Point, at a UPS retail location, SurePost held at the post office
  ['ZQ', 'available_for_pickup', 'at_carrier_facility'], // Held for collection (at UPS)
  ['5F', 'exception', 'unclaimed'], // Receiver did not collect; Access Point sent it back into UPS inventory
  ['7A', 'in_transit', 'forwarded'], // Delivery to a UPS Access Point next business day
  ['7B', 'in_transit', 'location_inaccessible'], // Could not be delivered to the Access Point; status update pending
  ['CI EA', 'delivery_attempted', 'recipient_unavailable'], // Not delivered: receiver not in / missed
  ['BI FO', 'delivery_attempted', 'business_closed'], // Not delivered: business closed or closed early
  ['DI', 'delivery_attempted', 'security_customs_or_fees'], // Not delivered: no money for COD (COD not paid)
  ['NS NX OE', 'delivery_attempted', 'location_inaccessible'], // Not delivered: gate code / security code needed
  ['50 BO DZ CU F2 MV', 'exception', 'address_issue'], // Not delivered: address wrong, room number needed, label missing or illegible, delivery information incomplete, postal code missing
  ['DO FZ 57', 'exception', 'delayed'], // Not delivered: other reason / no attempt / no attempt on the scheduled day
  ['53', 'exception', 'refused'], // Receiver refused
  ['BS FC', 'exception', 'awaiting_information'], // Could not reach the receiver; not forwarded
  ['FD', 'in_transit', 'problem_resolved'], // Phone number obtained (delivery continues)
  ['EG', 'in_transit', 'address_corrected'], // Address corrected (a special flight keeps the scheduled delivery)
  ['FB 7K EC', 'out_for_delivery', 'out_for_delivery'], // Being delivered after address correction / delivery attempt in progress / redispatched
  ['0 9 12 32 41 42 44 CB EF EL EM EK EI LM 98', 'exception', 'delayed'], // In-transit delays (incl. special flights arranged, missed connection, mechanical, service level not available, line flown)
  ['CR EJ', 'exception', 'delayed_weather'], // Local weather delay
  ['70 86', 'customs_processing', 'customs_processing'], // Customs: awaiting clearance; freight tendered to the designated broker
  ['B2 RQ ST', 'customs_held', 'customs_held'], // Customs: not yet released, other agency hold, customs reject
  ['DK L4', 'customs_held', 'customs_inspection'], // Customs: pre-inspection or inspection required
  ['ET SG', 'customs_held', 'customs_information_required'], // Customs: more government documents needed / pre-clearance impossible, information incomplete
  ['BN EZ 83', 'customs_cleared', 'customs_cleared'], // Customs cleared (incl. after noon; freight)
  ['61 62 BL RN', 'exception', 'rejected_by_carrier'], // Hazmat not allowed by air; restricted commodity (international or general) (restricted contents)
  ['BM', 'exception', 'rejected_by_carrier'], // Package dimensions over the limit
  ['28', 'exception', 'damaged'], // Damaged package held at a transit location
  ['GK KU', 'exception', 'lost'], // Contents shortage or fallout found by UPS / whole shipment not delivered (contents missing)
  ['2D 2J YH', 'in_transit', 'in_transit'], // SurePost / postal leg: arrived at or departed a USPS sort facility, post office will deliver in 1-2 days
  ['2K', 'out_for_delivery', 'out_for_delivery'], // Out for delivery with USPS (post office)
  ['A0', 'in_transit', 'picked_up'], // Package picked up at a USPS facility (unverified direction: likely UPS collecting from USPS)
  ['F7', 'in_transit', 'handed_over'], // SurePost handed to an agent for final delivery
  ['4X', 'in_transit', 'generic_update'], // Delivered to a UPS facility; tracking continues under an alternate number (replacement number)
  ['AU HI EQ', 'in_transit', 'generic_update'], // Receiver asked to hold for pickup / package intercepted / service upgrade with a special flight (delivery change)
  ['85 F0 F3', 'in_transit', 'in_transit'], // Freight processed into the warehouse; arrival and departure scans
  ['F1', 'in_transit', 'delivery_scheduled'], // Freight: delivery scheduled
  ['VS', 'in_transit', 'picked_up'], // Tendered to UPS
  ['74 L6 TW EB', 'exception', 'exception'], // Package lacks a tracking label / package data not in the system (ISPS) / awaiting supervisor approval / cancelled (shipment data)
  ['1Z 2C 38 GW 8N 8Q MY EE FI SB SE UJ CO', null, 'generic_update'], // Information only: earlier pickup requested/agreed, special request, none selected, release authorisation requested, return label left with receiver, already serviced, already picked up, pull/replace invoice, UPS internal activity
];

/** Mail Innovations shipping events (read first for Mail Innovations numbers). 213 codes; UPS lists `PX` for two sources. */
const MAIL_INNOVATIONS_GROUPS: readonly UpsCodeGroup[] = [
  ['ML MP MQ 2N Q0 PF', 'info_received', 'info_received'], // Shipment/order data received (by UPS MI, the post office or an international carrier); order shipped; export site has the details
  ['MV VS ZS', 'in_transit', 'picked_up'], // Tendered to / received by UPS Mail Innovations
  ['MU MW MX MY DS ZT ZU ZV ZR OF ZW P8 PA PB Q2 Q3 Q4 P3', 'in_transit', 'in_transit'], // Moving inside UPS MI or an international carrier (in transit, sorted, processed, arrived/departed facility, transit hub, en route to customer or USPS, ready for post-office entry)
  ['MR P7', 'in_transit', 'departed_origin_country'], // Exported; in transit to the destination country
  ['MZ P2', 'in_transit', 'arrived_destination_country'], // Arrived in the destination country (US or other)
  ['2O XA ZY ZX Q1', 'in_transit', 'handed_over'], // Handed to the post office / international carrier (accepted, acceptance pending, transferred; ZX: no further tracking after this)
  ['DQ DR DY DZ YI ZZ YH 1B EN ZN', 'in_transit', 'in_transit'], // Postal leg movement (accepted at USPS destination sort facility, arrived/departed USPS facility, arrived at post office, sorted by post office, USPS in possession, dispatched from USPS international service centre)
  ['YG S4 S5 S6 S7 S8', 'in_transit', 'forwarded'], // Forwarded to an address on file / moved
  ['SN RN', 'exception', 'misrouted'], // Misrouted / missorted
  ['MS P4 Q6', 'customs_processing', 'customs_processing'], // Customs: arrived, with customs, arrived at foreign customs
  ['P5 Q7', 'customs_cleared', 'customs_cleared'], // Customs: cleared (incl. by foreign customs)
  ['QM QN QQ', 'customs_held', 'customs_held'], // Customs: hold; handed to the customs authority; retained for unspecified reasons
  ['PD', 'customs_held', 'customs_delayed'], // Customs: clearance delay
  ['PK', 'customs_held', 'customs_inspection'], // Customs: held for inspection
  ['PO Q9 QA QB QC QD QE QF QG QH QI QJ QK QL QP', 'customs_held', 'customs_information_required'], // Customs: retained because documents or data are missing or wrong (invoice, certificate of origin, customs docs, licence, high-value declaration, import/VAT number, broker item id, returned-goods certificate, bank transfer document, incomplete consignment, proof of value, importer info) or information requested
  ['Q8', 'customs_held', 'customs_prohibited'], // Customs: retained because contents are prohibited
  ['R7', 'awaiting_payment', 'duties_taxes_due'], // Held by the carrier until charges are paid
  ['RC', 'out_for_delivery', 'out_for_delivery'], // Out for delivery with charges to pay on delivery (charges due on delivery)
  ['1A EL P9 RB RD RE', 'out_for_delivery', 'out_for_delivery'], // Out for delivery (post office or international carrier; incl. force majeure note)
  ['DL F4 P1 RQ YC', 'delivered', 'delivered'], // Delivered (incl. with signature)
  ['1E 1G PP', 'delivered', 'collected_by_recipient'], // Collected by addressee or agent at the post office / retrieved from an Access Point
  ['1C 1D AU DN ED YD P0 PC SO RP R1', 'available_for_pickup', 'available_for_pickup'], // Waiting for pickup (post office, Access Point, MI facility, destination pickup point; addressee asked to collect; redelivery or pickup possible)
  ['PE', 'available_for_pickup', 'available_for_pickup'], // Waiting at an Access Point, last day approaching (last days)
  ['P6 QS QU QW RF RG RI SR DM DP', 'delivery_attempted', 'recipient_unavailable'], // Delivery attempted: addressee unavailable or asked for a later time, delivery missed, redelivery scheduled or reminder
  ['DO ZM EC', 'delivery_attempted', 'location_inaccessible'], // Delivery attempted: no access to the delivery location; animal interference
  ['DU DV DW DX EM QT', 'delivery_attempted', 'notice_left'], // Delivery attempted, notice or message left (receptacle blocked or full, no secure location, no authorised recipient)
  ['RH', 'delivery_attempted', 'address_issue'], // Delivery missed because of a wrong address
  ['PG PL PU YE QX', 'exception', 'refused'], // Refused by the receiver (incl. during an attempt)
  ['EE EG EH PI PN RJ RK RM YF YJ', 'exception', 'address_issue'], // Address problem (insufficient, unknown addressee, vacant, incorrect, incomplete, no such number)
  ['YK', 'exception', 'customer_moved'], // Addressee moved, left no address
  ['RR EF YM', 'exception', 'undeliverable'], // Undeliverable as addressed / forwarding expired / sent to mail recovery centre
  ['QY QZ R0 R2 R4 R5 R6', 'exception', 'held'], // Held by the international carrier (generic, addressee moved / not located / unavailable / asked for later delivery, extraordinary circumstances, wrong address)
  ['R8 RL', 'exception', 'rejected_by_carrier'], // Held or not delivered because of prohibited contents (restricted contents)
  ['PX QR PH QV R3', 'exception', 'damaged'], // Damaged (incl. found damaged by carrier, damaged at Access Point, attempt with damaged item, held because damaged)
  ['R9', 'exception', 'lost'], // Lost
  ['RA', 'exception', 'unclaimed'], // Left unclaimed
  ['RS RT RU RV RW RX RY RZ S0 S1 S2 S3 YL', 'exception', 'disposed'], // Seized and/or destroyed (generic or after: move, unavailable, refused customs taxes, extraordinary circumstances, incomplete/incorrect address, damage, refusal, prohibited content, unclaimed, unknown addressee); dead mail disposed
  ['1F EI EJ EK KP XO XD PJ PQ PR PS PT PV PW S9 SA SB SC SD SE SF SG SH SI SJ SK SL SM SP', 'returning_to_sender', 'returning_to_sender'], // Being returned to the sender (by post office, UPS MI or international carrier; any reason incl. unclaimed, refused customs tax, no tax ID, banned content, address, damage; return out for delivery)
  ['SQ', 'returned_to_sender', 'returned_to_sender'], // Return delivered to the sender
  ['Q5', 'exception', 'rejected_by_carrier'], // Rejected by the international carrier
  ['00 PM', 'exception', 'delayed'], // Delays: processing or other delay, delivery delay
  ['EA PY', 'exception', 'delayed_weather'], // Delivery delayed by local weather
  ['EB MT', 'in_transit', 'delivery_rescheduled'], // Rescheduled to the next delivery day
];

/** Freight (forwarding) activity codes: three digits, read for any type; otherwise only for freight types `DO`, `DD`, `W`. */
const FREIGHT_ACTIVITY_GROUPS: readonly UpsCodeGroup[] = [
  ['000', 'unknown', 'unknown'], // No data
  ['001 003 004 006 015 016 036 037 038 039 072', 'info_received', 'info_received'], // Booking/forwarding/file information received; collection order; dates planned or revised (ready date, ETD, ETA, planned pickup, revised door ETA); origin/destination markers
  ['002 017 046 051 059 061 074', 'in_transit', 'picked_up'], // Received into UPS possession / picked up / on hand at origin / arrival at pickup location / trailer dropped at pickup location
  ['005 007 022 028 029 030 040 044 048 049 052 062 063 065 066 073 080', 'in_transit', 'in_transit'], // Moving: departure, transit legs, confirmed arrivals, gateway departure, service centre, UPS Freight location, rail transfers, warehouse storage, wrapped, on hand or available at destination, departed delivery location
  ['031', 'in_transit', 'arrived_destination_country'], // Arrived in the destination country
  ['032 033 034 035 041 042 043 045 047 056 067 068 069 070', 'customs_processing', 'customs_processing'], // Customs and import-security filing steps (documents moved between shipper, brokers and destination; registered with clearing agency; ISF accepted/matched; in-transit border clearances; shipment in customs)
  ['009 027', 'customs_cleared', 'customs_cleared'], // Cleared customs
  ['010', 'in_transit', 'handed_over'], // Tendered to the client's nominated carrier
  ['020 054', 'in_transit', 'delivery_scheduled'], // Delivery appointment made/scheduled
  ['011 055 057 060', 'out_for_delivery', 'out_for_delivery'], // Out for delivery; arrived at consignee; trailer dropped at consignee or delivery location (delivery confirmation pending)
  ['012 050', 'delivered', 'delivered'], // Delivered
  ['013', 'exception', 'exception'], // Exception (see the exception codes)
  ['014', 'exception', 'cancelled'], // Shipment information voided
  ['053 058', 'exception', 'lost'], // Shortage noted at receipt (contents missing)
];

/** Freight exception codes (freight types `DO`, `DD`, `W`). 207 codes. */
const FREIGHT_EXCEPTION_GROUPS: readonly UpsCodeGroup[] = [
  ['01 04 05 18 19 20 22 32 38 39 40 41 42 43 44 45 48 49 51 55 59 62 64 67 71 72 73 77 87 88 89 90 91 92 94 98 AR BL BM BP BW D3 DH EF F3 FX GD HA HD HN I3 I6 IJ IK IL IM IN IO IP MB MS SA TM U4 UL UM UZ', 'exception', 'delayed'], // Delays: breakdown, incident, equipment malfunction, forwarder or airline error, late information from carrier, weather, service-centre delay, special requirements, generic delay, hazmat load conflict, remote area, inaccessible area, airline backlog/downgrade/error, changed ETA/ETD, act of God, late documents, missed cut-off, carrier split, early loading, equipment or crew unavailable, ground handler, late lock-out/pier/document turnover, bumped, bad weather, booking not honoured, holiday, civil unrest, flight cancelled, gateway delay, accident, logistics-centre delay, congestion, traffic, vehicle accident, aircraft/truck mechanical, miscellaneous, booking not confirmed, transit delay, delayed departure, derailment, shunted, weekend, weight and balance, vessel/flight delayed, truck cancelled, trucker late, IT failure, exceeds allocation, aircraft rerouted, trade-lane exception
  ['11 24 26 46 56 61 99 A1 A2 A3 C7 EC HC HG G1 G2 G3 G4 G5 I2 I5 IS IT 84', 'customs_held', 'customs_held'], // Customs or other government hold, held at (export) customs, hold per broker, no broker assigned, consulate delay, AMS/ISF problems, homeland-security delay, late SCS filing, penalty, registered and pending clearing-agency review
  ['25 47 52 57 74 75 DP HE I1 I4 IF IG IQ', 'customs_held', 'customs_information_required'], // Customs: missing or incorrect documents or data (incomplete documentation, pending corrected documents, missing data, no ocean bill of lading, incorrect documents, late/missing information, data-entry error, incomplete shipping instructions, consignee information requested, customer discrepancy)
  ['58', 'awaiting_payment', 'duties_taxes_due'], // Customs: pending duties
  ['68 E4 EX AS', 'customs_cleared', 'customs_cleared'], // Customs released (AMS hold released, export released, released by clearing agency); US export filing submitted
  ['35 HF', 'customs_held', 'customs_prohibited'], // Seized or confiscated by customs
  ['02 C3 IE', 'delivery_attempted', 'delivery_attempted'], // Delivery attempted / unsuccessful attempt; freight brought back; re-attempt next business day
  ['07 08 B3 B4 B6 B7 B8 B9 C0 UI UK DE', 'exception', 'awaiting_information'], // Appointment needed or being arranged (phone disconnected/unlisted, message left, busy, no answer, email sent, wrong number); appointment scheduled
  ['UF', 'delivery_attempted', 'business_closed'], // Delivery location closed
  ['10 D1 D4 D5 E7 II RF UY', 'exception', 'refused'], // Refused by the consignee (all or part; damaged or short; no reason; payment refused); refused by shipper and consignee
  ['06 12 14 15 27 80 97 E8 E9 UJ TE TI', 'exception', 'damaged'], // Damage (in transit, at delivery, at receipt, package damage with contents intact, partial receipt, airline damage, pallet collapsed, OS&D, temperature excursion)
  ['03 16 17 31 34 36 70 LC LD PS UX', 'exception', 'lost'], // Shortage, lost cargo or documents, cannot be found, theft, loss of visibility
  ['28 29 30 F1 81 82 93', 'exception', 'exception'], // Overage or piece-count/weight discrepancy, picking/load error (shipment data)
  ['65 IA UG UN', 'exception', 'address_issue'], // Address problems: mislabelled, outside delivery zone, address validation requested, incorrect pickup address
  ['E1 E2 E5', 'in_transit', 'delivery_rescheduled'], // Address corrected and delivery rescheduled; delivery rescheduled; to be redelivered
  ['63 D2', 'in_transit', 'in_transit'], // Partial or split delivery; final delivery of a split shipment (partial delivery)
  ['21 33 53 66 F2 HU', 'exception', 'awaiting_information'], // Consignee delayed delivery; consolidation per consignee; hold for consolidation; waiting for customer disposition
  ['09', 'available_for_pickup', 'at_carrier_facility'], // Receiver will pick up at the TForce Freight facility
  ['83 85 E6', 'in_transit', 'generic_update'], // Reconsigned, diverted at request (delivery change)
  ['86', 'returning_to_sender', 'returning_to_sender'], // Returned to shipper at the shipper's request
  ['54 DG 69', 'exception', 'rejected_by_carrier'], // Dangerous goods refused; held for security reasons (restricted contents)
  ['96 MR', 'exception', 'misrouted'], // Misrouted by carrier / shipment misrouted
  ['IH UH', 'exception', 'exception'], // Payment not received / credit approval requested
  ['50 60 76 78 79 95 A4 A5 DX SC U2 U3 U6 UQ IC', 'exception', 'exception'], // Other operational exceptions: pickup cancelled, exception override, not ready for pickup, other, oversized cargo, shipment on hold, not booked, pending resolution, delivery comment, shipment cancelled, special equipment needed, tracking number unknown, free time expired, mechanical inspection requested, altered equipment seals
];

/**
 * Status/Description roll-ups (`status.statusCode`, sent zero-padded: `"005"`), keyed by their integer value.
 * 160 codes.
 */
export const UPS_ROLL_UP_TABLE: Readonly<Record<string, StatusTableEntry>> = {
  0: ['unknown', 'unknown'], // no status available
  3: ['info_received', 'info_received'], // label/shipment data ready; UPS does not have the package yet
  5: ['in_transit', 'in_transit'], // moving
  6: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  7: ['exception', 'cancelled'], // shipment data voided
  10: ['in_transit', 'in_transit'], // moving
  11: ['delivered', 'delivered'], // delivered
  12: ['customs_processing', 'customs_processing'], // customs clearance under way
  13: ['exception', 'exception'], // generic exception (read the activity code)
  14: ['customs_cleared', 'customs_cleared'], // customs clearance finished
  16: ['in_transit', 'in_transit'], // in a UPS warehouse
  17: ['available_for_pickup', 'at_carrier_facility'], // held for the customer to collect
  18: ['in_transit', 'generic_update'], // delivery change asked: hold for pickup
  19: ['in_transit', 'delivery_rescheduled'], // held until a future delivery date
  20: ['in_transit', 'generic_update'], // hold for future delivery requested (delivery change)
  21: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  22: ['delivery_attempted', 'delivery_attempted'], // first delivery attempt failed
  23: ['delivery_attempted', 'delivery_attempted'], // second delivery attempt failed
  24: ['delivery_attempted', 'delivery_attempted'], // final delivery attempt failed (final attempt)
  25: ['in_transit', 'in_transit'], // moving
  26: ['delivered', 'delivered'], // delivered by the local post office
  27: ['in_transit', 'generic_update'], // delivery address change requested (delivery change)
  28: ['in_transit', 'generic_update'], // delivery address changed (delivery change)
  29: ['exception', 'contact_carrier'], // exception needing someone to act (often address information)
  30: ['exception', 'exception'], // problem reported by the local post office
  32: ['exception', 'delayed_weather'], // bad weather may delay it
  33: ['returning_to_sender', 'returning_to_sender'], // return to sender requested
  34: ['returned_to_sender', 'returned_to_sender'], // back with the sender
  35: ['returning_to_sender', 'returning_to_sender'], // going back to the sender
  36: ['returning_to_sender', 'returning_to_sender'], // going back to the sender, moving
  37: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  38: ['in_transit', 'picked_up'], // picked up by UPS
  39: ['in_transit', 'in_transit'], // moving
  40: ['available_for_pickup', 'available_for_pickup'], // ready for the customer to collect
  41: ['in_transit', 'generic_update'], // service upgrade requested (delivery change)
  42: ['in_transit', 'generic_update'], // service upgraded (delivery change)
  43: ['info_received', 'info_received'], // pickup voided
  44: ['in_transit', 'picked_up'], // on its way to UPS (e.g. from a drop-off point) (dropped off)
  45: ['in_transit', 'picked_up'], // on its way to UPS (e.g. from a drop-off point) (dropped off)
  46: ['exception', 'delayed'], // delayed
  47: ['in_transit', 'in_transit'], // moving
  48: ['exception', 'delayed'], // delayed
  49: ['exception', 'delayed'], // delayed; someone must act (action required)
  50: ['exception', 'address_issue'], // address information needed
  51: ['exception', 'delayed_weather'], // delayed by an emergency or severe weather
  52: ['exception', 'delayed_weather'], // delayed by severe weather
  53: ['exception', 'delayed_weather'], // delayed by severe weather
  54: ['in_transit', 'generic_update'], // delivery change requested
  55: ['in_transit', 'delivery_rescheduled'], // delivery rescheduled
  56: ['in_transit', 'generic_update'], // service upgrade requested (delivery change)
  57: ['in_transit', 'forwarded'], // heading to a local UPS Access Point (to an Access Point)
  58: ['customs_held', 'customs_information_required'], // customs needs clearance information
  59: ['exception', 'damaged'], // damage reported
  60: ['delivery_attempted', 'delivery_attempted'], // delivery attempted
  61: ['delivery_attempted', 'recipient_unavailable'], // attempted; adult signature needed
  62: ['delivery_attempted', 'security_customs_or_fees'], // attempted; money (COD) needed (COD not paid)
  63: ['in_transit', 'generic_update'], // delivery change done
  64: ['exception', 'refused'], // receiver refused it
  65: ['info_received', 'info_received'], // pickup attempted at the shipper (pickup failed)
  66: ['delivery_attempted', 'delivery_attempted'], // post office attempted delivery
  67: ['returning_to_sender', 'returning_to_sender'], // post office is sending it back to the sender (by post office)
  68: ['exception', 'lost'], // sent to lost and found
  69: ['exception', 'undeliverable'], // cannot be delivered
  70: ['in_transit', 'forwarded'], // not at the UPS Access Point yet (to an Access Point)
  71: ['in_transit', 'delivery_scheduled'], // being prepared for delivery
  72: ['out_for_delivery', 'out_for_delivery'], // loaded on the delivery vehicle
  73: ['in_transit', 'in_transit'], // moving to a UPS delivery partner
  74: ['in_transit', 'handed_over'], // a UPS delivery partner has it
  75: ['in_transit', 'delivery_scheduled'], // delivery scheduled
  76: ['exception', 'exception'], // problem at the UPS delivery partner
  77: ['info_received', 'info_received'], // pickup scheduled for today
  78: ['out_for_delivery', 'out_for_delivery'], // driver arriving soon
  79: ['info_received', 'info_received'], // order processed, moving to UPS
  80: ['info_received', 'info_received'], // order processed, ready for UPS
  81: ['returning_to_sender', 'returning_to_sender'], // returned; damage reported (damaged)
  82: ['in_transit', 'generic_update'], // delivery instructions received (delivery change)
  83: ['exception', 'held'], // held (reason in the activity code)
  84: ['customs_cleared', 'customs_cleared'], // cleared (customs)
  85: ['awaiting_payment', 'cod_due'], // held until COD is paid
  86: ['exception', 'delayed'], // delayed
  87: ['in_transit', 'in_transit'], // moving
  88: ['unknown', 'unknown'], // test status
  89: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  90: ['exception', 'delayed'], // delayed
  91: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  92: ['customs_processing', 'customs_processing'], // customs clearance under way
  93: ['exception', 'held'], // UPS Premier recovery under way
  94: ['in_transit', 'problem_resolved'], // UPS Premier recovery done
  95: ['in_transit', 'generic_update'], // another attempt requested (delivery change)
  96: ['in_transit', 'generic_update'], // address change confirmed (delivery change)
  97: ['in_transit', 'generic_update'], // address change requested (delivery change)
  98: ['in_transit', 'generic_update'], // delivery to original address requested (delivery change)
  99: ['in_transit', 'generic_update'], // delivery to original address confirmed (delivery change)
  100: ['in_transit', 'forwarded'], // hold at Access Point confirmed (to an Access Point)
  101: ['in_transit', 'generic_update'], // hold at Access Point requested (delivery change)
  102: ['in_transit', 'generic_update'], // hold for courier requested (delivery change)
  103: ['in_transit', 'generic_update'], // hold for courier confirmed (delivery change)
  104: ['exception', 'awaiting_information'], // hold for instructions confirmed
  105: ['exception', 'awaiting_information'], // hold for instructions requested
  106: ['in_transit', 'generic_update'], // hold for pickup confirmed (delivery change)
  107: ['in_transit', 'generic_update'], // hold for pickup requested (delivery change)
  108: ['in_transit', 'generic_update'], // hold for pickup today confirmed (delivery change)
  109: ['in_transit', 'generic_update'], // hold for pickup today requested (delivery change)
  110: [null, 'generic_update'], // refrigeration confirmed
  111: [null, 'generic_update'], // refrigeration requested
  112: [null, 'generic_update'], // re-icing confirmed
  113: [null, 'generic_update'], // re-icing requested
  114: [null, 'generic_update'], // request cancelled
  115: ['in_transit', 'delivery_rescheduled'], // reschedule confirmed
  116: ['in_transit', 'generic_update'], // reschedule requested (delivery change)
  117: ['returning_to_sender', 'returning_to_sender'], // return by Saturday confirmed (requested)
  118: ['returning_to_sender', 'returning_to_sender'], // return to sender confirmed (requested)
  119: ['returning_to_sender', 'returning_to_sender'], // return to sender requested
  120: ['in_transit', 'generic_update'], // Saturday delivery confirmed (delivery change)
  121: ['in_transit', 'generic_update'], // Saturday delivery requested (delivery change)
  122: ['in_transit', 'generic_update'], // upgrade confirmed (delivery change)
  123: ['customs_held', 'customs_held'], // waiting on a non-UPS broker
  124: ['customs_held', 'customs_information_required'], // customs needs clearance information
  125: ['customs_held', 'customs_information_required'], // customs needs clearance information
  126: ['customs_held', 'customs_held'], // waiting for a government agency release
  127: [null, 'generic_update'], // investigation closed (claim)
  128: [null, 'generic_update'], // investigation cancelled (claim)
  129: [null, 'generic_update'], // investigation opened (claim)
  130: [null, 'generic_update'], // claim in progress
  131: ['info_received', 'info_received'], // final pickup attempt failed (pickup failed)
  132: ['exception', 'delayed'], // delayed by airport security (security screening)
  133: [null, 'generic_update'], // return label left with the customer
  134: ['customs_cleared', 'customs_cleared'], // import customs cleared
  135: ['info_received', 'info_received'], // second pickup attempt failed (pickup failed)
  136: ['in_transit', 'delivery_rescheduled'], // delivery moved to Saturday
  137: ['in_transit', 'handed_over'], // handed to a UPS delivery partner
  138: ['in_transit', 'in_transit'], // waiting for its scheduled departure
  139: ['delivery_attempted', 'location_inaccessible'], // security access needed to deliver
  140: [null, 'generic_update'], // claim paid
  141: ['customs_held', 'customs_information_required'], // documents received but incomplete (customs)
  142: [null, 'generic_update'], // claim voided
  143: ['in_transit', 'handed_over'], // delivered to an agent (final-mile partner)
  144: ['available_for_pickup', 'available_for_pickup'], // delivered to the post office for the receiver to collect
  145: ['delivery_attempted', 'delivery_attempted'], // delivery attempted
  146: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  147: ['exception', 'exception'], // seized by law enforcement; UPS no longer has it
  148: ['unknown', 'unknown'], // no package information
  149: ['exception', 'disposed'], // prohibited contents; destroyed; UPS no longer has it
  153: [null, 'generic_update'], // delivery time updated (new ETA)
  154: [null, 'generic_update'], // delivery date updated (new ETA)
  155: [null, 'generic_update'], // delivery photo available
  156: ['delivered', 'delivered'], // released inside commercial premises
  157: ['info_received', 'info_received'], // shipment ready for UPS
  158: ['in_transit', 'in_transit'], // moving
  159: ['in_transit', 'in_transit'], // moving
  160: ['in_transit', 'picked_up'], // UPS has the package
  161: ['available_for_pickup', 'available_for_pickup'], // delivered to a UPS Access Point
  162: ['out_for_delivery', 'out_for_delivery'], // out for delivery
  163: ['unknown', 'unknown'], // no package information
  164: ['in_transit', 'in_transit'], // moving
  165: ['in_transit', 'in_transit'], // moving
  166: ['info_received', 'info_received'], // shipment ready for Roadie (UPS same-day partner)
  167: ['in_transit', 'picked_up'], // dropped off at a UPS Store by the customer
  168: ['in_transit', 'picked_up'], // dropped off at a retail location by the customer
  169: ['in_transit', 'picked_up'], // dropped off at a UPS Access Point by the customer
};

/**
 * Package activity types (`status.type`), used only when neither the code nor the roll-up is known.
 * `I` is deliberately `unknown`: UPS uses it for movement scans and for exceptions alike, so the type alone
 * says nothing (the reference proposes `in_transit`; see docs/carriers/ups.md).
 */
export const UPS_ACTIVITY_TYPE_TABLE: Readonly<Record<string, StatusTableEntry>> = {
  D: ['delivered', 'delivered'], // Delivered
  I: ['unknown', 'unknown'], // In transit or out for delivery, but also exceptions: not enough on its own
  M: ['info_received', 'info_received'], // Billing (manifest) information received: label created
  MV: ['exception', 'cancelled'], // Billing information voided
  X: ['exception', 'exception'], // Exception
  DO: ['in_transit', 'in_transit'], // Freight: delivered to the origin container freight station
  DD: ['in_transit', 'in_transit'], // Freight: delivered to the destination container freight station
  W: ['in_transit', 'in_transit'], // Freight: warehousing
  NA: ['unknown', 'unknown'], // Not available
  U: [null, 'generic_update'], // Update (Track Alert): new date or time, photo
  P: ['in_transit', 'picked_up'], // Pickup; seen in third-party code only, not in UPS's list (unverified)
  O: ['out_for_delivery', 'out_for_delivery'], // Out for delivery; seen in third-party code only, not in UPS's list (unverified)
};

/**
 * Roll-ups that say only "exception", "delay" or "held": the status then comes from the code's row
 * (reference §5, "How to map an activity", step 3).
 */
export const UPS_GENERIC_ROLL_UPS: ReadonlySet<string> = new Set(['13', '29', '46', '48', '49', '83', '86', '90']);

/** Roll-ups that carry no information ("status not available", "no package information", test status). */
export const UPS_EMPTY_ROLL_UPS: ReadonlySet<string> = new Set(['0', '88', '148', '163']);

/** Which code lists an activity type is looked up in, in order. Types not listed here have none. */
export const UPS_LOOKUP_ORDER: Readonly<Record<string, readonly UpsCodeTableName[]>> = {
  X: ['exceptions', 'delivery'],
  I: ['movement', 'exceptions'],
  D: ['delivery'],
  M: ['manifest'],
  MV: ['manifest'],
  U: ['updates'],
  DO: ['freightActivity', 'freightExceptions'],
  DD: ['freightActivity', 'freightExceptions'],
  W: ['freightActivity', 'freightExceptions'],
};

/**
 * Codes that say the package was handed to USPS (SurePost / Ground Saver, Mail Innovations), by code list.
 * The oldest such event carries the handoff to the USPS number UPS gives (`alternateTrackingNumber`, type
 * `USPS_PIC`).
 */
export const UPS_USPS_HANDOFF_CODES: Readonly<Partial<Record<UpsCodeTableName, ReadonlySet<string>>>> = {
  movement: new Set(['XR', 'YH', 'YN']), // received by the local post office; received into the postal network
  exceptions: new Set(['4B', 'LX', 'RC', 'ZN']), // transferred to a postal provider / the post office; received by the local post office; dispatched from the USPS international service centre
  mailInnovations: new Set(['2O', 'XA', 'ZY', 'ZX']), // accepted at / by the post office; delivered to USPS, acceptance pending; transferred to the post office
};

/** The raw groups of every code list, for docs and tests. */
export const UPS_CODE_GROUPS: Readonly<Record<UpsCodeTableName, readonly UpsCodeGroup[]>> = {
  exceptions: EXCEPTION_GROUPS,
  movement: MOVEMENT_GROUPS,
  manifest: MANIFEST_GROUPS,
  updates: UPDATE_GROUPS,
  delivery: DELIVERY_GROUPS,
  mailInnovations: MAIL_INNOVATIONS_GROUPS,
  freightActivity: FREIGHT_ACTIVITY_GROUPS,
  freightExceptions: FREIGHT_EXCEPTION_GROUPS,
};

function toTable(groups: readonly UpsCodeGroup[]): Record<string, StatusTableEntry> {
  const table: Record<string, StatusTableEntry> = {};
  for (const [codes, status, subStatus] of groups) {
    for (const code of codes.split(' ')) table[code] = [status, subStatus];
  }
  return table;
}

/** A lookup per code list (codes matched exactly: UPS sends them upper case). */
export const UPS_CODE_TABLES: Readonly<Record<UpsCodeTableName, StatusMapper>> = {
  exceptions: createStatusMapper(toTable(EXCEPTION_GROUPS)),
  movement: createStatusMapper(toTable(MOVEMENT_GROUPS)),
  manifest: createStatusMapper(toTable(MANIFEST_GROUPS)),
  updates: createStatusMapper(toTable(UPDATE_GROUPS)),
  delivery: createStatusMapper(toTable(DELIVERY_GROUPS)),
  mailInnovations: createStatusMapper(toTable(MAIL_INNOVATIONS_GROUPS)),
  freightActivity: createStatusMapper(toTable(FREIGHT_ACTIVITY_GROUPS)),
  freightExceptions: createStatusMapper(toTable(FREIGHT_EXCEPTION_GROUPS)),
};

/** Lookup of the roll-ups. */
export const UPS_ROLL_UPS: StatusMapper = createStatusMapper(UPS_ROLL_UP_TABLE);

/** Lookup of the activity types. */
export const UPS_ACTIVITY_TYPES: StatusMapper = createStatusMapper(UPS_ACTIVITY_TYPE_TABLE);
