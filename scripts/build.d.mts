// Types of scripts/build.mjs, for the tests that drive its parts.
export declare const KEPT_BUILDS: number;
export declare const LINKED: string[];
export declare function bundle(compiled: string, out: string, entries?: string[]): Promise<number>;
export declare function inputsHash(root?: string): string;
export declare function isStale(root?: string, now?: number): boolean;
export declare function installBuild(next: string, dist: string, kept?: number): void;
export declare const BIN_SHIM: string;
export declare function linkBin(root?: string): boolean;
