import type { CarrierAdapter } from '../carrier/carrier-spec.js';

/**
 * A carrier the CLI can use: its factory and the string options it reads from the environment. The CLI's entry
 * file (`bin/parceline.ts`) imports the carrier modules and passes this list in; `src/` never imports `carriers/`.
 */
export interface CliCarrier {
  /** The carrier's factory (`ups`, `canadaPost`...). Called without options for parse-only use. */
  factory: (options?: never) => CarrierAdapter;
  /**
   * Option names read from the environment, each as `PARCELINE_<CARRIER>_<OPTION>` (see {@link environmentName}):
   * `['clientId', 'clientSecret', 'baseUrl']` reads `PARCELINE_UPS_CLIENT_ID`, `PARCELINE_UPS_CLIENT_SECRET`,
   * `PARCELINE_UPS_BASE_URL`.
   */
  options: readonly string[];
  /** The options needed to fetch tracking (named in the hint when they are missing). */
  credentials: readonly string[];
}

/**
 * The environment variable of a carrier option: `PARCELINE_`, the carrier id in upper case with `_` for `-`, `_`,
 * and the option name in SCREAMING_SNAKE case.
 *
 * @example
 * environmentName('canada-post', 'username'); // 'PARCELINE_CANADA_POST_USERNAME'
 * environmentName('china-post', 'signKey');   // 'PARCELINE_CHINA_POST_SIGN_KEY'
 */
export function environmentName(carrierId: string, option: string): string {
  const carrier = carrierId.toUpperCase().replace(/-/g, '_');
  const name = option.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
  return `PARCELINE_${carrier}_${name}`;
}

/** A configured carrier of one CLI run. */
export interface ConfiguredCarrier {
  adapter: CarrierAdapter;
  /** Whether every credential option was set. */
  hasCredentials: boolean;
  /** The environment variables that would hold the credentials (for hints). */
  credentialVariables: string[];
}

/**
 * Builds the adapters of a run: options from the environment, or `override` (the sandbox's base URL and
 * credentials) when given for the carrier. Carriers with credentials come first. Raises the adapter's
 * `ConfigurationError` for options it refuses.
 */
export function configureCarriers(
  carriers: readonly CliCarrier[],
  env: Readonly<Record<string, string | undefined>>,
  override?: (carrierId: string) => Record<string, string> | undefined,
): ConfiguredCarrier[] {
  const configured = carriers.map((carrier) => {
    const id = carrier.factory().id;
    const given = override?.(id);
    const options: Record<string, string> = {};
    if (given) Object.assign(options, given);
    else {
      for (const option of carrier.options) {
        const value = env[environmentName(id, option)]?.trim();
        if (value) options[option] = value;
      }
    }
    return {
      adapter: carrier.factory(options as never),
      hasCredentials: carrier.credentials.every((option) => options[option] !== undefined),
      credentialVariables: carrier.credentials.map((option) => environmentName(id, option)),
    };
  });
  return [...configured.filter((carrier) => carrier.hasCredentials), ...configured.filter((carrier) => !carrier.hasCredentials)];
}
