/** The catalogue source with only `keep`'s texts (the webpack loader's transform). */
export function keepLanguage(source: string, keep: string, fileName?: string): string;
