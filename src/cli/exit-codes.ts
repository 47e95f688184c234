/**
 * Exit codes of the `parceline` command. Stable: scripts may rely on them.
 *
 * | code | meaning |
 * | --- | --- |
 * | 0 | success: every number tracked and found, a carrier detected, the body normalized |
 * | 1 | at least one number failed (carrier refused, network, invalid number, missing credentials), or the body could not be read |
 * | 2 | usage error: unknown command or option, missing argument |
 * | 3 | configuration error before any work: an environment variable an adapter refuses, a fixtures directory that does not exist |
 * | 4 | nothing failed, but at least one number is not found (yet), or detection found no carrier |
 * | 130 | interrupted (Ctrl-C) |
 */
export const EXIT_CODES = Object.freeze({
  ok: 0,
  failed: 1,
  usage: 2,
  configuration: 3,
  notFound: 4,
  interrupted: 130,
});

/** One of {@link EXIT_CODES}. */
export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
