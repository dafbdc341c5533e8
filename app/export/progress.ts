/** Told how far an export has got (0 to 1) and what it is doing. */
export type ProgressListener = (fraction: number, stage: string) => void;
