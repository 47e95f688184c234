import type { CountryZoneTable } from './region-zone-table.js';

/*
 * Brazil: the 27 federative units, CEP (postal code) ranges per unit, and the towns of western Amazonas
 * that keep Acre time. Brazil has kept no daylight saving time since 2019; the zones still differ in
 * their history. Sources: the tz database's America/* zone comments for Brazil and Correios' CEP ranges.
 */

const BRASILIA = 'America/Sao_Paulo';
const NORTHEAST = 'America/Fortaleza';
const AMAZON = 'America/Manaus';

/** Brazil zone table: federative units, CEP ranges, towns of western Amazonas. */
export const BRAZIL_TIME_ZONES: CountryZoneTable = {
  primary: BRASILIA,
  regions: [
    ['AC', 'Acre', 'America/Rio_Branco'],
    ['AL', 'Alagoas', 'America/Maceio'],
    ['AP', 'Amapá', 'America/Belem'],
    ['AM', 'Amazonas', AMAZON], // the far west keeps Acre time (listed by town)
    ['BA', 'Bahia', 'America/Bahia'],
    ['CE', 'Ceará', NORTHEAST],
    ['DF', 'Distrito Federal|Federal District|Brasília', BRASILIA],
    ['ES', 'Espírito Santo', BRASILIA],
    ['GO', 'Goiás', BRASILIA],
    ['MA', 'Maranhão', NORTHEAST],
    ['MT', 'Mato Grosso', 'America/Cuiaba'],
    ['MS', 'Mato Grosso do Sul', 'America/Campo_Grande'],
    ['MG', 'Minas Gerais', BRASILIA],
    ['PA', 'Pará', 'America/Belem'],
    ['PB', 'Paraíba', NORTHEAST],
    ['PR', 'Paraná', BRASILIA],
    ['PE', 'Pernambuco', 'America/Recife'], // Fernando de Noronha listed by CEP and name
    ['PI', 'Piauí', NORTHEAST],
    ['RJ', 'Rio de Janeiro', BRASILIA],
    ['RN', 'Rio Grande do Norte', NORTHEAST],
    ['RS', 'Rio Grande do Sul', BRASILIA],
    ['RO', 'Rondônia', 'America/Porto_Velho'],
    ['RR', 'Roraima', 'America/Boa_Vista'],
    ['SC', 'Santa Catarina', BRASILIA],
    ['SP', 'São Paulo', BRASILIA],
    ['SE', 'Sergipe', 'America/Maceio'],
    ['TO', 'Tocantins', 'America/Araguaina'],
  ],
  postalFormat: /^\d{8}$/,
  postalRules: [
    ['01', '19', BRASILIA], // São Paulo
    ['20', '28', BRASILIA], // Rio de Janeiro
    ['29', '29', BRASILIA], // Espírito Santo
    ['30', '39', BRASILIA], // Minas Gerais
    ['40', '48', 'America/Bahia'],
    ['49', '49', 'America/Maceio'], // Sergipe
    ['50', '56', 'America/Recife'], // Pernambuco
    ['53990', '53990', 'America/Noronha'], // Fernando de Noronha
    ['57', '57', 'America/Maceio'], // Alagoas
    ['58', '59', NORTHEAST], // Paraíba, Rio Grande do Norte
    ['60', '65', NORTHEAST], // Ceará, Piauí, Maranhão
    ['66', '68', 'America/Belem'], // Pará
    ['680', '681', 'America/Santarem'], // western Pará
    ['689', '689', 'America/Belem'], // Amapá
    ['690', '692', AMAZON], // Amazonas: Manaus
    ['693', '693', 'America/Boa_Vista'], // Roraima
    ['694', '698', AMAZON], // Amazonas
    ['699', '699', 'America/Rio_Branco'], // Acre
    ['70', '72', BRASILIA], // Distrito Federal
    ['728', '767', BRASILIA], // Goiás
    ['768', '769', 'America/Porto_Velho'], // Rondônia
    ['77', '77', 'America/Araguaina'], // Tocantins
    ['78', '78', 'America/Cuiaba'], // Mato Grosso
    ['79', '79', 'America/Campo_Grande'], // Mato Grosso do Sul
    ['80', '89', BRASILIA], // Paraná, Santa Catarina
    ['90', '99', BRASILIA], // Rio Grande do Sul
  ],
  cities: [
    ['AM', 'Tabatinga|Benjamin Constant|Atalaia do Norte|São Paulo de Olivença|Eirunepé|Envira|Ipixuna|Guajará|Itamarati', 'America/Eirunepe'],
    ['PE', 'Fernando de Noronha', 'America/Noronha'],
    ['PA', 'Santarém|Óbidos|Oriximiná|Itaituba|Altamira', 'America/Santarem'],
    ['', 'Manaus', AMAZON],
    ['', 'Rio Branco', 'America/Rio_Branco'],
    ['', 'Porto Velho', 'America/Porto_Velho'],
    ['', 'Boa Vista', 'America/Boa_Vista'],
    ['', 'Cuiabá', 'America/Cuiaba'],
    ['', 'Campo Grande', 'America/Campo_Grande'],
    ['', 'Belém', 'America/Belem'],
    ['', 'Recife', 'America/Recife'],
    ['', 'Fortaleza', NORTHEAST],
    ['', 'Salvador', 'America/Bahia'],
    ['', 'Brasília', BRASILIA],
  ],
};
