/** The guard's check of code-rule results against `CompareResult` (src/compare/rule-api.ts). */
import { describe, it, expect } from "@jest/globals";
import { resultProblem } from "../../src/compare/guard.js";

const rule = { meta: { messages: { agree: "x", conflict: "y", later: "z" } } } as unknown as Parameters<typeof resultProblem>[1];

describe("resultProblem", () => {
  it.each([
    ["nothing to say", undefined],
    ["a bare verdict", { verdict: "conflict" }],
    ["every field", { verdict: "agree", messageId: "later", data: { n: 3, who: "x" }, qualifiers: ["approximate"], severity: "warning", values: ["a", "b"], strength: 2 }],
  ])("accepts %s", (_name, result) => {
    expect(resultProblem(result, rule)).toBeUndefined();
  });

  it.each([
    ["null", null, /null instead of a result object/],
    ["a string", "conflict", /"conflict" instead of a result object/],
    ["an array", [], /instead of a result object/],
    ["an unknown verdict", { verdict: "maybe" }, /verdict "maybe"/],
    ["no verdict", { messageId: "later" }, /verdict undefined/],
    ["an unknown field", { verdict: "agree", verdit: "x" }, /unknown field "verdit"/],
    ["an undefined messageId", { verdict: "agree", messageId: "nope" }, /messageId "nope"/],
    ["an inherited messageId", { verdict: "agree", messageId: "toString" }, /messageId "toString"/],
    ["data with an object", { verdict: "agree", data: { x: {} } }, /data\.x/],
    ["data with NaN", { verdict: "agree", data: { x: Number.NaN } }, /data\.x/],
    ["qualifiers not an array", { verdict: "agree", qualifiers: "close" }, /qualifiers/],
    ["an empty qualifier", { verdict: "agree", qualifiers: [""] }, /qualifiers/],
    ["an unknown severity", { verdict: "conflict", severity: "fatal" }, /severity "fatal"/],
    ["one value", { verdict: "conflict", values: ["a"] }, /values/],
    ["an infinite strength", { verdict: "conflict", strength: Number.POSITIVE_INFINITY }, /strength/],
  ])("rejects %s", (_name, result, message) => {
    expect(resultProblem(result, rule)).toMatch(message);
  });
});
