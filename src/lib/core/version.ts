/**
 * Which engine made a saved world. A snapshot of a session's state (core/snapshots.ts) stands for
 * `replay(scenario, seed, inputs)` only as long as the engine and the scoring give that same state: a world
 * saved by another version is ignored and rebuilt from the log (the academy server's persisted snapshots,
 * the browser's saved solo runs). `ENGINE_VERSION` is the fingerprint of the engine's output on varied
 * sessions of every shipped scenario; version.test.ts recomputes it and fails, naming the new value, when a
 * change alters any output — set it then, with the goldens (`npm run golden:update`) you are regenerating.
 */
export const ENGINE_VERSION = 'e-168fb524eb079499';
