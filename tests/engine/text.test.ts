import { displayLabel, labelKey, normaliseHeader } from "../../src/engine/text";

describe("invisible characters in labels", () => {
  it.each([
    ["zero-width space", "Individ och\u200b familj"],
    ["zero-width non-joiner", "Individ\u200c och familj"],
    ["zero-width joiner", "Individ och\u200d familj"],
    ["word joiner", "Individ\u2060 och familj"],
    ["byte order mark", "\ufeffIndivid och familj"],
    ["left-to-right mark", "Individ och familj\u200e"],
    ["BEL", "Individ\u0007 och familj"],
    ["NUL inside a word", "Indi\u0000vid och familj"],
    ["escape", "Individ och\u001b familj"],
    ["DEL", "Individ och familj\u007f"],
    ["C1 control", "Individ \u0090och familj"],
  ])("a %s is dropped from the shown name and the key", (_what, text) => {
    expect(displayLabel(text)).toBe("Individ och familj");
    expect(labelKey(text)).toBe(labelKey("Individ och familj"));
  });

  it("keeps tab, line breaks and NEL as spaces, so words do not run together", () => {
    expect(displayLabel("Individ och\tfamilj")).toBe("Individ och familj");
    expect(displayLabel("Individ och\r\nfamilj")).toBe("Individ och familj");
    expect(displayLabel("Individ och\u0085familj")).toBe("Individ och familj");
    expect(displayLabel("Individ\u0007 och\tfamilj")).toBe("Individ och familj");
  });

  it("keeps visible letters, Swedish ones included", () => {
    expect(displayLabel("Äldreomsorg – hemtjänst")).toBe("Äldreomsorg – hemtjänst");
  });

  it("drops them from headers too, so a header still names its field", () => {
    expect(normaliseHeader("Kommun\u200bbidrag helår")).toBe("kommunbidrag helår");
  });
});
