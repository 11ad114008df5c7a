export declare const DEV_BASE_URL: string;
export declare function resolveBaseUrl(value: string | undefined): string;
export declare function rewriteManifestUrls(manifestXml: string, baseUrl: string): string;
