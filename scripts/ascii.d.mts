/** The bundle's text with every character ASCII and the code's meaning unchanged (see ascii.mjs). */
export declare function toAscii(text: string): string
