// A pure helper with no imports.
export const other = 1;
