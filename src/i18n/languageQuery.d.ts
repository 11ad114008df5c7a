// texts.ts with one language's texts (scripts/catalogueLanguage.js; in jest the whole file).
declare module "*?lang=sv" {
  export const texts: import("./index").Catalogue;
}
declare module "*?lang=en" {
  export const texts: import("./index").Catalogue;
}
