import type { CountryZoneTable } from './region-zone-table.js';

/*
 * Indonesia: provinces (ISO 3166-2:ID codes, Indonesian and English names), the first two digits of
 * postal codes, and the main cities. Three clocks: WIB (+07) for Sumatra, Java and western/central
 * Kalimantan, WITA (+08) for Bali, Nusa Tenggara, southern/eastern/northern Kalimantan and Sulawesi, WIT
 * (+09) for Maluku and Papua. Sources: the tz database's Asia/* zone comments for Indonesia and Pos
 * Indonesia's postal code ranges per province.
 */

const WIB = 'Asia/Jakarta';
const WIB_KALIMANTAN = 'Asia/Pontianak';
const WITA = 'Asia/Makassar';
const WIT = 'Asia/Jayapura';

/** Indonesia zone table: provinces, postal code ranges, main cities. */
export const INDONESIA_TIME_ZONES: CountryZoneTable = {
  primary: WIB,
  regions: [
    ['AC', 'Aceh|Nanggroe Aceh Darussalam', WIB],
    ['SU', 'Sumatera Utara|North Sumatra', WIB],
    ['SB', 'Sumatera Barat|West Sumatra', WIB],
    ['RI', 'Riau', WIB],
    ['KR', 'Kepulauan Riau|Riau Islands', WIB],
    ['JA', 'Jambi', WIB],
    ['BE', 'Bengkulu', WIB],
    ['SS', 'Sumatera Selatan|South Sumatra', WIB],
    ['BB', 'Kepulauan Bangka Belitung|Bangka Belitung|Bangka Belitung Islands', WIB],
    ['LA', 'Lampung', WIB],
    ['BT', 'Banten', WIB],
    ['JK', 'DKI Jakarta|Jakarta|Daerah Khusus Ibukota Jakarta|Jakarta Raya', WIB],
    ['JB', 'Jawa Barat|West Java', WIB],
    ['JT', 'Jawa Tengah|Central Java', WIB],
    ['YO', 'DI Yogyakarta|Yogyakarta|Daerah Istimewa Yogyakarta|Special Region of Yogyakarta', WIB],
    ['JI', 'Jawa Timur|East Java', WIB],
    ['KB', 'Kalimantan Barat|West Kalimantan', WIB_KALIMANTAN],
    ['KT', 'Kalimantan Tengah|Central Kalimantan', WIB_KALIMANTAN],
    ['KS', 'Kalimantan Selatan|South Kalimantan', WITA],
    ['KI', 'Kalimantan Timur|East Kalimantan', WITA],
    ['KU', 'Kalimantan Utara|North Kalimantan', WITA],
    ['BA', 'Bali', WITA],
    ['NB', 'Nusa Tenggara Barat|West Nusa Tenggara|NTB', WITA],
    ['NT', 'Nusa Tenggara Timur|East Nusa Tenggara|NTT', WITA],
    ['SA', 'Sulawesi Utara|North Sulawesi', WITA],
    ['GO', 'Gorontalo', WITA],
    ['ST', 'Sulawesi Tengah|Central Sulawesi', WITA],
    ['SR', 'Sulawesi Barat|West Sulawesi', WITA],
    ['SN', 'Sulawesi Selatan|South Sulawesi', WITA],
    ['SG', 'Sulawesi Tenggara|Southeast Sulawesi', WITA],
    ['MA', 'Maluku', WIT],
    ['MU', 'Maluku Utara|North Maluku', WIT],
    ['PA', 'Papua', WIT],
    ['PB', 'Papua Barat|West Papua', WIT],
    ['PS', 'Papua Selatan|South Papua', WIT],
    ['PT', 'Papua Tengah|Central Papua', WIT],
    ['PE', 'Papua Pegunungan|Highland Papua', WIT],
    ['PD', 'Papua Barat Daya|Southwest Papua', WIT],
  ],
  postalFormat: /^\d{5}$/,
  postalRules: [
    ['10', '69', WIB], // Java, Sumatra
    ['70', '72', WITA], // South Kalimantan
    ['73', '74', WIB_KALIMANTAN], // Central Kalimantan
    ['75', '77', WITA], // East and North Kalimantan
    ['78', '79', WIB_KALIMANTAN], // West Kalimantan
    ['80', '96', WITA], // Bali, Nusa Tenggara, Sulawesi
    ['97', '99', WIT], // Maluku, Papua
  ],
  cities: [
    ['', 'Jakarta|Surabaya|Bandung|Medan|Semarang|Palembang|Tangerang|Depok|Bekasi|Bogor|Yogyakarta|Malang|Padang|Pekanbaru|Batam|Bandar Lampung|Jambi|Surakarta|Solo|Cirebon|Banda Aceh', WIB],
    ['', 'Pontianak|Palangka Raya|Palangkaraya', WIB_KALIMANTAN],
    ['', 'Makassar|Denpasar|Balikpapan|Samarinda|Banjarmasin|Manado|Mataram|Kupang|Palu|Kendari|Gorontalo|Tarakan', WITA],
    ['', 'Jayapura|Ambon|Sorong|Manokwari|Merauke|Ternate|Timika|Nabire|Biak', WIT],
  ],
};
