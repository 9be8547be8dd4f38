// Small text helpers shared by the generator's templates.

export const pad3 = (n) => String(n).padStart(3, '0');

/** Joins lines (nested arrays flattened, null/false/undefined dropped) and ends with a newline. */
export const lines = (...xs) => `${xs.flat(Infinity).filter((x) => x !== null && x !== undefined && x !== false).join('\n')}\n`;

/** 'reservationId' -> 'reservation_id', 'parking-permits' -> 'parking_permits' */
export const snake = (name) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase();

/** 'ProgramApplication' -> 'program application' */
export const words = (pascalName) => pascalName.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** The blocks (each a line or an array of lines) with an empty line between each two; null/false blocks dropped. */
export const separated = (blocks) => blocks.filter((b) => b !== null && b !== undefined && b !== false).flatMap((b, i) => (i === 0 ? [b] : ['', b]));
