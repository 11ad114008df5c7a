export declare const OFFICE_ORIGINS: readonly string[];
export declare function contentSecurityPolicy(): string;
