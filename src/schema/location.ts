import { z } from 'zod';

/**
 * Where a scan happened, or a shipment's origin or destination. Every field is optional: carriers
 * give anything from a bare country to a full address. `countryCode` is always ISO 3166-1 alpha-2.
 *
 * @example
 * Location.parse({ city: 'Louisville', region: 'KY', countryCode: 'US' });
 */
export const Location = z
  .object({
    city: z.string().min(1).optional(),
    /** State, province or region, as the carrier names it (`KY`, `Ontario`). */
    region: z.string().min(1).optional(),
    postalCode: z.string().min(1).optional(),
    /** ISO 3166-1 alpha-2, upper case. */
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/)
      .optional(),
    /** The carrier's name or id of the building (hub, sort centre, exchange office). */
    facility: z.string().min(1).optional(),
  })
  .strict();
/** A place, as far as the carrier names it. */
export type Location = z.infer<typeof Location>;
