/** Kept equal to package.json by tests/version.test.ts (the core must not read files at run time). */
export const LIBRARY_VERSION = '0.1.0';
/** Bumped whenever the shape of ScreenResult changes. */
export const RESULT_SCHEMA_VERSION = '1.2.0';
