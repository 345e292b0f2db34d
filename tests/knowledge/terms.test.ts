import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/knowledge/terms.ts";

describe("cutting text into terms", () => {
  it("GIVEN tech names WHEN tokenized THEN their symbols stay part of them", () => {
    expect(tokenize("C++, CI/CD, scikit-learn and tf.keras; C# & A/B.")).toEqual([
      "c++",
      "ci/cd",
      "scikit-learn",
      "and",
      "tf.keras",
      "c#",
      "a/b",
    ]);
  });

  it("GIVEN words in other scripts WHEN tokenized THEN each is one lowercase term, marks kept", () => {
    expect(tokenize("ВЫПЕЧКА, Σάλτσες; الخبز — אפייה (सीखना) 機械学習。")).toEqual([
      "выпечка",
      "σάλτσεσ",
      "الخبز",
      "אפייה",
      "सीखना",
      "機械学習",
    ]);
  });

  it("GIVEN Persian with and without the invisible joiner control WHEN tokenized THEN the word is the same", () => {
    expect(tokenize("برنامه\u200cنویسی")).toEqual(tokenize("برنامهنویسی"));
  });
});
