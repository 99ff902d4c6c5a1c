// Types of scripts/build-inputs.mjs, for the tests that drive its parts.
export declare const STAMP: string;
export declare const STAT_CACHE: string;
export declare const INPUTS: string[];
export declare const ENTRIES: string[];
export declare function files(dir: string, dirs?: string[]): string[];
export declare function statInputs(root: string): { entries: [string, string | null][]; newest: number };
export declare function builtHash(root: string): string | null;
export declare function knownFresh(root?: string): boolean;
