/** A list a person types separated by commas ("USRT, usmf,"): its entries, trimmed, none empty. */
export const commaList = (text: string): string[] => text.split(',').map((s) => s.trim()).filter(Boolean);
