/** The browser tests (`npm run test:browser`): a real Chromium, so kept out of `npm test` and given time to start. */
import base from "./jest.config.js";

export default {
  ...base,
  roots: ["<rootDir>/__tests__/browser"],
  testPathIgnorePatterns: ["/node_modules/"],
  testTimeout: 60_000,
  maxWorkers: 1,
};
