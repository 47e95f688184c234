import type { CountryZoneTable } from './region-zone-table.js';

/*
 * Australia: states and territories, postcode ranges, and the places that keep another clock than their
 * state (Broken Hill in New South Wales keeps South Australian time, Lord Howe Island has a 30-minute
 * daylight saving shift, the Eucla strip in Western Australia keeps +08:45 unofficially). Sources: the tz
 * database's Australia/* zone comments and Australia Post's postcode ranges per state.
 */

const SYDNEY = 'Australia/Sydney';

/** Australia zone table: states, postcode ranges, places with their own clock. */
export const AUSTRALIA_TIME_ZONES: CountryZoneTable = {
  primary: SYDNEY,
  regions: [
    ['NSW', 'New South Wales', SYDNEY], // Broken Hill and Lord Howe Island listed by postcode and name
    ['ACT', 'Australian Capital Territory', SYDNEY],
    ['JBT', 'Jervis Bay Territory', SYDNEY],
    ['VIC', 'Victoria', 'Australia/Melbourne'],
    ['QLD', 'Queensland', 'Australia/Brisbane'],
    ['SA', 'South Australia', 'Australia/Adelaide'],
    ['WA', 'Western Australia', 'Australia/Perth'],
    ['TAS', 'Tasmania', 'Australia/Hobart'],
    ['NT', 'Northern Territory', 'Australia/Darwin'],
  ],
  postalFormat: /^\d{4}$/,
  postalRules: [
    ['02', '02', SYDNEY], // ACT (0200-0299)
    ['08', '09', 'Australia/Darwin'], // Northern Territory (0800-0999)
    ['1', '2', SYDNEY], // New South Wales and the ACT
    ['2880', '2880', 'Australia/Broken_Hill'],
    ['2898', '2898', 'Australia/Lord_Howe'],
    ['3', '3', 'Australia/Melbourne'],
    ['4', '4', 'Australia/Brisbane'],
    ['5', '5', 'Australia/Adelaide'],
    ['6', '6', 'Australia/Perth'],
    ['7', '7', 'Australia/Hobart'],
    ['8', '8', 'Australia/Melbourne'], // Victorian PO boxes
    ['9', '9', 'Australia/Brisbane'], // Queensland PO boxes
  ],
  cities: [
    ['NSW', 'Broken Hill|Silverton|Tibooburra|Wilcannia|Menindee', 'Australia/Broken_Hill'],
    ['NSW', 'Lord Howe Island|Lord Howe', 'Australia/Lord_Howe'],
    ['WA', 'Eucla|Madura|Mundrabilla|Cocklebiddy|Caiguna', 'Australia/Eucla'],
    ['SA', 'Border Village', 'Australia/Eucla'],
    ['', 'Sydney|Canberra|Newcastle|Wollongong|Central Coast', SYDNEY],
    ['', 'Melbourne|Geelong|Ballarat|Bendigo', 'Australia/Melbourne'],
    ['', 'Brisbane|Gold Coast|Sunshine Coast|Townsville|Cairns|Toowoomba', 'Australia/Brisbane'],
    ['', 'Adelaide', 'Australia/Adelaide'],
    ['', 'Perth|Fremantle|Bunbury', 'Australia/Perth'],
    ['', 'Hobart|Launceston', 'Australia/Hobart'],
    ['', 'Darwin|Alice Springs', 'Australia/Darwin'],
    ['', 'Broken Hill', 'Australia/Broken_Hill'],
    ['', 'Lord Howe Island', 'Australia/Lord_Howe'],
  ],
};
