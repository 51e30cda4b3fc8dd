/** Jest runs in ESM mode (yargs and chalk are ESM-only); swc strips types, `tsc` type-checks in `npm test`. */
export default {
  testEnvironment: "node",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  // A real browser is slow to start: those tests run with `npm run test:browser` (jest.browser.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/__tests__/browser/"],
  // End-to-end tests run the whole pipeline; on a busy shared machine 5 s is not always enough.
  testTimeout: 30_000,
  extensionsToTreatAsEsm: [".ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }],
  },
  moduleNameMapper: { "^(\\.{1,2}/.*)\\.js$": "$1" },
};
