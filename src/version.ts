/** parley's version, printed in every record's meta. */
export const VERSION = '0.1.0';
